// Excel.RangeAreas (ExcelApi 1.9): the rectangles of one Worksheet.getRanges("A1:A3,C7") call.
// Excel silently truncates an address list beyond 8,192 characters (and fails around 8,200,
// office-js#5198); the simulator refuses it with InvalidArgument so a too-long list is a test
// failure, not a half-painted sheet.
import { parseAddress, qualify, Rect } from "./address";
import { propNames, SimContext, SimObject } from "./context";
import { SimExcelError } from "./errors";
import { SimCell, SimSheet, updateCell } from "./model";
import { writableSheet } from "./range";

export const MAX_ADDRESS_CHARS = 8192;

interface AreasTarget {
  sheet: SimSheet;
  rects: Rect[];
}

/** "A1:A3, C7,D2" → rectangles; null when the list is empty, too long or has a bad part. */
export function parseAddressList(address: string): Rect[] | null {
  if (address.length === 0 || address.length > MAX_ADDRESS_CHARS) return null;
  const rects = address.split(",").map((part) => parseAddress(part.trim()));
  return rects.every((r): r is Rect => r !== null) ? rects : null;
}

export class SimRangeAreas extends SimObject {
  private target: AreasTarget | null | undefined;
  readonly format: {
    fill: { color: string; clear(): void };
    font: { bold: boolean };
  };

  constructor(ctx: SimContext, address: string, sheet: () => SimSheet | null) {
    super(ctx);
    ctx.enqueue({
      label: "Worksheet.getRanges", api: 9, payload: address,
      run: () => {
        const s = sheet();
        if (!s) { this.target = null; return undefined; }
        const rects = parseAddressList(address);
        if (!rects) throw new SimExcelError("InvalidArgument", "Worksheet.getRanges");
        this.target = { sheet: s, rects };
        return undefined;
      },
      apply: () => this.receive({ isNullObject: this.target === null }),
    });
    const paint = (label: string, payload: unknown, change: (c: SimCell) => void) => this.paint(label, payload, change);
    this.format = {
      fill: {
        set color(v: string) { paint("RangeAreasFill.color", v, (c) => { c.fill = v.toUpperCase(); }); },
        get color(): string { throw new SimExcelError("PropertyNotLoaded", "RangeFill.color", "color"); },
        clear: () => paint("RangeAreasFill.clear", undefined, (c) => { c.fill = null; }),
      },
      font: {
        set bold(v: boolean) { paint("RangeAreasFont.bold", v, (c) => { c.bold = v; }); },
        get bold(): boolean { throw new SimExcelError("PropertyNotLoaded", "RangeFont.bold", "bold"); },
      },
    };
  }

  get isNullObject(): boolean { return this.get("isNullObject"); }
  get address(): string { return this.get("address"); }
  get areaCount(): number { return this.get("areaCount"); }
  get cellCount(): number { return this.get("cellCount"); }

  load(spec?: unknown): this {
    const names = propNames(spec);
    this.ctx.enqueue({
      label: "RangeAreas.load", api: 9, payload: names,
      run: () => {
        const t = this.resolved();
        const out: Record<string, unknown> = {};
        for (const n of names) {
          if (n === "address") out.address = t ? t.rects.map((r) => qualify(t.sheet.name, r)).join(",") : null;
          else if (n === "areaCount") out.areaCount = t ? t.rects.length : null;
          else if (n === "cellCount") out.cellCount = t ? t.rects.reduce((k, r) => k + r.rows * r.cols, 0) : null;
          else throw new SimExcelError("InvalidArgument", "RangeAreas.load", n);
        }
        return out;
      },
      apply: (r) => this.receive(r as Record<string, unknown>),
    });
    return this;
  }

  private resolved(): AreasTarget | null {
    if (this.target === undefined) throw new SimExcelError("GeneralException", "RangeAreas", "unresolved");
    return this.target;
  }

  private paint(label: string, payload: unknown, change: (c: SimCell) => void): void {
    this.ctx.enqueue({
      label, api: 9, payload,
      run: () => {
        const t = this.resolved();
        if (!t) throw new SimExcelError("InvalidOperation", label);
        writableSheet(t.sheet, label);
        for (const r of t.rects) {
          for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) updateCell(t.sheet, r.row + i, r.col + j, change);
        }
        return undefined;
      },
    });
  }
}
