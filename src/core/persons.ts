// The columns of a district sheet that hold the names of the four responsible persons (for the
// 奖惩明细 sheet). Optional: a sheet without them still classifies and its payment sheet has blank
// names. Read from the run's header block like the other headers (each column's lowest non-empty
// cell, NFKC, no spaces, any case), never from the result columns.

import { resultHeaderLookup } from "./output";
import { t } from "./messages";
import type { MessageKey } from "./messages";
import { cellText, compactText, isBlank } from "./text";
import type { CellValue, RunResult, Rules, SheetInput } from "./types";

// Each role's titles, simplified and traditional. Any of them names a column of names, bare (书记,
// 镇长) or with 姓名/名字 (党委书记姓名, 乡镇长（姓名）). A bare title that is also a result column's
// header (党委书记 with the default roles) is that result column, never a name column.
const ROLE_TITLES: string[][] = [
  [
    "党委书记",
    "黨委書記",
    "书记",
    "書記",
    "乡镇党委书记",
    "鄉鎮黨委書記",
    "镇党委书记",
    "鎮黨委書記",
    "乡党委书记",
    "鄉黨委書記",
    "党工委书记",
    "黨工委書記",
  ],
  ["乡镇长", "鄉鎮長", "镇长", "鎮長", "乡长", "鄉長", "街道办事处主任", "街道辦事處主任", "办事处主任", "辦事處主任"],
  [
    "分管领导",
    "分管領導",
    "分管副职",
    "分管副職",
    "分管副书记",
    "分管副書記",
    "分管副镇长",
    "分管副鎮長",
    "分管副乡长",
    "分管副鄉長",
    "分管负责人",
    "分管負責人",
  ],
  [
    "计生专干",
    "計生專幹",
    "計生專干",
    "计生干部",
    "計生幹部",
    "计生办主任",
    "計生辦主任",
    "计生专职干部",
    "計生專職幹部",
    "计划生育专干",
    "計劃生育專幹",
  ],
];

// English titles count only with "name" after them (Party secretary name): bare, they are too common.
const ENGLISH_TITLES: string[][] = [
  ["partysecretary", "secretary"],
  ["townshiphead", "head", "mayor"],
  ["deputyincharge", "deputy"],
  ["family-planningofficer", "familyplanningofficer", "officer"],
];

const NAME_SUFFIX = /(姓名|名字|name)$/;
const BRACKETS = /[()[\]【】〔〕]/g;

/** The role (0–3) a header names a column of names for, or −1. */
export function personRole(header: string, rules: Rules): number {
  const s = compactText(header).replace(BRACKETS, "");
  const named = NAME_SUFFIX.test(s);
  const title = s.replace(NAME_SUFFIX, "");
  if (title === "") return -1;
  for (let i = 0; i < 4; i++) {
    const titles = ROLE_TITLES[i].concat(
      compactText(rules.split.roles[i]),
      compactText(t("zh", ("role." + (i + 1)) as MessageKey)),
    );
    if (titles.indexOf(title) >= 0) return i;
    if (named && ENGLISH_TITLES[i].concat(compactText(t("en", ("role." + (i + 1)) as MessageKey))).indexOf(title) >= 0)
      return i;
  }
  return -1;
}

/** Where the names are: the 1-based sheet column of each role's names (null where the sheet has none). */
export interface PersonColumns {
  columns: (number | null)[];
  /** The headers as the sheet has them, for messages (null where none). */
  headers: (string | null)[];
}

/** The name columns of a classified sheet, in the run's header block; the first column per role wins. */
export function personColumns(input: SheetInput, result: RunResult, rules: Rules): PersonColumns {
  const origin = input.origin || { row: 1, col: 1 };
  const results = resultHeaderLookup(rules);
  const taken: number[] = [];
  for (const key of Object.keys(result.columns))
    taken.push(result.columns[key as keyof RunResult["columns"]] as number);
  const found: PersonColumns = { columns: [null, null, null, null], headers: [null, null, null, null] };
  const first = result.headerRow - origin.row;
  let width = 0;
  for (let r = first; r < first + result.headerRows; r++) width = Math.max(width, (input.values[r] || []).length);
  for (let c = 0; c < width; c++) {
    let name: CellValue | undefined;
    for (let r = first + result.headerRows - 1; r >= first && isBlank(name); r--) name = (input.values[r] || [])[c];
    const col = origin.col + c;
    if (typeof name !== "string" || isBlank(name) || taken.indexOf(col) >= 0) continue;
    if (results[compactText(name)] !== undefined) continue;
    const role = personRole(name, rules);
    if (role < 0 || found.columns[role] !== null) continue;
    found.columns[role] = col;
    found.headers[role] = cellText(name);
  }
  return found;
}

/** The four names of a sheet row (null where blank or no column). */
export function personNames(input: SheetInput, columns: PersonColumns, row: number): (string | null)[] {
  const origin = input.origin || { row: 1, col: 1 };
  const cells = input.values[row - origin.row] || [];
  return columns.columns.map((col) => {
    const v = col === null ? null : cells[col - origin.col];
    return isBlank(v) ? null : cellText(v);
  });
}
