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

/**
 * Which rows below the header are data, asked row by row while the cells are read (one pass down the
 * sheet, columns.ts): blank rows are dropped silently; totals and note rows are kept in `skipped` with
 * their reason, in sheet order.
 */
export class DataRows {
  readonly skipped: SkippedRow[] = [];
  /** Index in input.values of the first row below the header. */
  readonly first: number;
  /** How many rows there are below the header: at most this many data rows. */
  readonly below: number;
  private readonly originRow: number;
  private readonly originCol: number;
  private readonly townshipIdx: number;
  private readonly otherIdx: number[] = [];

  constructor(
    input: SheetInput,
    headerRow: number,
    columns: ColumnMap,
    private readonly skipCols: number[],
    private readonly lang: Lang,
  ) {
    const origin = input.origin || { row: 1, col: 1 };
    this.originRow = origin.row;
    this.originCol = origin.col;
    this.first = headerRow - origin.row + 1;
    this.below = Math.max(0, input.values.length - this.first);
    this.townshipIdx = (columns.township as number) - origin.col;
    for (const key of Object.keys(columns) as (keyof ColumnMap)[])
      if (key !== "township") this.otherIdx.push((columns[key] as number) - origin.col);
  }

  /** True when input.values[r], whose cells these are, is a data row. */
  isData(r: number, cells: CellValue[]): boolean {
    if (rowIsBlank(cells, this.originCol, this.skipCols)) return false;
    const township = cells[this.townshipIdx];
    if (isTotalsLabel(township)) return this.skip(r, t(this.lang, "skip.totals", { text: cellText(township) }));
    if (isNoteRow(cells, this.townshipIdx, this.otherIdx)) return this.skip(r, t(this.lang, "skip.note"));
    return true;
  }

  private skip(r: number, reason: string): false {
    this.skipped.push({ row: this.originRow + r, reason });
    return false;
  }
}

// V8 keeps the hidden class a constructor builds only while an object of that class is alive, and
// drops the feedback that optimised code relied on when it goes (see EMPTY_TABLE in results.ts): with
// no DataRows left between runs, every run's row loop was optimised again and thrown away at the
// totals row. This idle one keeps the class alive.
export const IDLE_ROWS = new DataRows({ name: "", values: [] }, 1, { township: 1 }, [], "zh");
