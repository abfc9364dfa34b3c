// The workbook the simulated Excel holds: plain data, no API semantics.
import { Rect } from "./address";

export type SimValue = string | number | boolean;

export interface SimCell {
  value: SimValue; // "" = empty
  formula?: string; // "=…" when the cell holds a formula
  numberFormat: string; // "General" by default
  fill: string | null; // "#RRGGBB" or null
  bold: boolean;
  wrap?: boolean; // format.wrapText
  /** format.borders: the lines set on each side of the cell, e.g. { top: "Continuous/Thin" } (replaced, never mutated). */
  border?: Partial<Record<SimSide, string>>;
}

export type SimSide = "top" | "bottom" | "left" | "right";

export interface SimChart {
  name: string;
  type: string;
  source: string; // A1 address on the chart's sheet
  seriesBy: string;
  title: string;
  anchor: string | null; // top-left cell
  legend: boolean;
  dataLabels: boolean; // values shown on the bars
  pointFills: Record<number, string>; // point index → "#RRGGBB"
  pointBorders: Record<number, string>;
}

/** Worksheet.pageLayout (ExcelApi 1.9): what a new sheet has, then what was set. */
export interface SimPageLayout {
  orientation: string; // "Portrait" | "Landscape"
  paperSize: string; // "A4", "Letter", …
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printGridlines: boolean;
  printHeadings: boolean;
  printArea: string | null;
  printTitleRows: string | null; // "$3:$3"
  headersFooters: Record<string, string>; // centerFooter, leftHeader, … ("" when empty)
}

export function defaultPageLayout(): SimPageLayout {
  return {
    orientation: "Portrait", paperSize: "A4", zoom: { scale: 100 }, printGridlines: false, printHeadings: false,
    printArea: null, printTitleRows: null, headersFooters: {},
  };
}

export interface SimSheet {
  name: string;
  cells: Map<string, SimCell>; // key "row,col", 0-based
  merges: Rect[];
  charts: SimChart[];
  protected: boolean;
  columnWidths: Map<number, number>; // points
  pageLayout: SimPageLayout;
  deleted: boolean;
}

export interface SimWorkbook {
  sheets: SimSheet[];
  active: SimSheet | null;
  selection: { sheet: string; address: string } | null;
  calculationMode: string;
}

export const key = (row: number, col: number): string => `${row},${col}`;

export function blankCell(): SimCell {
  return { value: "", numberFormat: "General", fill: null, bold: false };
}

export function isDefault(cell: SimCell): boolean {
  return (
    cell.value === "" && !cell.formula && cell.numberFormat === "General" && !cell.fill && !cell.bold && !cell.wrap &&
    !(cell.border && Object.keys(cell.border).length)
  );
}

export function newSheet(name: string): SimSheet {
  return {
    name, cells: new Map(), merges: [], charts: [], protected: false, columnWidths: new Map(),
    pageLayout: defaultPageLayout(), deleted: false,
  };
}

export function newWorkbook(sheets: SimSheet[]): SimWorkbook {
  return { sheets, active: sheets[0] ?? null, selection: null, calculationMode: "Automatic" };
}

export function cellAt(sheet: SimSheet, row: number, col: number): SimCell {
  return sheet.cells.get(key(row, col)) ?? blankCell();
}

/** Mutates the cell in place, creating it when needed and dropping it when it returns to default. */
export function updateCell(sheet: SimSheet, row: number, col: number, change: (cell: SimCell) => void): void {
  const k = key(row, col);
  const cell = sheet.cells.get(k) ?? blankCell();
  change(cell);
  if (isDefault(cell)) sheet.cells.delete(k);
  else sheet.cells.set(k, cell);
}

/** Excel's used range: cells with values (valuesOnly) or with anything; a blank sheet gives A1. */
export function usedRect(sheet: SimSheet, valuesOnly: boolean): Rect {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && cell.value === "" && !cell.formula) continue;
    const [r, c] = k.split(",").map(Number);
    r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
  }
  if (r1 < 0) return { row: 0, col: 0, rows: 1, cols: 1 };
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** A sheet from a literal grid: null and "" are empty cells; formats optional, same shape. */
export function sheetFromGrid(name: string, values: (SimValue | null)[][], formats?: string[][]): SimSheet {
  const sheet = newSheet(name);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const fmt = formats?.[r]?.[c] ?? "General";
      updateCell(sheet, r, c, (cell) => {
        cell.value = v === null ? "" : v;
        cell.numberFormat = fmt;
      });
    }),
  );
  return sheet;
}

/** A deep copy, so a test can compare before and after. */
export function snapshotSheet(sheet: SimSheet): SimSheet {
  const cells = new Map<string, SimCell>();
  for (const [k, c] of sheet.cells) cells.set(k, { ...c });
  return {
    ...sheet,
    cells,
    merges: sheet.merges.map((m) => ({ ...m })),
    charts: sheet.charts.map((c) => ({ ...c, pointFills: { ...c.pointFills }, pointBorders: { ...c.pointBorders } })),
    columnWidths: new Map(sheet.columnWidths),
    pageLayout: { ...sheet.pageLayout, zoom: { ...sheet.pageLayout.zoom }, headersFooters: { ...sheet.pageLayout.headersFooters } },
  };
}

/** Cell map as a plain sorted object, handy for toEqual. */
export function cellsOf(sheet: SimSheet): Record<string, SimCell> {
  const out: Record<string, SimCell> = {};
  for (const k of [...sheet.cells.keys()].sort()) out[k] = { ...sheet.cells.get(k)! };
  return out;
}
