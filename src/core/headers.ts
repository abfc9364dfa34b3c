// Finding the header row and mapping header cells to column keys (SPEC §2, §3, §6).
// Whole normalised headers are matched, never substrings: 达到类别 is not 类别.

import { cellText, headerText } from "./text";
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

/** Extra names (the rules' own labels) that also identify a column, on top of the built-in aliases. */
export type ExtraAliases = Record<string, ColumnKey>;

export function headerKey(v: CellValue | undefined, extra?: ExtraAliases): ColumnKey | null {
  if (typeof v !== "string") return null;
  const h = headerText(v);
  const known = LOOKUP[h];
  if (known !== undefined) return known;
  return extra && extra[h] !== undefined ? extra[h] : null;
}

/** A recognised header: its key, its 1-based sheet column and its text as the sheet has it. */
export interface HeaderCell {
  key: ColumnKey;
  col: number;
  text: string;
}

export interface HeaderScan {
  found: HeaderCell[]; // first occurrence of each key
  duplicates: { cell: HeaderCell; first: HeaderCell }[];
}

export function scanHeaders(row: CellValue[] | undefined, firstCol: number, extra?: ExtraAliases): HeaderScan {
  const found: HeaderCell[] = [];
  const duplicates: HeaderScan["duplicates"] = [];
  const seen: Partial<Record<ColumnKey, HeaderCell>> = {};
  const cells = row || [];
  for (let c = 0; c < cells.length; c++) {
    const key = headerKey(cells[c], extra);
    if (key === null) continue;
    // Messages name the column as the sheet has it, with line breaks inside the header made spaces.
    const cell = { key, col: firstCol + c, text: cellText(cells[c]).replace(/\s+/g, " ") };
    const first = seen[key];
    if (first) duplicates.push({ cell, first });
    else {
      seen[key] = cell;
      found.push(cell);
    }
  }
  return { found, duplicates };
}

const HEADER_SEARCH_ROWS = 10;
const MIN_KNOWN_HEADERS = 3;

/** The 1-based sheet row of the first of the first 10 rows with at least 3 known headers, or null. */
export function findHeaderRow(input: SheetInput, extra?: ExtraAliases): number | null {
  const origin = input.origin || { row: 1, col: 1 };
  const limit = Math.min(HEADER_SEARCH_ROWS, input.values.length);
  for (let r = 0; r < limit; r++) {
    if (scanHeaders(input.values[r], origin.col, extra).found.length >= MIN_KNOWN_HEADERS) return origin.row + r;
  }
  return null;
}
