// The one-click run: read the sheet and the 规则 sheet, classify with the core, write the
// result columns, then the 规则 (when absent) and 分类汇总 sheets. 2–3 syncs for a district (3–4 on ExcelApi 1.1).
// Where the workbook holds 上年对照 (last year's tiers a run used), its tiers are used again: read by an
// on-demand module (prior-run.ts), one more sync.
import {
  classifySheet,
  defaultRules,
  DOCUMENT_SHEETS,
  PRIOR_SHEET,
  pageFooter,
  readRulesSheet,
  resultLayout,
  resultPageSetup,
  rulesSheet,
  RULES_SHEET,
  summarySheet,
  SUMMARY_SHEET,
} from "../core";
import type { Lang, Rules, RunResult, SheetInput } from "../core/types";
import { ownSheet } from "./own-sheets";
import type { Capabilities } from "./capabilities";
import { AdapterError, AddinFailure, excelErrorCode, failure } from "./errors";
import { HALF_RESULTS, msg } from "./messages";
import { formatColumns, Grid, isBlankGrid, Probe, probeSheet, readArea, sheetInput, usedRange } from "./read";
import { withExcel, singleFlight, Session, writing } from "./session";
import { OwnedSheet, queueChartLookup, queueSheetOutput } from "./sheet-output";
import { cellBlock, writeBlock } from "./write";
import { PageState, pageIsOwn, queuePageSetup, queuePageState, queueResultLayout } from "./layout";

export type Phase = "reading" | "classifying" | "writing" | "done";

export interface ClassifyOptions {
  lang: Lang;
  sheetName?: string;
  caps: Capabilities;
  onProgress?: (phase: Phase) => void;
  /** The run time written on 分类汇总; defaults to now (tests pin it). */
  runAt?: Date;
  /** Last year's tiers for this run (the pane's 上年类别 step, year-prior.ts); without it, 上年对照's if present. */
  prior?: PriorStep;
}

/**
 * Between classifying and writing: the run classified again with prior tiers, and what to write after
 * the results (their own syncs).
 */
export type PriorStep = (
  s: Session,
  input: SheetInput,
  first: RunResult,
  rules: Rules,
  lang: Lang,
) => Promise<{ result: RunResult; after?: () => Promise<void> }>;

export type AddinRunReport =
  { ok: true; result: RunResult; sheet: string; rulesCreated: boolean; syncs: number } | AddinFailure;

export interface Reads {
  probe: Probe;
  grid: Grid;
  rulesInput: SheetInput | null;
  summaryCharts: Excel.ChartCollection | undefined;
  /** The sheet's page setup (ExcelApi 1.9), read to leave the user's own alone. */
  page: PageState | undefined;
}

/**
 * Sync 1: the probe, with the sheet's first rows. Then the 规则 sheet and old charts, with the
 * rest of the cells (none for a district: the probe read them all) in as few syncs as the
 * budget allows; number formats only where the core reads them. `writes` false (the year's documents,
 * which never write the sheet): a protected sheet is read, its page setup is not.
 */
export async function readAll(s: Session, options: ClassifyOptions, writes = true): Promise<Reads> {
  let page: PageState | undefined;
  const readPage = (ws: Excel.Worksheet) => {
    page = s.caps.pageLayout && writes ? queuePageState(ws) : undefined;
  };
  const probe = await probeSheet(
    s,
    options.sheetName,
    [RULES_SHEET, SUMMARY_SHEET, PRIOR_SHEET].concat(DOCUMENT_SHEETS),
    readPage,
  );
  if (ownSheet(probe.name)) throw new AdapterError("own-sheet", "ownSheet", { sheet: probe.name });
  if (probe.protected && writes) throw new AdapterError("protected", "protected", { sheet: probe.name });
  let rulesInput: SheetInput | null = null;
  let summaryCharts: Excel.ChartCollection | undefined;
  const alongFirst = () => {
    const rules = probe.exists(RULES_SHEET) ? usedRange(s.ctx.workbook.worksheets.getItem(RULES_SHEET), s) : null;
    if (rules) rules.load("values, numberFormat, rowIndex, columnIndex");
    summaryCharts = probe.exists(SUMMARY_SHEET) ? queueChartLookup(s, SUMMARY_SHEET) : undefined;
    if (!rules && !summaryCharts) return null;
    return () => {
      if (!rules) return;
      const origin = { row: rules.rowIndex + 1, col: rules.columnIndex + 1 };
      rulesInput = { name: RULES_SHEET, values: rules.values, formats: rules.numberFormat, origin };
    };
  };
  // The rules decide which columns are indicators: the defaults without a 规则 sheet, else its
  // rules once read (until then, or if it does not read, formatColumns takes every text-headed column).
  const knownRules = (): Rules | null => {
    if (!probe.exists(RULES_SHEET)) return defaultRules();
    if (!rulesInput) return null;
    try {
      return readRulesSheet(rulesInput, options.lang);
    } catch {
      return null; // reported after the read, where an empty sheet is reported first
    }
  };
  const head = probe.head;
  let formats: { rules: Rules | null; cols: number[] } | null = null;
  const plan = head
    ? {
        head,
        formatColumns: () => {
          if (!formats || (formats.rules === null && rulesInput)) {
            const rules = knownRules();
            formats = { rules, cols: formatColumns(probe.name, probe.used, head, rules) };
          }
          return formats.cols;
        },
      }
    : undefined;
  const grid = await readArea(s, probe.ws, probe.used, alongFirst, plan);
  return { probe, grid, rulesInput, summaryCharts, page };
}

/** The 规则 sheet's rules; a blank 规则 counts as none (an owned sheet gets its values last: sheet-output.ts). */
export function rulesFrom(reads: Reads, lang: Lang): Rules | null {
  const input = reads.rulesInput;
  return input && !isBlankGrid({ values: input.values, formats: [] }) ? readRulesSheet(input, lang) : null;
}

async function runInExcel(s: Session, options: ClassifyOptions) {
  const { lang } = options;
  const progress = options.onProgress || (() => undefined);
  const reads = await readAll(s, options);
  const { probe, grid } = reads;
  if (isBlankGrid(grid)) throw new AdapterError("empty", "empty", { sheet: probe.name });
  const sheetRules = rulesFrom(reads, lang);
  const rules = sheetRules || defaultRules();
  progress("classifying");
  const input = sheetInput(probe.name, probe.used, grid);
  let result = classifySheet(input, rules, { lang });
  const prior = options.prior || (probe.exists(PRIOR_SHEET) ? (await import("./prior-run")).carriedStep : null);
  const again = prior ? await prior(s, input, result, rules, lang) : null;
  if (again) result = again.result;
  progress("writing");
  const out = result.output;
  const block = cellBlock(out.firstRow - 1, out.firstCol - 1, out.cells);
  const rulesCreated = !sheetRules;
  const summary: OwnedSheet = { name: SUMMARY_SHEET, exists: probe.exists(SUMMARY_SHEET), charts: reads.summaryCharts };
  let tailStarted = false;
  const tail = () => {
    tailStarted = true;
    queueResultLayout(s, probe.ws, resultLayout(out), block.row, block.cells.length);
    const footers = [pageFooter("zh"), pageFooter("en")];
    if (reads.page && !pageIsOwn(reads.page, footers)) queuePageSetup(probe.ws, resultPageSetup(result, lang));
    if (rulesCreated)
      queueSheetOutput(s, { name: RULES_SHEET, exists: probe.exists(RULES_SHEET) }, rulesSheet(rules, lang));
    const documents = DOCUMENT_SHEETS.filter(probe.exists);
    queueSheetOutput(s, summary, summarySheet(result, rules, lang, options.runAt || new Date(), documents));
  };
  // Without ExcelApi 1.2 protection is unknown until a write is refused: the result columns go
  // first, alone, so a refusal there means "this sheet is protected" and nothing was written.
  const unknownProtection = probe.protected === null;
  writing(HALF_RESULTS);
  try {
    await writeBlock(s, probe.ws, block, tail, unknownProtection);
  } catch (e) {
    if (unknownProtection && excelErrorCode(e) === "AccessDenied" && !tailStarted) {
      throw new AdapterError("protected", "protected", { sheet: probe.name });
    }
    throw e;
  }
  if (again && again.after) await again.after();
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
