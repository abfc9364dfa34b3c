// Excel.Range as the simulator implements it: every read and write is queued until sync().
import { qualify, Rect } from "./address";
import { writeFormat, writeValue } from "./cell-write";
import { propNames, SimContext, SimObject } from "./context";
import { SimExcelError } from "./errors";
import { cellAt, SimSheet, SimSide, SimValue, updateCell } from "./model";

export interface RangeTarget {
  sheet: SimSheet;
  rect: Rect;
}

/** ExcelApi minor version of each loadable property. */
const PROP_API: Record<string, number> = {
  address: 1, rowCount: 1, columnCount: 1, rowIndex: 1, columnIndex: 1,
  values: 1, numberFormat: 1, formulas: 1, text: 1, numberFormatLocal: 7,
};

const UNBOUNDED_CELLS = 5_000_000;
const GRID_ROWS = 1_048_576;
const GRID_COLS = 16_384;

function inGrid(where: string, r: Rect): Rect {
  if (r.row < 0 || r.col < 0 || r.row + r.rows > GRID_ROWS || r.col + r.cols > GRID_COLS) throw new SimExcelError("InvalidArgument", where);
  return r;
}

export function writableSheet(sheet: SimSheet, where: string): SimSheet {
  if (sheet.deleted) throw new SimExcelError("ItemNotFound", where);
  if (sheet.protected) throw new SimExcelError("AccessDenied", where);
  return sheet;
}

function cellDataGrid(t: RangeTarget, pick: (r: number, c: number) => unknown): unknown[][] | null {
  if (t.rect.rows * t.rect.cols > UNBOUNDED_CELLS) return null;
  const out: unknown[][] = [];
  for (let r = 0; r < t.rect.rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < t.rect.cols; c++) row.push(pick(t.rect.row + r, t.rect.col + c));
    out.push(row);
  }
  return out;
}

export class SimRange extends SimObject {
  private target: RangeTarget | null | undefined;
  readonly format: SimRangeFormat;

  constructor(ctx: SimContext, label: string, api: number, payload: unknown, resolve: () => RangeTarget | null) {
    super(ctx);
    this.format = new SimRangeFormat(ctx, this);
    ctx.enqueue({
      label, api, payload,
      run: () => { this.target = resolve(); return undefined; },
      apply: () => this.receive({ isNullObject: this.target === null }),
    });
  }

  /** The resolved range, or null for a null object. Only valid while operations run. */
  resolved(): RangeTarget | null {
    if (this.target === undefined) throw new SimExcelError("GeneralException", "Range", "unresolved range");
    return this.target;
  }

  /** The resolved range for a write: exists, sheet alive and unprotected. */
  writable(where: string): RangeTarget {
    const t = this.resolved();
    if (!t) throw new SimExcelError("InvalidOperation", where);
    writableSheet(t.sheet, where);
    return t;
  }

  get isNullObject(): boolean { return this.get("isNullObject"); }
  get address(): string { return this.get("address"); }
  get rowCount(): number { return this.get("rowCount"); }
  get columnCount(): number { return this.get("columnCount"); }
  get rowIndex(): number { return this.get("rowIndex"); }
  get columnIndex(): number { return this.get("columnIndex"); }
  get values(): SimValue[][] { return this.get("values"); }
  set values(v: (SimValue | null)[][]) { this.queueGrid("values", v, (cell, x) => writeValue(cell, x as SimValue, false)); }
  get formulas(): SimValue[][] { return this.get("formulas"); }
  set formulas(v: (SimValue | null)[][]) { this.queueGrid("formulas", v, (cell, x) => writeValue(cell, x as SimValue, true)); }
  get numberFormat(): string[][] { return this.get("numberFormat"); }
  set numberFormat(v: (string | null)[][]) { this.queueGrid("numberFormat", v, (cell, x) => writeFormat(cell, x as string)); }
  get numberFormatLocal(): string[][] { return this.get("numberFormatLocal"); }
  get text(): string[][] { return this.get("text"); }

  load(spec?: unknown): this {
    const names = propNames(spec);
    const api = Math.max(1, ...names.map((n) => PROP_API[n] ?? 1));
    this.ctx.enqueue({
      label: "Range.load", api, payload: names,
      run: () => this.readProps(names),
      apply: (r) => this.receive(r as Record<string, unknown>),
    });
    return this;
  }

  private readProps(names: string[]): Record<string, unknown> {
    const t = this.resolved();
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (!(n in PROP_API)) throw new SimExcelError("InvalidArgument", "Range.load", n);
      out[n] = t ? this.readProp(t, n) : null;
    }
    return out;
  }

  private readProp(t: RangeTarget, name: string): unknown {
    const { rect, sheet } = t;
    switch (name) {
      case "address": return qualify(sheet.name, rect);
      case "rowCount": return rect.rows;
      case "columnCount": return rect.cols;
      case "rowIndex": return rect.row;
      case "columnIndex": return rect.col;
      case "values": return cellDataGrid(t, (r, c) => cellAt(sheet, r, c).value);
      case "formulas": return cellDataGrid(t, (r, c) => cellAt(sheet, r, c).formula ?? cellAt(sheet, r, c).value);
      case "text": return cellDataGrid(t, (r, c) => String(cellAt(sheet, r, c).value));
      default: return cellDataGrid(t, (r, c) => cellAt(sheet, r, c).numberFormat); // numberFormat(Local)
    }
  }

  /** A 2-D write: the array must match the range (a single [[x]] broadcasts for numberFormat). */
  private queueGrid(prop: string, grid: unknown[][], apply: (cell: ReturnType<typeof cellAt>, v: unknown) => void): void {
    const where = `Range.${prop}`;
    this.ctx.enqueue({
      label: where, api: 1, payload: grid,
      run: () => {
        const t = this.writable(where);
        const broadcast = prop === "numberFormat" && grid.length === 1 && grid[0]?.length === 1;
        const fits = grid.length === t.rect.rows && grid.every((row) => row.length === t.rect.cols);
        if (!broadcast && !fits) throw new SimExcelError("InvalidArgument", where);
        this.eachCell(t, (r, c, i, j) => updateCell(t.sheet, r, c, (cell) => apply(cell, broadcast ? grid[0][0] : grid[i][j])));
        return undefined;
      },
    });
  }

  eachCell(t: RangeTarget, fn: (row: number, col: number, i: number, j: number) => void): void {
    if (t.rect.rows * t.rect.cols > UNBOUNDED_CELLS) throw new SimExcelError("InvalidArgument", "Range");
    for (let i = 0; i < t.rect.rows; i++) for (let j = 0; j < t.rect.cols; j++) fn(t.rect.row + i, t.rect.col + j, i, j);
  }

  /** A cell relative to the range's top left; it may lie outside the range, not outside the grid. */
  getCell(row: number, column: number): SimRange {
    return this.derived("Range.getCell", 1, [row, column], (t) => inGrid("Range.getCell", { row: t.row + row, col: t.col + column, rows: 1, cols: 1 }));
  }

  /** The smallest rectangle holding both ranges (ExcelApi 1.1). */
  getBoundingRect(other: SimRange): SimRange {
    return this.combined("Range.getBoundingRect", other, (a, b) => {
      const row = Math.min(a.row, b.row), col = Math.min(a.col, b.col);
      return { row, col, rows: Math.max(a.row + a.rows, b.row + b.rows) - row, cols: Math.max(a.col + a.cols, b.col + b.cols) - col };
    });
  }

  /** The rectangle both ranges share (ExcelApi 1.1); ItemNotFound when they do not meet. */
  getIntersection(other: SimRange): SimRange {
    return this.combined("Range.getIntersection", other, (a, b) => {
      const row = Math.max(a.row, b.row), col = Math.max(a.col, b.col);
      const rows = Math.min(a.row + a.rows, b.row + b.rows) - row, cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
      if (rows <= 0 || cols <= 0) throw new SimExcelError("ItemNotFound", "Range.getIntersection");
      return { row, col, rows, cols };
    });
  }

  /** Whole sheet rows of the range (ExcelApi 1.1). */
  getEntireRow(): SimRange {
    return this.derived("Range.getEntireRow", 1, undefined, (t) => ({ row: t.row, col: 0, rows: t.rows, cols: GRID_COLS }));
  }

  private combined(label: string, other: SimRange, join: (a: Rect, b: Rect) => Rect): SimRange {
    return new SimRange(this.ctx, label, 1, "range", () => {
      const a = this.resolved(), b = other.resolved();
      if (!a || !b) return null;
      if (a.sheet !== b.sheet) throw new SimExcelError("InvalidArgument", label);
      return { sheet: a.sheet, rect: join(a.rect, b.rect) };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derived("Range.getResizedRange", 2, [deltaRows, deltaColumns], (t) => ({
      ...t, rows: t.rows + deltaRows, cols: t.cols + deltaColumns,
    }));
  }

  private derived(label: string, api: number, payload: unknown, move: (r: Rect) => Rect): SimRange {
    return new SimRange(this.ctx, label, api, payload, () => {
      const t = this.resolved();
      return t ? { sheet: t.sheet, rect: move(t.rect) } : null;
    });
  }

  merge(across = false): void {
    this.queueAction("Range.merge", 2, across, (t) => {
      const r = t.rect;
      const areas = across ? Array.from({ length: r.rows }, (_, i) => ({ ...r, row: r.row + i, rows: 1 })) : [r];
      t.sheet.merges.push(...areas);
    });
  }

  select(): void {
    this.ctx.enqueue({
      label: "Range.select", api: 1,
      run: () => {
        const t = this.resolved();
        if (!t || t.sheet.deleted) throw new SimExcelError("InvalidSelection", "Range.select");
        this.ctx.host.workbook.active = t.sheet;
        this.ctx.host.workbook.selection = { sheet: t.sheet.name, address: qualify(t.sheet.name, t.rect).split("!")[1] };
        return undefined;
      },
    });
  }

  /** Range.clear: "All" (default), "Contents" or "Formats"; clearing formats also unmerges. */
  clear(applyTo: string = "All"): void {
    this.queueAction("Range.clear", 1, applyTo, (t) => {
      const inside = (r: number, c: number) =>
        r >= t.rect.row && r < t.rect.row + t.rect.rows && c >= t.rect.col && c < t.rect.col + t.rect.cols;
      for (const k of [...t.sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (!inside(r, c)) continue;
        updateCell(t.sheet, r, c, (cell) => {
          if (applyTo !== "Formats") { cell.value = ""; delete cell.formula; }
          if (applyTo !== "Contents") { cell.numberFormat = "General"; cell.fill = null; cell.bold = false; delete cell.wrap; delete cell.border; }
        });
      }
      if (applyTo !== "Contents") t.sheet.merges = t.sheet.merges.filter((m) => !inside(m.row, m.col));
    });
  }

  queueAction(label: string, api: number, payload: unknown, act: (t: RangeTarget) => void): void {
    this.ctx.enqueue({ label, api, payload, run: () => { act(this.writable(label)); return undefined; } });
  }
}

/** Which cells of a range a border index draws on, and on which of their sides (ExcelApi 1.1 BorderIndex). */
const BORDER_SIDES: Record<string, (i: number, j: number, rows: number, cols: number) => SimSide[]> = {
  EdgeTop: (i) => (i === 0 ? ["top"] : []),
  EdgeBottom: (i, _j, rows) => (i === rows - 1 ? ["bottom"] : []),
  EdgeLeft: (_i, j) => (j === 0 ? ["left"] : []),
  EdgeRight: (_i, j, _rows, cols) => (j === cols - 1 ? ["right"] : []),
  InsideHorizontal: (i, _j, rows) => [...(i > 0 ? ["top" as const] : []), ...(i < rows - 1 ? ["bottom" as const] : [])],
  InsideVertical: (_i, j, _rows, cols) => [...(j > 0 ? ["left" as const] : []), ...(j < cols - 1 ? ["right" as const] : [])],
};

/** RangeFormat.borders.getItem(index): style and weight (ExcelApi 1.1) drawn on the cells' sides; "None" removes. */
class SimRangeBorder {
  constructor(private readonly range: SimRange, private readonly index: string) {}
  private paint(label: string, v: string, part: 0 | 1): void {
    this.range.queueAction(label, 1, [this.index, v], (t) => {
      const sides = BORDER_SIDES[this.index];
      if (!sides) throw new SimExcelError("InvalidArgument", label, this.index);
      this.range.eachCell(t, (r, c, i, j) =>
        updateCell(t.sheet, r, c, (cell) => {
          const border = { ...cell.border };
          for (const side of sides(i, j, t.rect.rows, t.rect.cols)) {
            const [style, weight] = (border[side] || "Continuous/Thin").split("/");
            if (part === 0 && v === "None") delete border[side];
            else border[side] = part === 0 ? `${v}/${weight}` : `${style}/${v}`;
          }
          if (Object.keys(border).length) cell.border = border;
          else delete cell.border;
        }),
      );
    });
  }
  set style(v: string) { this.paint("RangeBorder.style", v, 0); }
  get style(): string { throw new SimExcelError("PropertyNotLoaded", "RangeBorder.style", "style"); }
  set weight(v: string) { this.paint("RangeBorder.weight", v, 1); }
  get weight(): string { throw new SimExcelError("PropertyNotLoaded", "RangeBorder.weight", "weight"); }
}

export class SimRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean };
  readonly borders: { getItem(index: string): SimRangeBorder };
  constructor(private readonly ctx: SimContext, private readonly range: SimRange) {
    this.borders = { getItem: (index: string) => new SimRangeBorder(range, index) };
    const paint = (label: string, payload: unknown, change: (c: ReturnType<typeof cellAt>) => void) =>
      range.queueAction(label, 1, payload, (t) => range.eachCell(t, (r, c) => updateCell(t.sheet, r, c, change)));
    this.fill = {
      set color(v: string) { paint("RangeFill.color", v, (c) => { c.fill = v.toUpperCase(); }); },
      get color(): string { throw new SimExcelError("PropertyNotLoaded", "RangeFill.color", "color"); },
      clear: () => paint("RangeFill.clear", undefined, (c) => { c.fill = null; }),
    };
    this.font = {
      set bold(v: boolean) { paint("RangeFont.bold", v, (c) => { c.bold = v; }); },
      get bold(): boolean { throw new SimExcelError("PropertyNotLoaded", "RangeFont.bold", "bold"); },
    };
  }

  /** ExcelApi 1.1. */
  set wrapText(v: boolean) {
    this.range.queueAction("RangeFormat.wrapText", 1, v, (t) =>
      this.range.eachCell(t, (r, c) => updateCell(t.sheet, r, c, (cell) => { if (v) cell.wrap = true; else delete cell.wrap; })));
  }
  get wrapText(): boolean { throw new SimExcelError("PropertyNotLoaded", "RangeFormat.wrapText", "wrapText"); }

  set columnWidth(points: number) {
    this.range.queueAction("RangeFormat.columnWidth", 2, points, (t) => {
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.columnWidths.set(c, points);
    });
  }

  autofitColumns(): void {
    this.range.queueAction("RangeFormat.autofitColumns", 2, undefined, () => undefined);
  }
}
