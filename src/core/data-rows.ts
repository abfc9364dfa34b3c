// Which rows below the header are data (SPEC §6): blank rows are dropped silently; totals rows and
// note rows (footnotes, signatures, a merged remark under the table) are skipped with a reason.

import { t } from "./messages";
import { cellText, compactText, isBlank } from "./text";
import type { HeaderBlock } from "./headers";
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
  "平均",
  "平均值",
  "均值",
];

// Every totals label has one of these characters (full-width T folds to t under NFKC), so most
// township names are ruled out without normalising them.
const TOTALS_HINT = /[合总總小全均tTｔＴ]/;

// A group's totals or average: 东片小计, 城区合计, 一片区小计, 全区平均 (a short label ending so).
const GROUP_TOTALS = /^.{1,8}(小计|小計|合计|合計|总计|總計|平均|平均值)$/;
// What may follow the label: a count in brackets (合计（14个乡镇）) or a colon (全区合计：).
const LABEL_TAIL = /(\([^()]*\)|:)$/;

export function isTotalsLabel(v: CellValue | undefined): boolean {
  if (typeof v !== "string" || !TOTALS_HINT.test(v)) return false;
  const s = compactText(v).replace(LABEL_TAIL, "");
  return TOTALS.indexOf(s) >= 0 || GROUP_TOTALS.test(s);
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
  "负责人",
  "負責人",
  "日期",
  "填报日期",
  "填報日期",
  "报出日期",
  "報出日期",
  "联系电话",
  "聯繫電話",
  "联系人",
  "聯繫人",
  "电话",
  "電話",
  "统计负责人",
  "統計負責人",
  "局长",
  "局長",
  "签字",
  "簽字",
  "盖章",
  "蓋章",
  "(盖章)",
  "(蓋章)",
  "note:",
  "notes:",
  "source:",
];
const NOTE_HINT = /^\s*[注註说說备備填制製审審数數资資单單负負日联聯电電统統签簽盖蓋报報局(（nNsSｎＮｓＳ]/;

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

/** A totals label in an unrecognised column (a 片区 or 序号 cell merged across the blank township cell). */
function otherTotals(cells: CellValue[], townshipIdx: number, otherIdx: number[]): CellValue | undefined {
  for (let c = 0; c < cells.length; c++) {
    if (c === townshipIdx || otherIdx.indexOf(c) >= 0) continue;
    if (isTotalsLabel(cells[c])) return cells[c];
  }
  return undefined;
}

/**
 * Which rows below the header are data, asked row by row while the cells are read (one pass down the
 * sheet, columns.ts): blank rows are dropped silently; a units row under the header, totals and note
 * rows are kept in `skipped` with their reason, in sheet order.
 */
export class DataRows {
  readonly skipped: SkippedRow[] = [];
  /** Index in input.values of the first row below the header block and its units row. */
  readonly first: number;
  /** How many rows there are from there on: at most this many data rows. */
  readonly below: number;
  private readonly originRow: number;
  private readonly originCol: number;
  private readonly townshipIdx: number;
  private readonly otherIdx: number[] = [];

  constructor(
    input: SheetInput,
    block: Pick<HeaderBlock, "row" | "rows" | "unitsRow">,
    columns: ColumnMap,
    private readonly skipCols: number[],
    private readonly lang: Lang,
    /** Rows (indexes into input.values) with a formula cell that has no calculated result: never blank. */
    private readonly formulaRows: Set<number> | null = null,
  ) {
    const origin = input.origin || { row: 1, col: 1 };
    this.originRow = origin.row;
    this.originCol = origin.col;
    this.first = block.row + block.rows - origin.row;
    if (block.unitsRow !== null) {
      this.skipped.push({ row: block.unitsRow, reason: t(lang, "skip.units") });
      this.first++;
    }
    this.below = Math.max(0, input.values.length - this.first);
    this.townshipIdx = (columns.township as number) - origin.col;
    for (const key of Object.keys(columns) as (keyof ColumnMap)[])
      if (key !== "township") this.otherIdx.push((columns[key] as number) - origin.col);
  }

  /** True when input.values[r], whose cells these are, is a data row. */
  isData(r: number, cells: CellValue[]): boolean {
    // A row whose read cells are formulas without results reads blank or like a note, and is neither.
    const formulas = this.formulaRows !== null && this.formulaRows.has(r);
    if (rowIsBlank(cells, this.originCol, this.skipCols)) return formulas;
    const township = cells[this.townshipIdx];
    if (isTotalsLabel(township)) return this.skip(r, t(this.lang, "skip.totals", { text: cellText(township) }));
    if (isBlank(township)) {
      const label = otherTotals(cells, this.townshipIdx, this.otherIdx);
      if (label !== undefined) return this.skip(r, t(this.lang, "skip.totals", { text: cellText(label) }));
    }
    if (!formulas && isNoteRow(cells, this.townshipIdx, this.otherIdx)) return this.skip(r, t(this.lang, "skip.note"));
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
export const IDLE_ROWS = new DataRows(
  { name: "", values: [] },
  { row: 1, rows: 1, unitsRow: null },
  { township: 1 },
  [],
  "zh",
);
