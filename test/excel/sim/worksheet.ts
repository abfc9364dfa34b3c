// Excel.Worksheet, WorksheetCollection and WorksheetProtection in the simulator.
import { parseAddress } from "./address";
import { SimChartCollection } from "./chart";
import { propNames, SimContext, SimObject } from "./context";
import { SimExcelError } from "./errors";
import { newSheet, SimSheet, usedRect } from "./model";
import { SimRange, writableSheet } from "./range";
import { SimRangeAreas } from "./range-areas";
import { SimPageLayoutProxy } from "./page-layout";

const GRID = { rows: 1_048_576, cols: 16_384 };

export class SimWorksheet extends SimObject {
  private target: SimSheet | null | undefined;
  readonly protection: SimProtection;
  readonly charts: SimChartCollection;
  /** ExcelApi 1.9: every operation on it is refused with ApiNotFound below. */
  readonly pageLayout: SimPageLayoutProxy;

  constructor(ctx: SimContext, label: string, api: number, payload: unknown, resolve: (() => SimSheet | null) | SimSheet) {
    super(ctx);
    this.protection = new SimProtection(ctx, this);
    this.charts = new SimChartCollection(ctx, this);
    this.pageLayout = new SimPageLayoutProxy(ctx, (where) => this.liveSheet(where));
    if (typeof resolve !== "function") {
      this.target = resolve; // an item of a loaded collection: already known
      return;
    }
    ctx.enqueue({
      label, api, payload,
      run: () => { this.target = resolve(); return undefined; },
      apply: () => this.receive({ isNullObject: this.target === null }),
    });
  }

  sheet(): SimSheet | null {
    if (this.target === undefined) throw new SimExcelError("GeneralException", "Worksheet", "unresolved");
    if (this.target?.deleted) throw new SimExcelError("ItemNotFound", "Worksheet");
    return this.target;
  }

  liveSheet(where: string): SimSheet {
    const s = this.sheet();
    if (!s) throw new SimExcelError("InvalidOperation", where);
    return s;
  }

  get isNullObject(): boolean { return this.get("isNullObject"); }
  get name(): string { return this.get("name"); }
  set name(v: string) {
    this.ctx.enqueue({ label: "Worksheet.name", api: 1, payload: v, run: () => { this.liveSheet("Worksheet.name").name = v; return undefined; } });
  }

  load(spec?: unknown): this {
    const names = propNames(spec);
    const api = names.includes("protection/protected") ? 2 : 1;
    this.ctx.enqueue({
      label: "Worksheet.load", api, payload: names,
      run: () => {
        const s = this.sheet();
        const out: Record<string, unknown> = {};
        for (const n of names) {
          if (n === "name") out.name = s ? s.name : null;
          else if (n === "protection/protected") out.protected = s ? s.protected : null;
          else throw new SimExcelError("InvalidArgument", "Worksheet.load", n);
        }
        return out;
      },
      apply: (r) => {
        const { protected: p, ...rest } = r as Record<string, unknown>;
        this.receive(rest);
        if (p !== undefined) this.protection.receive({ protected: p });
      },
    });
    return this;
  }

  private range(label: string, api: number, payload: unknown, rect: (s: SimSheet) => ReturnType<typeof parseAddress>): SimRange {
    return new SimRange(this.ctx, label, api, payload, () => {
      const s = this.sheet();
      if (!s) return null;
      const r = rect(s);
      if (!r) throw new SimExcelError("InvalidArgument", label);
      return { sheet: s, rect: r };
    });
  }

  getRange(address?: string): SimRange {
    return this.range("Worksheet.getRange", 1, address, () =>
      address === undefined ? { row: 0, col: 0, ...GRID } : parseAddress(address));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.range("Worksheet.getRangeByIndexes", 7, [startRow, startColumn, rowCount, columnCount], () => ({
      row: startRow, col: startColumn, rows: rowCount, cols: columnCount,
    }));
  }

  /** ExcelApi 1.9: comma-separated A1 addresses → RangeAreas (refused beyond 8,192 characters). */
  getRanges(address: string): SimRangeAreas {
    return new SimRangeAreas(this.ctx, address, () => this.sheet());
  }

  getCell(row: number, column: number): SimRange {
    return this.range("Worksheet.getCell", 1, [row, column], () => ({ row, col: column, rows: 1, cols: 1 }));
  }

  /** valuesOnly needs ExcelApi 1.2; a blank sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): SimRange {
    const api = valuesOnly === undefined ? 1 : 2;
    return this.range("Worksheet.getUsedRange", api, valuesOnly, (s) => usedRect(s, valuesOnly === true));
  }

  activate(): void {
    this.ctx.enqueue({
      label: "Worksheet.activate", api: 1,
      run: () => { this.ctx.host.workbook.active = this.liveSheet("Worksheet.activate"); return undefined; },
    });
  }

  delete(): void {
    this.ctx.enqueue({
      label: "Worksheet.delete", api: 1, noUndo: true,
      run: () => {
        const wb = this.ctx.host.workbook;
        const s = this.liveSheet("Worksheet.delete");
        if (wb.sheets.length === 1) throw new SimExcelError("InvalidOperation", "Worksheet.delete");
        s.deleted = true;
        wb.sheets = wb.sheets.filter((x) => x !== s);
        if (wb.active === s) wb.active = wb.sheets[0];
        return undefined;
      },
    });
  }
}

export class SimProtection extends SimObject {
  constructor(ctx: SimContext, private readonly worksheet: SimWorksheet) {
    super(ctx);
  }
  get protected(): boolean { return this.get("protected"); }
  load(spec?: unknown): this {
    const names = propNames(spec);
    this.ctx.enqueue({
      label: "WorksheetProtection.load", api: 2, payload: names,
      run: () => ({ protected: this.worksheet.liveSheet("WorksheetProtection.load").protected }),
      apply: (r) => this.receive(r as Record<string, unknown>),
    });
    return this;
  }
  protect(): void { this.toggle(true); }
  unprotect(): void { this.toggle(false); }
  private toggle(on: boolean): void {
    const label = on ? "WorksheetProtection.protect" : "WorksheetProtection.unprotect";
    this.ctx.enqueue({ label, api: 2, noUndo: true, run: () => { this.worksheet.liveSheet(label).protected = on; return undefined; } });
  }
}

export class SimWorksheetCollection extends SimObject {
  private loadedItems: SimWorksheet[] | undefined;

  get items(): SimWorksheet[] {
    if (!this.loadedItems) throw new SimExcelError("PropertyNotLoaded", "WorksheetCollection.items", "items");
    return this.loadedItems;
  }

  /** load("items/name") or load("name"): the sheets in order, each with its name loaded. */
  load(spec?: unknown): this {
    const names = propNames(spec).map((n) => n.replace(/^items\//, ""));
    this.ctx.enqueue({
      label: "WorksheetCollection.load", api: 1, payload: names,
      run: () => this.ctx.host.workbook.sheets.map((s) => ({ name: s.name, sheet: s })),
      apply: (r) => {
        this.loadedItems = (r as { name: string; sheet: SimSheet }[]).map(({ name, sheet }) => {
          const ws = new SimWorksheet(this.ctx, "", 1, undefined, sheet);
          ws.receive({ name });
          return ws;
        });
      },
    });
    return this;
  }

  private find(name: string): SimSheet | undefined {
    const lower = name.toLowerCase();
    return this.ctx.host.workbook.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  getItem(name: string): SimWorksheet {
    return new SimWorksheet(this.ctx, "WorksheetCollection.getItem", 1, name, () => {
      const s = this.find(name);
      if (!s) throw new SimExcelError("ItemNotFound", "WorksheetCollection.getItem");
      return s;
    });
  }

  getItemOrNullObject(name: string): SimWorksheet {
    return new SimWorksheet(this.ctx, "WorksheetCollection.getItemOrNullObject", 4, name, () => this.find(name) ?? null);
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.ctx, "WorksheetCollection.getActiveWorksheet", 1, undefined, () => {
      const s = this.ctx.host.workbook.active;
      if (!s) throw new SimExcelError("ItemNotFound", "WorksheetCollection.getActiveWorksheet");
      return s;
    });
  }

  add(name?: string): SimWorksheet {
    return new SimWorksheet(this.ctx, "WorksheetCollection.add", 1, name, () => {
      const wb = this.ctx.host.workbook;
      const wanted = name ?? `Sheet${wb.sheets.length + 1}`;
      if (this.find(wanted)) throw new SimExcelError("ItemAlreadyExists", "WorksheetCollection.add");
      const s = newSheet(wanted);
      wb.sheets.push(s);
      return s;
    });
  }
}

export { writableSheet };
