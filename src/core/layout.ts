// How the written results look and print: result column widths and the page setup of the classified
// sheet (issue 13 part 5). Computed when a front end writes, never while classifying.

import { t } from "./messages";
import { RESULT_COLUMNS } from "./output";
import { formatYuan } from "./text";
import type { Lang, OutCell, OutputBlock, PageSetup, ResultLayout, RowHeight, RunResult } from "./types";

/** The reasons column: wrapped, and never wider than this (characters). */
export const REASONS_WIDTH = 48;
/** Room for the cell margins and the bold header. */
const PADDING = 2;
const MIN_WIDTH = 6;

/**
 * Display width in Excel character units: CJK, fullwidth forms and other wide characters count 2,
 * everything else 1. Sheet fonts draw a Chinese character about twice as wide as a digit.
 */
export function textWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x1100) w += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      w += 2; // a supplementary character (CJK extension B…): one wide glyph for the pair
      i++;
    } else w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) || // Hangul Jamo
    (c >= 0x2e80 && c <= 0xa4cf) || // CJK radicals … Yi (CJK punctuation, kana, ideographs)
    (c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xff60) || // fullwidth forms
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

/** The text a cell shows: amounts with their thousands separators (#,##0), other numbers as written. */
function shownText(cell: OutCell): string {
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "number") return cell.numFmt === "#,##0" ? formatYuan(v) : String(v);
  return v;
}

/** Points per line of wrapped text in the standard 11-point font (Excel's default row is 14.25–15). */
export const LINE_HEIGHT = 15;

/**
 * Widths of the result columns, fitted to the widest text in each (header included), and the rows
 * whose wrapped reasons need more than one line. One pass over the output rows; rows and cells the
 * core shares between sheet rows are measured once. The reasons column is capped at REASONS_WIDTH.
 */
export function resultLayout(output: OutputBlock): ResultLayout {
  const widest: number[] = [];
  for (let i = 0; i < RESULT_COLUMNS; i++) widest.push(0);
  const reasons = RESULT_COLUMNS - 1;
  const perLine = REASONS_WIDTH - PADDING;
  const measured = new Map<OutCell, number>();
  const rowHeights: RowHeight[] = [];
  let previous: OutCell[] | null = null;
  let lines = 1;
  for (let r = 0; r < output.cells.length; r++) {
    const row = output.cells[r];
    if (row !== previous) {
      previous = row;
      lines = 1;
      for (let i = 0; i < row.length && i < RESULT_COLUMNS; i++) {
        const cell = row[i];
        let w = measured.get(cell);
        if (w === undefined) {
          w = textWidth(shownText(cell));
          measured.set(cell, w);
          if (w > widest[i]) widest[i] = w;
        }
        if (i === reasons && w > perLine) lines = Math.ceil(w / perLine);
      }
    }
    if (lines > 1 && r > 0) rowHeights.push({ row: output.firstRow + r, height: lines * LINE_HEIGHT });
  }
  const columns = widest.map((w, i) => {
    const width = Math.max(MIN_WIDTH, w + PADDING);
    return {
      col: output.firstCol + i,
      width: i === reasons ? Math.min(width, REASONS_WIDTH) : width,
      wrap: i === reasons,
    };
  });
  return { columns, rowHeights };
}

/** The header block printed at the top of every page: header rows and the units row under them. */
export function titleRows(result: RunResult): { first: number; last: number } {
  return { first: result.headerRow, last: result.unitsRow ?? result.headerRow + result.headerRows - 1 };
}

/** The centre footer, in Excel's codes: &A the sheet's name, &P the page, &N the number of pages. */
export function pageFooter(lang: Lang): string {
  return t(lang, "print.footer");
}

/** The classified sheet's page setup, where it has none of its own: landscape A4, one page wide. */
export function resultPageSetup(result: RunResult, lang: Lang): PageSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    fitWide: 1,
    fitTall: 0,
    titleRows: titleRows(result),
    footer: pageFooter(lang),
  };
}

/** 分类汇总 and its chart on one landscape A4 page. */
export function summaryPageSetup(lang: Lang): PageSetup {
  return { orientation: "landscape", paper: "A4", fitWide: 1, fitTall: 1, titleRows: null, footer: pageFooter(lang) };
}
