// The simulated ET Application, Workbook, Sheets and Worksheet over the model (model.ts), with the
// quirks WPS-NOTES lists: synchronous calls, 1-based collections, Add placing a sheet before the active
// one unless told otherwise and activating it, no runtime enums, PluginStorage in memory, ribbon
// InvalidateControl recorded. Open questions answer as SimOptions say.
import { chartObjects, shapes } from "./charts";
import { SimEnv, SimLog, protectedError } from "./env";
import { newSheet, SimBook, SimSheet, usedRect, MAX_COLS, MAX_ROWS } from "./model";
import { DEFAULT_OPTIONS, SimOptions } from "./options";
import { parseAddress, SimRange } from "./range";

export interface SimTaskPane {
  ID: number;
  url: string;
  title?: string;
  Visible: boolean;
  DockPosition: number;
}

export class SimWorksheet {
  constructor(
    private readonly env: SimEnv,
    readonly sheet: SimSheet,
  ) {}
  get Name(): string {
    return this.sheet.name;
  }
  set Name(name: string) {
    if (this.env.book.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`工作表名称“${name}”已被占用`);
    this.sheet.name = name;
  }
  get Index(): number {
    return this.env.book.sheets.indexOf(this.sheet) + 1;
  }
  get ProtectContents(): boolean {
    return this.sheet.protectContents;
  }
  get UsedRange(): SimRange | undefined {
    if (this.sheet.chartSheet) return undefined;
    return new SimRange(this.env, this.sheet, usedRect(this.sheet));
  }
  get Cells(): SimRange {
    return new SimRange(this.env, this.sheet, { row: 1, col: 1, rows: MAX_ROWS, cols: MAX_COLS });
  }
  Range(a: string, b?: string): SimRange {
    this.env.log.ranges++;
    if (b === undefined && a.indexOf(",") >= 0) return this.areas(a.split(","));
    const r = parseAddress(a);
    if (b === undefined) return new SimRange(this.env, this.sheet, r);
    const s = parseAddress(b);
    const row = Math.min(r.row, s.row),
      col = Math.min(r.col, s.col);
    return new SimRange(this.env, this.sheet, {
      row,
      col,
      rows: Math.max(r.row + r.rows, s.row + s.rows) - row,
      cols: Math.max(r.col + r.cols, s.col + s.cols) - col,
    });
  }
  /** A multi-area range: what SimOptions.multiArea says; "works" takes the setters the adapter uses. */
  private areas(addresses: string[]): SimRange {
    const mode = this.env.options.multiArea;
    if (mode === "throws") throw new Error(`Range("${addresses.join(",")}"): 不是有效的引用`);
    const ranges = addresses.map((x) => new SimRange(this.env, this.sheet, parseAddress(x)));
    if (mode === "first-only") return ranges[0];
    const all = {
      set NumberFormat(f: string) {
        ranges.forEach((r) => (r.NumberFormat = f));
      },
      Interior: {
        set Color(v: number) {
          ranges.forEach((r) => (r.Interior.Color = v));
        },
      },
      Font: {
        set Bold(v: boolean) {
          ranges.forEach((r) => (r.Font.Bold = v));
        },
      },
      set RowHeight(h: number) {
        ranges.forEach((r) => (r.RowHeight = h));
      },
    };
    return all as unknown as SimRange;
  }
  get PageSetup() {
    if (this.env.options.pageSetup === "throws") throw new Error("PageSetup: 没有安装打印机");
    return this.sheet.page;
  }
  ChartObjects() {
    return chartObjects(this.env, this.sheet);
  }
  get Shapes() {
    return shapes(this.env, this.sheet);
  }
  Activate(): void {
    this.env.book.active = this.env.book.sheets.indexOf(this.sheet);
  }
  /** Refused in a locked structure; with DisplayAlerts on, ET would ask the user first: the simulator refuses. */
  Delete(): void {
    const book = this.env.book;
    if (book.protectStructure) throw new Error("工作簿受保护，不能删除工作表");
    if (this.env.app.DisplayAlerts !== false) throw new Error("Delete: DisplayAlerts is on (WPS would ask the user)");
    const i = book.sheets.indexOf(this.sheet);
    const active = book.sheets[book.active];
    book.sheets.splice(i, 1);
    const still = book.sheets.indexOf(active);
    book.active = still >= 0 ? still : Math.min(i, book.sheets.length - 1);
  }
}

export class SimSheets {
  constructor(private readonly env: SimEnv) {}
  get Count(): number {
    return this.env.book.sheets.length;
  }
  Item(index: number | string): SimWorksheet | null {
    const sheets = this.env.book.sheets;
    const sheet =
      typeof index === "number"
        ? sheets[index - 1]
        : sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
    if (sheet) return this.env.worksheet(sheet) as SimWorksheet;
    if (typeof index === "string" && this.env.options.missingItem === "null") return null;
    throw new Error(`Item(${JSON.stringify(index)}): 下标越界`);
  }
  /** Positional only; neither Before nor After: before the active sheet. The new sheet is activated. */
  Add(before?: SimWorksheet | null, after?: SimWorksheet | null, count?: number, type?: number): SimWorksheet | null {
    if (count !== undefined && count !== 1) throw new Error("Add: the simulator adds one sheet at a time");
    if (type !== undefined && type !== -4167) throw new Error("Add: worksheets only");
    const book = this.env.book;
    if (book.protectStructure) throw new Error("工作簿受保护，不能添加工作表");
    let n = book.sheets.length + 1;
    while (book.sheets.some((s) => s.name === "Sheet" + n)) n++;
    const sheet = newSheet("Sheet" + n);
    const at = after ? book.sheets.indexOf(after.sheet) + 1 : before ? book.sheets.indexOf(before.sheet) : book.active;
    book.sheets.splice(at, 0, sheet);
    book.active = at;
    this.env.log.writes++;
    return this.env.options.addReturns === "sheet" ? (this.env.worksheet(sheet) as SimWorksheet) : null;
  }
}

export class SimWorkbook {
  constructor(private readonly env: SimEnv) {}
  get Name(): string {
    return this.env.book.name;
  }
  get Worksheets(): SimSheets {
    return new SimSheets(this.env);
  }
  get Sheets(): SimSheets {
    return this.Worksheets;
  }
  get ActiveSheet(): SimWorksheet | null {
    const sheet = this.env.book.sheets[this.env.book.active];
    return sheet ? (this.env.worksheet(sheet) as SimWorksheet) : null;
  }
  get ProtectStructure(): boolean {
    return this.env.book.protectStructure;
  }
}

export interface SimHost {
  Application: Record<string, unknown>;
  env: SimEnv;
  log: SimLog;
  book: SimBook;
  panes: SimTaskPane[];
  storage: Map<string, unknown>;
  invalidated: string[];
  sheet(name: string): SimSheet | undefined;
  /** window.Application = this Application (and wps), undone by the returned function. */
  install(): () => void;
}

export function createEt(book: SimBook, options: Partial<SimOptions> = {}): SimHost {
  const opts: SimOptions = { ...DEFAULT_OPTIONS, ...options };
  const app = { ScreenUpdating: true, DisplayAlerts: true };
  const log: SimLog = { writes: 0, writesWithScreenOn: 0, ranges: 0 };
  const wrappers = new Map<SimSheet, SimWorksheet>();
  const env: SimEnv = {
    book,
    options: opts,
    app,
    log,
    write(sheet) {
      if (sheet.protectContents) throw protectedError(sheet);
      log.writes++;
      if (app.ScreenUpdating) log.writesWithScreenOn++;
    },
    worksheet(sheet) {
      let w = wrappers.get(sheet);
      if (!w) {
        w = new SimWorksheet(env, sheet);
        wrappers.set(sheet, w);
      }
      return w;
    },
  };
  const panes: SimTaskPane[] = [];
  const storage = new Map<string, unknown>();
  const invalidated: string[] = [];
  const workbook = new SimWorkbook(env);
  let calculation = -4105;
  let statusBar: string | boolean = false;

  const Application: Record<string, unknown> = {
    get ActiveWorkbook() {
      return book.sheets.length > 0 ? workbook : null;
    },
    get ActiveSheet() {
      return workbook.ActiveSheet;
    },
    get Worksheets() {
      return workbook.Worksheets;
    },
    get ScreenUpdating() {
      return app.ScreenUpdating;
    },
    set ScreenUpdating(v: boolean) {
      app.ScreenUpdating = v === true;
    },
    get Calculation() {
      return calculation;
    },
    set Calculation(v: number) {
      if (v !== -4105 && v !== -4135 && v !== 2) throw new Error("Calculation: not an XlCalculation");
      calculation = v;
    },
    get DisplayAlerts() {
      return app.DisplayAlerts;
    },
    set DisplayAlerts(v: boolean) {
      app.DisplayAlerts = v === true;
    },
    get StatusBar() {
      return statusBar;
    },
    set StatusBar(v: string | boolean) {
      statusBar = v;
    },
    GetTaskPane(id: number) {
      return panes.find((p) => p.ID === id) || null;
    },
    PluginStorage: {
      getItem: (k: string) => {
        if (!storage.has(k)) return null;
        const v = storage.get(k);
        return opts.storage === "string" ? String(v) : v;
      },
      setItem: (k: string, v: unknown) => storage.set(k, v),
      removeItem: (k: string) => storage.delete(k),
      clear: () => storage.clear(),
    },
    ribbonUI: { InvalidateControl: (id: string) => invalidated.push(id), Invalidate: () => invalidated.push("*") },
  };
  Application[opts.paneMethod] = (url: string, title?: string) => {
    const pane: SimTaskPane = { ID: 1000 + panes.length, url, title, Visible: false, DockPosition: 0 };
    panes.push(pane);
    return pane;
  };
  return {
    Application,
    env,
    log,
    book,
    panes,
    storage,
    invalidated,
    sheet: (name) => book.sheets.find((s) => s.name === name),
    install() {
      const g = globalThis as Record<string, unknown>;
      const before = { Application: g.Application, wps: g.wps };
      g.Application = Application;
      g.wps = Application;
      return () => {
        g.Application = before.Application;
        g.wps = before.wps;
      };
    },
  };
}
