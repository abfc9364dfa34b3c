// Range in the simulated ET: Value2 as a scalar or row arrays, NumberFormat / Interior.Color / Font.Bold
// as one value or null when the cells differ, methods where the JS API has methods (Address, Item,
// Resize, Value), 1-based positions, BGR colours, a protected sheet refusing every write.
import {
  cellAt,
  cellFor,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  emptyCell,
  isErrorText,
  MAX_COLS,
  MAX_ROWS,
  POINTS_PER_CHAR,
  SimCell,
  SimSheet,
  SimValue,
} from "./model";
import type { SimEnv } from "./env";

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const ERROR_CODES: Record<string, number> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};
const ERROR_BASE = -2146828288;

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colNumber(l: string): number {
  let n = 0;
  for (const ch of l) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "A1", "B2:D9", "$A$1", "C:C", "3:5" → a rectangle; throws like ET on anything else. */
export function parseAddress(a: string): Rect {
  const s = a.replace(/\$/g, "").toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(s);
  if (m) {
    const c1 = colNumber(m[1]),
      r1 = Number(m[2]);
    const c2 = m[3] ? colNumber(m[3]) : c1,
      r2 = m[4] ? Number(m[4]) : r1;
    return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(s);
  if (m) return { row: 1, col: colNumber(m[1]), rows: MAX_ROWS, cols: colNumber(m[2]) - colNumber(m[1]) + 1 };
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return { row: Number(m[1]), col: 1, rows: Number(m[2]) - Number(m[1]) + 1, cols: MAX_COLS };
  throw new Error(`Range("${a}"): 不是有效的引用`);
}

export function addressOf(r: Rect): string {
  const first = `$${letters(r.col)}$${r.row}`;
  return r.rows === 1 && r.cols === 1 ? first : `${first}:$${letters(r.col + r.cols - 1)}$${r.row + r.rows - 1}`;
}

/** One value, or null when they differ. */
function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

export class SimRange {
  constructor(
    private readonly env: SimEnv,
    readonly sheet: SimSheet,
    readonly rect: Rect,
  ) {}

  private get wholeColumns(): boolean {
    return this.rect.rows === MAX_ROWS;
  }

  private get wholeRows(): boolean {
    return this.rect.cols === MAX_COLS;
  }

  /** Existing cells only for whole rows or columns (a million cells otherwise). */
  private cells(): SimCell[] {
    if (this.wholeColumns || this.wholeRows) {
      const out: SimCell[] = [];
      this.sheet.cells.forEach((cell, k) => {
        const [r, c] = k.split(",").map(Number);
        if (
          r >= this.rect.row &&
          r < this.rect.row + this.rect.rows &&
          c >= this.rect.col &&
          c < this.rect.col + this.rect.cols
        )
          out.push(cell);
      });
      return out;
    }
    const out: SimCell[] = [];
    for (let r = 0; r < this.rect.rows; r++)
      for (let c = 0; c < this.rect.cols; c++) out.push(cellAt(this.sheet, this.rect.row + r, this.rect.col + c));
    return out;
  }

  private forEachCell(write: (cell: SimCell, r: number, c: number) => void): void {
    this.env.write(this.sheet);
    if (this.wholeColumns || this.wholeRows) {
      this.cells().forEach((cell) => write(cell, 0, 0));
      return;
    }
    for (let r = 0; r < this.rect.rows; r++)
      for (let c = 0; c < this.rect.cols; c++) write(cellFor(this.sheet, this.rect.row + r, this.rect.col + c), r, c);
  }

  // Position and size (properties in the JS API)
  get Row(): number {
    return this.rect.row;
  }
  get Column(): number {
    return this.rect.col;
  }
  get Rows() {
    return { Count: this.rect.rows };
  }
  get Columns() {
    return { Count: this.rect.cols };
  }
  get Count(): number {
    return this.rect.rows * this.rect.cols;
  }
  get EntireColumn(): SimRange {
    return new SimRange(this.env, this.sheet, { row: 1, col: this.rect.col, rows: MAX_ROWS, cols: this.rect.cols });
  }
  get EntireRow(): SimRange {
    return new SimRange(this.env, this.sheet, { row: this.rect.row, col: 1, rows: this.rect.rows, cols: MAX_COLS });
  }
  get Cells(): SimRange {
    return this;
  }
  get Worksheet() {
    return this.env.worksheet(this.sheet);
  }

  // Methods in the JS API (properties in VBA)
  Address(): string {
    return addressOf(this.rect);
  }
  Item(row: number, col = 1): SimRange {
    return new SimRange(this.env, this.sheet, {
      row: this.rect.row + row - 1,
      col: this.rect.col + col - 1,
      rows: 1,
      cols: 1,
    });
  }
  Resize(rows?: number, cols?: number): SimRange {
    return new SimRange(this.env, this.sheet, {
      ...this.rect,
      rows: rows ?? this.rect.rows,
      cols: cols ?? this.rect.cols,
    });
  }
  /** Read-only in the JS API: "要给单元格赋值，请用Range.Value2属性". */
  Value(): unknown {
    return this.Value2;
  }

  // Values
  private read(cell: SimCell): unknown {
    if (cell.value === null) return this.env.options.empty;
    if (cell.error && this.env.options.errors === "code") return ERROR_BASE + ERROR_CODES[cell.value as string];
    return cell.value;
  }

  get Value2(): unknown {
    const { rows, cols } = this.rect;
    const grid: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < cols; c++) line.push(this.read(cellAt(this.sheet, this.rect.row + r, this.rect.col + c)));
      grid.push(line);
    }
    if (rows === 1 && cols === 1) return grid[0][0];
    if (this.env.options.vectorShape === "flat" && (rows === 1 || cols === 1))
      return rows === 1 ? grid[0] : grid.map((l) => l[0]);
    return grid;
  }

  set Value2(v: unknown) {
    if (!Array.isArray(v)) {
      this.forEachCell((cell) => this.put(cell, v, false));
      return;
    }
    const { rows, cols } = this.rect;
    const grid: unknown[][] = Array.isArray(v[0])
      ? (v as unknown[][])
      : rows === 1
        ? [v]
        : (v as unknown[]).map((x) => [x]);
    if (grid.length !== rows || grid.some((l) => l.length !== cols))
      throw new Error(
        `Value2: an array of ${grid.length}×${grid[0] ? grid[0].length : 0} for a range of ${rows}×${cols}`,
      );
    this.forEachCell((cell, r, c) => this.put(cell, grid[r][c], true));
  }

  /** What ET makes of one written value, by the cell's number format. */
  private put(cell: SimCell, v: unknown, inArray: boolean): void {
    if ((v === null || v === undefined) && inArray && this.env.options.nullWrite === "keep") return;
    delete cell.formula;
    delete cell.error;
    delete cell.prefix;
    if (v === null || v === undefined || v === "") {
      cell.value = null;
      return;
    }
    if (typeof v === "number" || typeof v === "boolean") {
      cell.value = v;
      return;
    }
    if (typeof v !== "string") throw new Error("Value2: cannot write " + typeof v);
    if (v.charAt(0) === "'") {
      cell.value = v.slice(1);
      cell.prefix = true;
      return;
    }
    const asText = cell.numberFormat === "@" && this.env.options.textFormat === "honoured";
    if (asText) cell.value = v;
    else if (v.charAt(0) === "=" && v.length > 1) {
      cell.formula = v;
      cell.value = "#NAME?"; // the simulator evaluates nothing
      cell.error = true;
    } else if (NUMBER.test(v)) cell.value = Number(v);
    else if (/^(TRUE|FALSE)$/i.test(v)) cell.value = v.toUpperCase() === "TRUE";
    else cell.value = v;
  }

  get HasFormula(): boolean | null {
    return uniform(this.cells().map((c) => c.formula !== undefined));
  }
  get Formula(): unknown {
    const { rows, cols } = this.rect;
    const grid = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const cell = cellAt(this.sheet, this.rect.row + r, this.rect.col + c);
        return cell.formula ?? (cell.value === null ? "" : cell.value);
      }),
    );
    return rows === 1 && cols === 1 ? grid[0][0] : grid;
  }
  get Text(): string | null {
    return uniform(this.cells().map((c) => (c.value === null ? "" : String(c.value))));
  }

  // Formats
  get NumberFormat(): string | null {
    return uniform(this.cells().map((c) => c.numberFormat));
  }
  set NumberFormat(f: string | null) {
    if (typeof f !== "string") throw new Error("NumberFormat: a string is needed");
    this.forEachCell((cell) => (cell.numberFormat = f));
  }
  get WrapText(): boolean | null {
    return uniform(this.cells().map((c) => c.wrap));
  }
  set WrapText(w: boolean | null) {
    this.forEachCell((cell) => (cell.wrap = w === true));
  }

  get Interior() {
    const self = this;
    return {
      get Color(): number | null {
        return uniform(self.cells().map((c) => (c.color === null ? 0xffffff : c.color)));
      },
      set Color(bgr: number | null) {
        if (typeof bgr !== "number" || bgr < 0 || bgr > 0xffffff) throw new Error("Interior.Color: not a colour");
        self.forEachCell((cell) => (cell.color = bgr));
      },
      get ColorIndex(): number | null {
        return uniform(self.cells().map((c) => (c.color === null ? -4142 : 0)));
      },
      set ColorIndex(i: number | null) {
        if (i !== -4142 && i !== 0) throw new Error("Interior.ColorIndex: the simulator knows xlNone (-4142) only");
        self.forEachCell((cell) => (cell.color = null));
      },
    };
  }

  get Font() {
    const self = this;
    return {
      get Bold(): boolean | null {
        return uniform(self.cells().map((c) => c.bold));
      },
      set Bold(b: boolean | null) {
        self.forEachCell((cell) => (cell.bold = b === true));
      },
    };
  }

  // Sizes: ColumnWidth in characters, RowHeight and Left/Top in points
  get ColumnWidth(): number | null {
    const widths: number[] = [];
    for (let c = this.rect.col; c < this.rect.col + Math.min(this.rect.cols, 256); c++)
      widths.push(this.sheet.colWidths.get(c) ?? DEFAULT_WIDTH);
    return uniform(widths);
  }
  set ColumnWidth(w: number | null) {
    if (typeof w !== "number" || w < 0 || w > 255) throw new Error("ColumnWidth: 0–255 characters");
    this.env.write(this.sheet);
    for (let c = this.rect.col; c < this.rect.col + this.rect.cols; c++) this.sheet.colWidths.set(c, w);
  }
  get RowHeight(): number | null {
    const heights: number[] = [];
    for (let r = this.rect.row; r < this.rect.row + Math.min(this.rect.rows, MAX_ROWS); r++)
      heights.push(this.sheet.rowHeights.get(r) ?? DEFAULT_HEIGHT);
    return uniform(heights);
  }
  set RowHeight(h: number | null) {
    if (typeof h !== "number" || h < 0 || h > 409) throw new Error("RowHeight: 0–409 points");
    this.env.write(this.sheet);
    for (let r = this.rect.row; r < this.rect.row + this.rect.rows; r++) this.sheet.rowHeights.set(r, h);
  }
  get Left(): number {
    let x = 0;
    for (let c = 1; c < this.rect.col; c++) x += (this.sheet.colWidths.get(c) ?? DEFAULT_WIDTH) * POINTS_PER_CHAR;
    return x;
  }
  get Top(): number {
    let y = 0;
    for (let r = 1; r < this.rect.row; r++) y += this.sheet.rowHeights.get(r) ?? DEFAULT_HEIGHT;
    return y;
  }

  /** As in Excel, only a range of the active sheet can be selected: Activate the sheet first. */
  Select(): boolean {
    const book = this.env.book;
    if (book.sheets[book.active] !== this.sheet) throw new Error("Select: 选定区域不在活动工作表上");
    book.selection = { sheet: this.sheet.name, address: addressOf(this.rect).replace(/\$/g, "") };
    return true;
  }
  Merge(): boolean {
    this.env.write(this.sheet);
    if (!this.sheet.merges) this.sheet.merges = [];
    this.sheet.merges.push(addressOf(this.rect).replace(/\$/g, ""));
    return true;
  }

  // Clearing
  ClearContents(): boolean {
    this.forEachCell((cell) => {
      cell.value = null;
      delete cell.formula;
      delete cell.error;
      delete cell.prefix;
    });
    return true;
  }
  Clear(): boolean {
    this.forEachCell((cell) =>
      Object.assign(cell, emptyCell(), { formula: undefined, error: undefined, prefix: undefined }),
    );
    return true;
  }
}

export { isErrorText };
export type { SimValue };
