// Which rows below the header are data (SPEC §6): blank rows are dropped silently; totals rows and
// note rows (footnotes, signatures, a merged remark under the table) are skipped with a reason.

import { t } from "./messages";
import { cellText, compactText, isBlank } from "./text";
import type { CellValue, ColumnMap, Lang, SheetInput, SkippedRow } from "./types";

const TOTALS = [
  "合计",
  "合計",
  "总计",
  "總計",
  "小计",
  "小計",
  "全区",
  "全區",
  "全县",
  "全縣",
  "全市",
  "全镇",
  "全鎮",
  "total",
  "grandtotal",
];

// Every totals label has one of these characters (full-width T folds to t under NFKC), so most
// township names are ruled out without normalising them.
const TOTALS_HINT = /[合总總小全tTｔＴ]/;

export function isTotalsLabel(v: CellValue | undefined): boolean {
  return typeof v === "string" && TOTALS_HINT.test(v) && TOTALS.indexOf(compactText(v)) >= 0;
}

// How footnotes and signature lines under a table begin (compared after NFKC, spaces removed, lower case).
const NOTE_MARKERS = [
  "注",
  "註",
  "说明",
  "說明",
  "备注",
  "備註",
  "填表人",
  "填报人",
  "填報人",
  "制表",
  "製表",
  "审核",
  "審核",
  "数据来源",
  "數據來源",
  "资料来源",
  "資料來源",
  "单位负责人",
  "單位負責人",
  "note:",
  "notes:",
  "source:",
];
const NOTE_HINT = /^\s*[注註说說备備填制製审審数數资資单單nNsSｎＮｓＳ]/;

/** Text that starts like a footnote or a signature line: 注：…, 说明…, 填表人：…, 数据来源：… */
export function isNoteText(v: CellValue | undefined): boolean {
  if (typeof v !== "string" || !NOTE_HINT.test(v)) return false;
  const s = compactText(v);
  for (const marker of NOTE_MARKERS) if (s.indexOf(marker) === 0) return true;
  return false;
}

/**
 * A note row: its township cell is blank or a note, and every other recognised cell (indicators, tiers,
 * flags, year) is blank or a note too. Only unrecognised columns (a merged remark in 序号) may hold more.
 * A real township name with blank indicators is not a note: that row is reported as invalid.
 */
function isNoteRow(cells: CellValue[], townshipIdx: number, otherIdx: number[]): boolean {
  for (const c of otherIdx) if (!isBlank(cells[c]) && !isNoteText(cells[c])) return false;
  return isBlank(cells[townshipIdx]) || isNoteText(cells[townshipIdx]);
}

function rowIsBlank(cells: CellValue[], firstCol: number, skipCols: number[]): boolean {
  for (let c = 0; c < cells.length; c++) {
    if (!isBlank(cells[c]) && skipCols.indexOf(firstCol + c) < 0) return false;
  }
  return true;
}

/** Data rows below the header as indices into input.values, and the rows skipped with their reasons. */
export function dataRows(
  input: SheetInput,
  headerRow: number,
  columns: ColumnMap,
  skipCols: number[],
  lang: Lang,
): { at: Int32Array; skipped: SkippedRow[] } {
  const origin = input.origin || { row: 1, col: 1 };
  const skipped: SkippedRow[] = [];
  const first = headerRow - origin.row + 1;
  const at = new Int32Array(Math.max(0, input.values.length - first));
  let n = 0;
  const townshipIdx = (columns.township as number) - origin.col;
  const otherIdx: number[] = [];
  for (const key of Object.keys(columns) as (keyof ColumnMap)[])
    if (key !== "township") otherIdx.push((columns[key] as number) - origin.col);
  for (let r = first; r < input.values.length; r++) {
    const cells = input.values[r] || [];
    if (rowIsBlank(cells, origin.col, skipCols)) continue;
    if (isTotalsLabel(cells[townshipIdx])) {
      skipped.push({ row: origin.row + r, reason: t(lang, "skip.totals", { text: cellText(cells[townshipIdx]) }) });
    } else if (isNoteRow(cells, townshipIdx, otherIdx)) {
      skipped.push({ row: origin.row + r, reason: t(lang, "skip.note") });
    } else {
      at[n++] = r;
    }
  }
  return { at: at.subarray(0, n), skipped };
}
