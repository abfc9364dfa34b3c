// The one-click run: read the sheet and the 规则 sheet, classify with the core, write the
// result columns, then the 规则 (when absent) and 分类汇总 sheets. 3 syncs for a district.
import {
  classifySheet, defaultRules, readRulesSheet, rulesSheet, RULES_SHEET, summarySheet, SUMMARY_SHEET,
} from "../core";
import type { Lang, Rules, RunResult, SheetInput } from "../core/types";
import type { Capabilities } from "./capabilities";
import { AdapterError, AddinFailure, excelErrorCode, failure } from "./errors";
import { msg } from "./messages";
import { Grid, isBlankGrid, Probe, queueProbe, readArea, sheetInput, usedRange } from "./read";
import { withExcel, singleFlight, Session } from "./session";
import { OwnedSheet, queueChartLookup, queueSheetOutput } from "./sheet-output";
import { cellBlock, writeBlock } from "./write";

export type Phase = "reading" | "classifying" | "writing" | "done";

export interface ClassifyOptions {
  lang: Lang;
  sheetName?: string;
  caps: Capabilities;
  onProgress?: (phase: Phase) => void;
  /** The run time written on 分类汇总; defaults to now (tests pin it). */
  runAt?: Date;
}

export type AddinRunReport =
  | { ok: true; result: RunResult; sheet: string; rulesCreated: boolean; syncs: number }
  | AddinFailure;

interface Reads {
  probe: Probe;
  grid: Grid;
  rulesInput: SheetInput | null;
  summaryCharts: Excel.ChartCollection | undefined;
}

/** Sync 1: the probe. Sync 2 (more for big sheets): the cells, the 规则 sheet, old charts. */
async function readAll(s: Session, options: ClassifyOptions): Promise<Reads> {
  const takeProbe = queueProbe(s, options.sheetName, [RULES_SHEET, SUMMARY_SHEET]);
  await s.sync();
  const probe = takeProbe();
  if (probe.protected) throw new AdapterError("protected", "protected", { sheet: probe.name });
  let rulesInput: SheetInput | null = null;
  let summaryCharts: Excel.ChartCollection | undefined;
  const alongFirst = () => {
    const rules = probe.exists(RULES_SHEET) ? usedRange(s.ctx.workbook.worksheets.getItem(RULES_SHEET), s) : null;
    if (rules) rules.load("values, numberFormat, rowIndex, columnIndex");
    summaryCharts = probe.exists(SUMMARY_SHEET) ? queueChartLookup(s, SUMMARY_SHEET) : undefined;
    return () => {
      if (!rules) return;
      const origin = { row: rules.rowIndex + 1, col: rules.columnIndex + 1 };
      rulesInput = { name: RULES_SHEET, values: rules.values, formats: rules.numberFormat, origin };
    };
  };
  const grid = await readArea(s, probe.ws, probe.used, alongFirst);
  return { probe, grid, rulesInput, summaryCharts };
}

function rulesFrom(reads: Reads, lang: Lang): Rules {
  return reads.rulesInput ? readRulesSheet(reads.rulesInput, lang) : defaultRules();
}

async function runInExcel(s: Session, options: ClassifyOptions) {
  const { lang } = options;
  const progress = options.onProgress || (() => undefined);
  const reads = await readAll(s, options);
  const { probe, grid } = reads;
  if (isBlankGrid(grid)) throw new AdapterError("empty", "empty", { sheet: probe.name });
  const rules = rulesFrom(reads, lang);
  progress("classifying");
  const result = classifySheet(sheetInput(probe.name, probe.used, grid), rules, { lang });
  progress("writing");
  const out = result.output;
  const block = cellBlock(out.firstRow - 1, out.firstCol - 1, out.cells);
  const rulesCreated = !probe.exists(RULES_SHEET);
  const summary: OwnedSheet = { name: SUMMARY_SHEET, exists: probe.exists(SUMMARY_SHEET), charts: reads.summaryCharts };
  let tailStarted = false;
  const tail = () => {
    tailStarted = true;
    if (rulesCreated) queueSheetOutput(s, { name: RULES_SHEET, exists: false }, rulesSheet(rules, lang));
    queueSheetOutput(s, summary, summarySheet(result, rules, lang, options.runAt || new Date()));
  };
  // Without ExcelApi 1.2 protection is unknown until a write is refused: the result columns go
  // first, alone, so a refusal there means "this sheet is protected" and nothing was written.
  const unknownProtection = probe.protected === null;
  try {
    await writeBlock(s, probe.ws, block, tail, unknownProtection);
  } catch (e) {
    if (unknownProtection && excelErrorCode(e) === "AccessDenied" && !tailStarted) {
      throw new AdapterError("protected", "protected", { sheet: probe.name });
    }
    throw e;
  }
  return { result, sheet: probe.name, rulesCreated };
}

export async function classifyActiveSheet(options: ClassifyOptions): Promise<AddinRunReport> {
  const { lang, caps } = options;
  if (!caps.supported) return failure("unsupported", msg(lang, "unsupported"));
  return singleFlight(lang, async () => {
    if (options.onProgress) options.onProgress("reading");
    const { value, syncs } = await withExcel(caps, (s) => runInExcel(s, options));
    if (options.onProgress) options.onProgress("done");
    return { ok: true as const, ...value, syncs };
  });
}
