// The state of a simulated WPS 表格 workbook: plain data the ET objects (range.ts, app.ts) read and
// write, and tests inspect. Browser-safe (no Node imports), so phase 2 can serve it to the pane as
// window.Application.

export type SimValue = string | number | boolean | null;

export interface SimCell {
  value: SimValue;
  /** A formula the cell holds ("=1+2"); its value is what the simulator could make of it. */
  formula?: string;
  /** The cell holds an error value (value is its text, "#N/A"). */
  error?: boolean;
  /** Written with a leading apostrophe: text by force. */
  prefix?: boolean;
  numberFormat: string;
  /** Interior colour, a BGR integer; null: no fill. */
  color: number | null;
  bold: boolean;
  wrap: boolean;
}

export interface SimPoint {
  fill: number | null; // Format.Fill.ForeColor.RGB
  line: number | null; // Format.Line.ForeColor.RGB
  interior: number | null; // Interior.Color
}

export interface SimChart {
  route: "chartObjects" | "shapes";
  left: number;
  top: number;
  width: number;
  height: number;
  type: number;
  source: string | null;
  plotBy: number | null;
  hasTitle: boolean;
  title: string;
  hasLegend: boolean;
  dataLabels: boolean;
  points: Record<number, SimPoint>;
}

export interface SimPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
  PrintArea: string;
  PrintGridlines: boolean;
  PrintHeadings: boolean;
  LeftHeader: string;
  CenterHeader: string;
  RightHeader: string;
  LeftFooter: string;
  CenterFooter: string;
  RightFooter: string;
}

export interface SimSheet {
  name: string;
  /** "row,col" (1-based) → cell. */
  cells: Map<string, SimCell>;
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  protectContents: boolean;
  charts: SimChart[];
  page: SimPageSetup;
  /** A chart sheet: no cells, no UsedRange. */
  chartSheet?: boolean;
  /** Merged areas, as Range.Merge() made them ("A1:H1"). */
  merges?: string[];
}

export interface SimBook {
  name: string;
  sheets: SimSheet[];
  active: number; // 0-based index into sheets
  protectStructure: boolean;
  /** What Range.Select() last selected (on the active sheet), addresses without $. */
  selection?: { sheet: string; address: string } | null;
}

export const DEFAULT_WIDTH = 8.38; // characters, ET's default column (as Excel's 8.43, near enough)
export const DEFAULT_HEIGHT = 13.5; // points
export const POINTS_PER_CHAR = 48 / 8.43;
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function defaultPage(): SimPageSetup {
  return {
    Orientation: 1,
    PaperSize: 9,
    Zoom: 100,
    FitToPagesWide: 1,
    FitToPagesTall: 1,
    PrintTitleRows: "",
    PrintArea: "",
    PrintGridlines: false,
    PrintHeadings: false,
    LeftHeader: "",
    CenterHeader: "",
    RightHeader: "",
    LeftFooter: "",
    CenterFooter: "",
    RightFooter: "",
  };
}

export function newSheet(name: string): SimSheet {
  return {
    name,
    cells: new Map(),
    colWidths: new Map(),
    rowHeights: new Map(),
    protectContents: false,
    charts: [],
    page: defaultPage(),
  };
}

export function emptyCell(): SimCell {
  return { value: null, numberFormat: "General", color: null, bold: false, wrap: false };
}

const key = (row: number, col: number) => row + "," + col;

/** The cell as it is (an untouched cell reads as empty and General). */
export function cellAt(sheet: SimSheet, row: number, col: number): SimCell {
  return sheet.cells.get(key(row, col)) || emptyCell();
}

/** The cell, created for writing. */
export function cellFor(sheet: SimSheet, row: number, col: number): SimCell {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key(row, col), cell);
  }
  return cell;
}

export function isUsed(cell: SimCell): boolean {
  return (
    cell.value !== null ||
    cell.formula !== undefined ||
    cell.numberFormat !== "General" ||
    cell.color !== null ||
    cell.bold
  );
}

/** The used range: the bounding box of cells with a value or a format (as ET and Excel count them); A1 when none. */
export function usedRect(sheet: SimSheet): { row: number; col: number; rows: number; cols: number } {
  let top = Infinity,
    left = Infinity,
    bottom = 0,
    right = 0;
  sheet.cells.forEach((cell, k) => {
    if (!isUsed(cell)) return;
    const [r, c] = k.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  });
  if (bottom === 0) return { row: 1, col: 1, rows: 1, cols: 1 };
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

const ERROR_TEXTS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

export function isErrorText(v: unknown): boolean {
  return typeof v === "string" && ERROR_TEXTS.indexOf(v) >= 0;
}

/** A sheet from a grid of values (row 1 first) and optional number formats of the same shape. */
export function sheetFromGrid(
  name: string,
  values: (SimValue | undefined)[][],
  formats?: (string | undefined)[][],
): SimSheet {
  const sheet = newSheet(name);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = formats && formats[r] ? formats[r][c] : undefined;
      if ((v === null || v === undefined || v === "") && (!f || f === "General")) return;
      const cell = cellFor(sheet, r + 1, c + 1);
      cell.value = v === undefined || v === "" ? null : v;
      if (isErrorText(v)) cell.error = true;
      if (f) cell.numberFormat = f;
    }),
  );
  if (formats)
    formats.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && f !== "General" && (values[r] === undefined || values[r][c] === undefined))
          cellFor(sheet, r + 1, c + 1).numberFormat = f;
      }),
    );
  return sheet;
}

export function newBook(sheets: SimSheet[], active = 0): SimBook {
  return { name: "工作簿1.xlsx", sheets, active, protectStructure: false };
}
