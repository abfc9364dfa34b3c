// Finding the header block and mapping header cells to column keys (SPEC §2, §3, §6).
// A header is recognised by its whole name (a list of the names districts use), by a documented rule
// (what is in brackets, bounds, numbering and units set aside, then key terms), or by a name the user
// gave in the 规则 sheet. The rule never takes one column for another: a header it could read two ways,
// or two headers it reads the same way, are reported and left alone. 达到类别 is not 类别.

import { cellText, compactText, headerText, isBlank } from "./text";
import type { CellValue, ColumnKey, SheetInput } from "./types";

const ALIASES: Record<ColumnKey, string[]> = {
  township: [
    "乡镇",
    "鄉鎮",
    "单位",
    "單位",
    "乡镇(单位)",
    "乡镇单位",
    "鄉鎮單位",
    "乡镇名称",
    "鄉鎮名稱",
    "单位名称",
    "單位名稱",
    "乡镇(街道)",
    "乡镇(街道)名称",
    "鄉鎮(街道)名稱",
    "乡镇街道",
    "鄉鎮街道",
    "街道",
    "Township",
    "Town",
  ],
  year: ["年度", "年份", "考核年度", "Year"],
  priorTier: [
    "上年类别",
    "上年類別",
    "上年度类别",
    "上年度類別",
    "原类别",
    "原類別",
    "现类别",
    "現類別",
    "Prior tier",
    "Previous tier",
    "Current tier",
  ],
  targetTier: [
    "目标类别",
    "目標類別",
    "进位目标",
    "進位目標",
    "进位争先目标",
    "進位爭先目標",
    "年度进位目标",
    "年度進位目標",
    "目标",
    "目標",
    "Target tier",
    "Target",
  ],
  verified: [
    "市级验收",
    "市級驗收",
    "验收",
    "驗收",
    "市级验收确认",
    "市級驗收確認",
    "经市确认",
    "經市確認",
    "Verified",
    "City verified",
  ],
  veto: ["一票否决", "一票否決", "Veto"],
  falsified: ["弄虚作假", "弄虛作假", "Falsified", "Falsification"],
  plannedBirthRate: [
    "计划生育率",
    "計劃生育率",
    "实现计划生育率",
    "實現計劃生育率",
    "计生率",
    "計生率",
    "政策生育率",
    "符合政策生育率",
    "政策内生育率",
    "政策內生育率",
    "计划内生育率",
    "計劃內生育率",
    "政策符合率",
    "Planned birth rate",
    "Family planning rate",
  ],
  contraceptiveRate: [
    "期内综合避孕率",
    "期內綜合避孕率",
    "综合避孕率",
    "綜合避孕率",
    "避孕率",
    "Contraceptive rate",
    "Contraceptive prevalence",
  ],
  sexRatio: [
    "出生人口性别比",
    "出生人口性別比",
    "出生性别比",
    "出生性別比",
    "性别比",
    "性別比",
    "Sex ratio",
    "Sex ratio at birth",
  ],
  fundingPerCapita: [
    "人均计划生育事业费",
    "人均計劃生育事業費",
    "人均计生事业费",
    "人均計生事業費",
    "人均计划生育经费",
    "人均計劃生育經費",
    "人均计生经费",
    "人均計生經費",
    "人均事业费",
    "人均事業費",
    "计划生育事业费",
    "計劃生育事業費",
    "计生事业费",
    "計生事業費",
    "事业费",
    "事業費",
    "乡镇级财政投入",
    "鄉鎮級財政投入",
    "财政投入",
    "財政投入",
    "Funding per capita",
    "Funding",
  ],
  qualityServiceRate: ["优质服务率", "優質服務率", "Quality service rate"],
  satisfactionRate: [
    "群众满意率",
    "群眾滿意率",
    "满意率",
    "滿意率",
    "群众满意度",
    "群眾滿意度",
    "满意度",
    "滿意度",
    "Satisfaction rate",
    "Satisfaction",
  ],
  rewardPaymentRate: [
    "独生子女奖励金兑现率",
    "獨生子女獎勵金兌現率",
    "独生子女父母奖励金兑现率",
    "獨生子女父母獎勵金兌現率",
    "独生子女父母奖励兑现率",
    "獨生子女父母獎勵兌現率",
    "当年独生子女奖励金兑现率",
    "當年獨生子女獎勵金兌現率",
    "奖励金兑现率",
    "獎勵金兌現率",
    "兑现率",
    "兌現率",
    "Reward payment rate",
  ],
};

const LOOKUP: Record<string, ColumnKey> = Object.create(null);
for (const key of Object.keys(ALIASES) as ColumnKey[]) {
  for (const alias of ALIASES[key]) LOOKUP[headerText(alias)] = key;
}

// ---- The header rule (README "Rules": header names) ----

// What the rule sets aside, in this order, on the compact text (NFKC, no spaces, lower case):
const BRACKETS = /[([【〔][^()[\]【】〔〕]*[)\]】〕]/g; // (%) （女=100） 【一类≥98】 〔元/人〕
const BOUNDS = /(一类|二类|三类|一類|二類|三類|达标|達標)?(≥|≤|>=|<=|>|<|=)[\d.]+(%|‰)?/g; // 一类≥98%
const NUMBERING = /^(\d{1,2}|[一二三四五六七八九十]{1,3})[、.:]/; // 1、 一、 2.
const YEAR = /^(19|20)\d\d年度?/; // 2024年 2024年度
const TRAILING = /(%|‰|元\/人|元\/人\/年|元|女=100|:100|\/100|:)+$/; // 人均计生事业费元/人 性别比女=100

/** A header as the rule reads it: bracketed parts, bounds, numbering, a leading year and units set aside. */
export function ruleText(v: string): string {
  let s = compactText(v);
  for (let before = ""; before !== s;) {
    before = s;
    s = s.replace(BRACKETS, "");
  }
  return s.replace(BOUNDS, "").replace(NUMBERING, "").replace(YEAR, "").replace(TRAILING, "");
}

// Headers longer than this after the rule's cleaning are titles or notes, never column names.
const RULE_MAX_LENGTH = 16;

// A header with one of these words counts, scores, ranks, compares or sets a goal: not an indicator.
const NOT_AN_INDICATOR =
  /得分|分值|分数|分數|排名|名次|权重|權重|上年|去年|同比|增减|增減|变化|變化|目标|目標|任务|任務|标准|標準|差距|差值|人数|人數|户数|戶數/;

interface Term {
  key: ColumnKey;
  has: RegExp;
  not?: RegExp;
  indicator?: boolean;
}

/** Key terms, checked on the rule's text: a header that has them (and none of `not`) is that column. */
const TERMS: Term[] = [
  {
    key: "plannedBirthRate",
    has: /(计划|計劃|政策|计生|計生).*生育率/,
    not: /政策外|计划外|計劃外|多孩|二孩|三孩|非/,
    indicator: true,
  },
  { key: "contraceptiveRate", has: /避孕率|节育率|節育率/, indicator: true },
  { key: "sexRatio", has: /性别比|性別比/, indicator: true },
  { key: "fundingPerCapita", has: /事业费|事業費|经费|經費|财政投入|財政投入/, indicator: true },
  { key: "qualityServiceRate", has: /优质服务|優質服務/, indicator: true },
  { key: "satisfactionRate", has: /满意|滿意/, indicator: true },
  { key: "rewardPaymentRate", has: /(奖励|獎勵).*(兑现|兌現)|兑现率|兌現率/, indicator: true },
  { key: "township", has: /^.{0,4}(乡镇|鄉鎮|街道|单位|單位)(名称|名稱)?$/ },
  { key: "year", has: /^(考核)?(年度|年份)$/ },
  { key: "priorTier", has: /^(上年|上年度|去年|原|现|現|原定).{0,4}(类别|類別|等级|等級|类型|類型)$/ },
  { key: "targetTier", has: /(进位|進位)(争先|爭先)?(目标|目標)|^(年度)?(目标|目標)(类别|類別)?$/ },
  { key: "verified", has: /验收|驗收/ },
  { key: "veto", has: /否决|否決/ },
  { key: "falsified", has: /弄虚作假|弄虛作假|虚报|虛報|瞒报|瞞報/ },
];

/** The keys the rule's key terms find in a header (none, one, or several: several is ambiguous). */
function termKeys(text: string): ColumnKey[] {
  const keys: ColumnKey[] = [];
  if (text === "" || text.length > RULE_MAX_LENGTH) return keys;
  const notIndicator = NOT_AN_INDICATOR.test(text);
  for (const term of TERMS) {
    if (term.indicator && notIndicator) continue;
    if (term.has.test(text) && !(term.not && term.not.test(text))) keys.push(term.key);
  }
  return keys;
}

// ---- Matching one header cell ----

/** How a column was recognised: by a name on the list, by the header rule, or by the user's 规则 entry. */
export type MatchHow = "name" | "rule" | "hand";

/** Names beyond the built-in list: the rules' own labels (by name) and the 规则 sheet's header entries (by hand). */
export interface ExtraAliases {
  labels: Record<string, ColumnKey>;
  hand: Record<string, ColumnKey>;
}

interface Match {
  keys: ColumnKey[]; // one key, or several when the rule is ambiguous
  how: MatchHow;
}

const NO_MATCH: Match = { keys: [], how: "rule" };

/** A header's three readings: compact (hand entries), headerText (names) and the rule's text. */
interface Readings {
  compact: string;
  header: string;
  rule: string;
  terms: ColumnKey[];
}

// The header search reads the same cells (and the first data rows) for every candidate block, and a
// second click reads them again: readings are kept by text, bounded like the cell readings.
const MAX_READINGS = 10000;
const readings = new Map<string, Readings>();

function readingsOf(v: string): Readings {
  let r = readings.get(v);
  if (r === undefined) {
    const rule = ruleText(v);
    r = { compact: compactText(v), header: headerText(v), rule, terms: termKeys(rule) };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(v, r);
  }
  return r;
}

function matchHeader(v: string, extra?: ExtraAliases): Match {
  const { compact, header, rule, terms } = readingsOf(v);
  if (extra && extra.hand[compact] !== undefined) return { keys: [extra.hand[compact]], how: "hand" };
  if (extra && extra.hand[header] !== undefined) return { keys: [extra.hand[header]], how: "hand" };
  const known = LOOKUP[header];
  if (known !== undefined) return { keys: [known], how: "name" };
  if (extra && extra.labels[header] !== undefined) return { keys: [extra.labels[header]], how: "name" };
  if (rule === "") return NO_MATCH;
  if (LOOKUP[rule] !== undefined) return { keys: [LOOKUP[rule]], how: "rule" };
  if (extra && extra.labels[rule] !== undefined) return { keys: [extra.labels[rule]], how: "rule" };
  return terms.length ? { keys: terms, how: "rule" } : NO_MATCH;
}

/** A header cell: its 1-based sheet row and column and its text as the sheet has it. */
export interface NamedCell {
  row: number;
  col: number;
  text: string;
}

/** A recognised header: its key, where it is, its text as the sheet has it and how it was taken. */
export interface HeaderCell extends NamedCell {
  key: ColumnKey;
  how: MatchHow;
}

export interface HeaderScan {
  found: HeaderCell[]; // one per key
  duplicates: { cell: HeaderCell; first: HeaderCell }[];
  /** Headers the rule reads as several columns, or several headers it reads as one: none of them is taken. */
  ambiguous: { cells: NamedCell[]; keys: ColumnKey[] }[];
  /** Headers not recognised at all, in sheet order (what a user may pick from to name a column). */
  unknown: NamedCell[];
}

const RANK: Record<MatchHow, number> = { hand: 0, name: 1, rule: 2 };

/**
 * Maps one row of names (a header block's, see blockNames) to keys. `rows[c]` is the 1-based sheet row
 * the name in column c comes from.
 */
export function scanHeaders(cells: CellValue[], rows: number[], firstCol: number, extra?: ExtraAliases): HeaderScan {
  const candidates: HeaderCell[] = [];
  const ambiguous: HeaderScan["ambiguous"] = [];
  const unknown: NamedCell[] = [];
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== "string" || isBlank(v)) continue;
    // Messages name the column as the sheet has it, with line breaks inside the header made spaces.
    const named = { row: rows[c], col: firstCol + c, text: cellText(v).replace(/\s+/g, " ") };
    const m = matchHeader(v, extra);
    if (m.keys.length === 1)
      candidates.push({ key: m.keys[0], row: named.row, col: named.col, text: named.text, how: m.how });
    else if (m.keys.length > 1) ambiguous.push({ cells: [named], keys: m.keys });
    else unknown.push(named);
  }
  // Per key: a hand entry wins over a listed name, a listed name over the rule. Two listed names: the
  // first is used and the other noticed (as always). Two by the rule alone: neither is guessed.
  // (Duplicates are listed in the order of their keys' first candidates.)
  const found: HeaderCell[] = [];
  const duplicates: HeaderScan["duplicates"] = [];
  const byKey: Partial<Record<ColumnKey, HeaderCell[]>> = {};
  for (const cell of candidates) (byKey[cell.key] = byKey[cell.key] || []).push(cell);
  for (const cell of candidates) {
    const all = byKey[cell.key] as HeaderCell[];
    if (all[0] !== cell) continue; // each key once, at its first candidate's place
    const best = Math.min.apply(
      null,
      all.map((x) => RANK[x.how]),
    );
    const top = all.filter((x) => RANK[x.how] === best);
    if (best === RANK.rule && top.length > 1) {
      ambiguous.push({ cells: top.map((x) => ({ row: x.row, col: x.col, text: x.text })), keys: [cell.key] });
      continue;
    }
    found.push(top[0]);
    // Other listed or hand-named headers of the key are noticed; the rule's lesser readings are not.
    for (const other of all)
      if (other !== top[0] && other.how !== "rule") duplicates.push({ cell: other, first: top[0] });
  }
  found.sort((a, b) => a.col - b.col);
  ambiguous.sort((a, b) => a.cells[0].col - b.cells[0].col);
  return { found, duplicates, ambiguous, unknown };
}

// ---- The header block ----

/** The header block lies within a sheet's first 20 rows (a title, a cover block and 填报单位 rows may come first). */
export const HEADER_SEARCH_ROWS = 20;
const MAX_HEADER_ROWS = 3;
const MIN_KNOWN_HEADERS = 3;

/** The header block: 1 to 3 rows read as one header, and a units row directly under it. */
export interface HeaderBlock {
  /** 1-based sheet row of the block's first row. */
  row: number;
  rows: number;
  /** 1-based sheet row of the units row under the block, or null. */
  unitsRow: number | null;
  scan: HeaderScan;
}

/**
 * Each column's name in rows [first, first + count) of values: its lowest non-empty cell (a cell merged
 * down has its value in the top row, so the name of a column merged over the block is found there), and
 * the 1-based sheet row it comes from.
 */
function blockNames(
  values: CellValue[][],
  first: number,
  count: number,
  originRow: number,
): { names: CellValue[]; rows: number[] } {
  let width = 0;
  for (let r = first; r < first + count; r++) if (values[r] && values[r].length > width) width = values[r].length;
  const names: CellValue[] = [];
  const rows: number[] = [];
  for (let c = 0; c < width; c++) {
    let name: CellValue = null;
    let row = first;
    for (let r = first + count - 1; r >= first; r--) {
      const v = values[r] ? values[r][c] : undefined;
      if (v !== undefined && !isBlank(v)) {
        name = v;
        row = r;
        break;
      }
    }
    names.push(name);
    rows.push(originRow + row);
  }
  return { names, rows };
}

// A units row: every filled cell a unit (%, ‰, 元/人, 女=100, （%）, 单位：元 …), in the rule's compact text.
const UNIT =
  /^(单位|單位|计量单位|計量單位)?:?(%|‰|元|万元|萬元|元\/人|元\/人\/年|元\/人·年|人|万人|萬人|个|個|户|戶|例|次|岁|歲|分|女=100|男\/女=100|女性=100|以女性为100|以女性為100|男\/100女|:100|\/100|百分比|千分比|比例|单位|單位|计量单位|計量單位|-|—|–)$/;

function isUnitText(v: CellValue | undefined): boolean {
  if (typeof v !== "string") return false;
  const s = compactText(v).replace(/^[([【〔](.*)[)\]】〕]$/, "$1");
  return UNIT.test(s);
}

function isUnitsRow(cells: CellValue[] | undefined): boolean {
  if (!cells) return false;
  let units = 0;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (!isUnitText(v)) return false;
    units++;
  }
  return units > 0;
}

/**
 * The header block: among the first 20 rows, the one to three rows that, read as one header, recognise
 * the most columns (at least 3); on a tie the shorter block, then the higher one. A data row under a
 * header only hides names, and a title or 填报单位 row above adds none, so neither is taken in.
 */
export function findHeaderBlock(input: SheetInput, extra?: ExtraAliases): HeaderBlock | null {
  const origin = input.origin || { row: 1, col: 1 };
  const values = input.values;
  const limit = Math.min(HEADER_SEARCH_ROWS, values.length);
  let best: { first: number; count: number; scan: HeaderScan } | null = null;
  for (let first = 0; first < limit; first++) {
    for (let count = 1; count <= MAX_HEADER_ROWS && first + count <= limit; count++) {
      const block = blockNames(values, first, count, origin.row);
      const scan = scanHeaders(block.names, block.rows, origin.col, extra);
      const known = scan.found.length;
      if (known < MIN_KNOWN_HEADERS) continue;
      const bestKnown = best ? best.scan.found.length : 0;
      if (!best || known > bestKnown || (known === bestKnown && count < best.count)) best = { first, count, scan };
    }
  }
  if (!best) return null;
  const below = best.first + best.count;
  return {
    row: origin.row + best.first,
    rows: best.count,
    unitsRow: isUnitsRow(values[below]) ? origin.row + below : null,
    scan: best.scan,
  };
}

/** The 1-based first row of the header block (see findHeaderBlock), or null. */
export function findHeaderRow(input: SheetInput, extra?: ExtraAliases): number | null {
  const block = findHeaderBlock(input, extra);
  return block ? block.row : null;
}
