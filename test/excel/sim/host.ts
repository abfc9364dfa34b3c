// The simulated host: Excel.run, RequestContext.workbook, Application and the Office global.
// Browser-safe: no Node APIs here (the e2e bundle uses this file too).
import { propNames, HostState, SimContext, SimObject, SimStats } from "./context";
import { SimExcelError } from "./errors";
import { SimWorkbook } from "./model";
import { isSetSupported, PROFILES, SimProfile } from "./profiles";
import { SimWorksheetCollection } from "./worksheet";

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

class SimApplication extends SimObject {
  get calculationMode(): string { return this.get("calculationMode"); }
  set calculationMode(mode: string) {
    this.ctx.enqueue({ label: "Application.calculationMode", api: 8, payload: mode, run: () => { this.ctx.host.workbook.calculationMode = mode; return undefined; } });
  }
  load(spec?: unknown): this {
    this.ctx.enqueue({
      label: "Application.load", api: 1, payload: propNames(spec),
      run: () => ({ calculationMode: this.ctx.host.workbook.calculationMode }),
      apply: (r) => this.receive(r as Record<string, unknown>),
    });
    return this;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({ label: "Application.suspendApiCalculationUntilNextSync", api: 6, run: () => { this.ctx.host.stats.calcSuspensions++; return undefined; } });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue({ label: "Application.suspendScreenUpdatingUntilNextSync", api: 9, run: () => { this.ctx.host.stats.screenSuspensions++; return undefined; } });
  }
}

export class SimRequestContext extends SimContext {
  readonly workbook: { worksheets: SimWorksheetCollection; application: SimApplication };
  constructor(host: HostState, mergeUndoGroup: boolean) {
    super(host, mergeUndoGroup);
    this.workbook = { worksheets: new SimWorksheetCollection(this), application: new SimApplication(this) };
  }
}

export interface SimHostOptions {
  workbook: SimWorkbook;
  profile?: SimProfile["name"];
  payloadLimit?: number;
  displayLanguage?: string;
  inject?: (label: string) => string | undefined;
}

export interface SimHost {
  state: HostState;
  stats: SimStats;
  Excel: { run: (a: unknown, b?: unknown) => Promise<unknown> };
  Office: unknown;
  /** Puts Excel and Office on globalThis, as office.js does; returns an undo function. */
  install(): () => void;
  resetStats(): void;
}

function emptyStats(): SimStats {
  return { syncs: [], runs: 0, runOptions: [], calcSuspensions: 0, screenSuspensions: 0 };
}

export function createSimHost(options: SimHostOptions): SimHost {
  const profile = PROFILES[options.profile ?? "m365"];
  const state: HostState = {
    workbook: options.workbook, profile, stats: emptyStats(),
    payloadLimit: options.payloadLimit ?? WEB_PAYLOAD_LIMIT, inject: options.inject,
  };
  type Batch = (ctx: SimRequestContext) => Promise<unknown>;
  const run = async (a: unknown, b?: unknown): Promise<unknown> => {
    const batch = (typeof a === "function" ? a : b) as Batch;
    const runOptions = typeof a === "function" ? undefined : (a as { mergeUndoGroup?: boolean } | undefined);
    state.stats.runs++;
    state.stats.runOptions.push(runOptions);
    // Hosts below ExcelApi 1.20 ignore mergeUndoGroup.
    const ctx = new SimRequestContext(state, profile.excelApi >= 20 && runOptions?.mergeUndoGroup === true);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync(); // Excel.run flushes what the batch left queued
    return result;
  };
  const Office = {
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      requirements: { isSetSupported: (name: string, version?: string) => isSetSupported(profile, name, version) },
    },
    HostType: { Excel: "Excel" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "PC" };
      cb?.(info);
      return Promise.resolve(info);
    },
  };
  const host: SimHost = {
    state, stats: state.stats, Excel: { run }, Office,
    install() {
      const g = globalThis as Record<string, unknown>;
      const before = { Excel: g.Excel, Office: g.Office };
      g.Excel = host.Excel;
      g.Office = Office;
      return () => { g.Excel = before.Excel; g.Office = before.Office; };
    },
    resetStats() {
      Object.assign(state.stats, emptyStats());
    },
  };
  return host;
}

export { SimExcelError };
