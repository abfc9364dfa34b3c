// Worksheet.pageLayout (ExcelApi 1.9): every member refuses with ApiNotFound on older hosts, like Excel.
import { parseAddress } from "./address";
import { propNames, SimContext, SimObject } from "./context";
import { SimExcelError } from "./errors";
import type { SimPageLayout, SimSheet } from "./model";

const API = 9;
const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
const PAPERS = new Set(["A3", "A4", "A5", "B4", "B5", "Letter", "Legal", "Executive", "Tabloid"]);
const HF_PROPS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
const LAYOUT_PROPS = ["orientation", "paperSize", "zoom", "printGridlines", "printHeadings"];

type Sheet = (where: string) => SimSheet;

/** A *OrNullObject result: only isNullObject (and address) can be loaded. */
class SimNullable extends SimObject {
  constructor(ctx: SimContext, label: string, read: () => string | null) {
    super(ctx);
    ctx.enqueue({
      label, api: API,
      run: () => read(),
      apply: (r) => this.receive({ isNullObject: r === null, address: r }),
    });
  }
  get isNullObject(): boolean { return this.get("isNullObject"); }
  load(spec?: unknown): this {
    for (const n of propNames(spec)) if (n !== "isNullObject" && n !== "address") throw new SimExcelError("InvalidArgument", "load", n);
    return this;
  }
}

class SimHeaderFooter extends SimObject {
  constructor(ctx: SimContext, private readonly sheet: Sheet) {
    super(ctx);
    for (const prop of HF_PROPS) {
      Object.defineProperty(this, prop, {
        get: () => this.get(prop),
        set: (v: string) => ctx.enqueue({
          label: `HeaderFooter.${prop}`, api: API, payload: v,
          run: () => { this.sheet(`HeaderFooter.${prop}`).pageLayout.headersFooters[prop] = v; return undefined; },
        }),
      });
    }
  }
  load(spec?: unknown): this {
    const names = propNames(spec);
    this.ctx.enqueue({
      label: "HeaderFooter.load", api: API, payload: names,
      run: () => {
        const hf = this.sheet("HeaderFooter.load").pageLayout.headersFooters;
        const out: Record<string, unknown> = {};
        for (const n of names) {
          if (HF_PROPS.indexOf(n) < 0) throw new SimExcelError("InvalidArgument", "HeaderFooter.load", n);
          out[n] = hf[n] ?? "";
        }
        return out;
      },
      apply: (r) => this.receive(r as Record<string, unknown>),
    });
    return this;
  }
}

export class SimPageLayoutProxy extends SimObject {
  readonly headersFooters: { defaultForAllPages: SimHeaderFooter };

  constructor(ctx: SimContext, private readonly sheet: Sheet) {
    super(ctx);
    this.headersFooters = { defaultForAllPages: new SimHeaderFooter(ctx, sheet) };
  }

  private set(prop: keyof SimPageLayout, value: unknown, valid: boolean): void {
    const label = `PageLayout.${prop}`;
    this.ctx.enqueue({
      label, api: API, payload: value,
      run: () => {
        const s = this.sheet(label);
        if (s.protected) throw new SimExcelError("AccessDenied", label);
        if (!valid) throw new SimExcelError("InvalidArgument", label);
        (s.pageLayout as unknown as Record<string, unknown>)[prop] = value;
        return undefined;
      },
    });
  }

  get orientation(): string { return this.get("orientation"); }
  set orientation(v: string) { this.set("orientation", v, ORIENTATIONS.has(v)); }
  get paperSize(): string { return this.get("paperSize"); }
  set paperSize(v: string) { this.set("paperSize", v, PAPERS.has(v)); }
  get printGridlines(): boolean { return this.get("printGridlines"); }
  get printHeadings(): boolean { return this.get("printHeadings"); }
  get zoom(): SimPageLayout["zoom"] { return this.get("zoom"); }
  /** Set as a whole object, as Office.js requires; a scale with fit-to-pages is refused. */
  set zoom(v: SimPageLayout["zoom"]) {
    const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
    this.set("zoom", { ...v }, !(fit && v.scale !== undefined));
  }

  load(spec?: unknown): this {
    const names = propNames(spec);
    this.ctx.enqueue({
      label: "PageLayout.load", api: API, payload: names,
      run: () => {
        const pl = this.sheet("PageLayout.load").pageLayout as unknown as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const n of names) {
          if (LAYOUT_PROPS.indexOf(n) < 0) throw new SimExcelError("InvalidArgument", "PageLayout.load", n);
          out[n] = n === "zoom" ? { ...(pl.zoom as object) } : pl[n];
        }
        return out;
      },
      apply: (r) => this.receive(r as Record<string, unknown>),
    });
    return this;
  }

  /** "$3:$4" (whole rows) or a Range's address. */
  setPrintTitleRows(rows: string): void {
    this.ctx.enqueue({
      label: "PageLayout.setPrintTitleRows", api: API, payload: rows,
      run: () => {
        const s = this.sheet("PageLayout.setPrintTitleRows");
        if (!/^\$?\d+:\$?\d+$/.test(rows) && !parseAddress(rows)) throw new SimExcelError("InvalidArgument", "PageLayout.setPrintTitleRows");
        s.pageLayout.printTitleRows = rows;
        return undefined;
      },
    });
  }

  getPrintTitleRowsOrNullObject(): SimNullable {
    return new SimNullable(this.ctx, "PageLayout.getPrintTitleRowsOrNullObject", () => this.sheet("PageLayout").pageLayout.printTitleRows);
  }

  getPrintAreaOrNullObject(): SimNullable {
    return new SimNullable(this.ctx, "PageLayout.getPrintAreaOrNullObject", () => this.sheet("PageLayout").pageLayout.printArea);
  }
}
