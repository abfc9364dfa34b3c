// The one-click run in WPS 表格, the same job as the CLI's classify and the Office.js adapter's: read the
// sheet and the 规则 sheet, classify with the core (again with 上年对照's tiers where the workbook keeps
// them), write the result columns, then 规则 (when absent) and 分类汇总. ET is synchronous: every read
// comes first, every check that can refuse comes before the first write, and screen updating and
// calculation are paused while writing and restored in a finally.
import {
  carriedPriorTiers,
  classifySheet,
  defaultRules,
  DOCUMENT_SHEETS,
  pageFooter,
  PRIOR_SHEET,
  readRulesSheet,
  resultLayout,
  resultPageSetup,
  rulesSheet,
  RULES_SHEET,
  summarySheet,
  SUMMARY_SHEET,
} from "../core";
import type { Lang, Rules, RunResult } from "../core/types";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";
import { XL } from "./et";
import { toFailure, WpsError, WpsFailure } from "./errors";
import { applyPageSetup, applyResultLayout } from "./layout";
import { isBlankValues, readSheet, readUsedValues } from "./read";
import { writeSheetOutput } from "./sheet-output";
import { findSheet, ownSheet } from "./sheets";
import { writeBlock } from "./write";

export interface WpsClassifyOptions {
  lang: Lang;
  /** The sheet to classify; the active sheet when absent. */
  sheetName?: string;
  /** The run time written on 分类汇总; defaults to now (tests pin it). */
  runAt?: Date;
  /** The ET Application; defaults to the global one WPS provides. */
  app?: EtApplication;
}

export type WpsRunReport =
  { ok: true; result: RunResult; sheet: string; rulesCreated: boolean; chart: boolean } | WpsFailure;

/** The global `Application` (= window.Application) WPS gives an add-in's pages. */
export function etApplication(): EtApplication | null {
  const g = (typeof window !== "undefined" ? window : globalThis) as unknown as { Application?: EtApplication };
  return g.Application || null;
}

export function targetSheet(app: EtApplication, book: EtWorkbook, name: string | undefined): EtWorksheet {
  const ws = name === undefined ? book.ActiveSheet || app.ActiveSheet : findSheet(book, name);
  if (!ws) throw new WpsError("sheet-not-found", "sheetNotFound", { sheet: name || "" });
  if (!ws.UsedRange) throw new WpsError("not-worksheet", "notWorksheet");
  if (ownSheet(ws.Name)) throw new WpsError("own-sheet", "ownSheet", { sheet: ws.Name });
  return ws;
}

/** The 规则 sheet's rules, or null when there is none or it is blank (a blank 规则 counts as none). */
function sheetRules(book: EtWorkbook, lang: Lang): Rules | null {
  const ws = findSheet(book, RULES_SHEET);
  if (!ws) return null;
  const input = readUsedValues(ws);
  return isBlankValues(input.values) ? null : readRulesSheet(input, lang);
}

/** Refuses before anything is written: a protected sheet to write, or a sheet to add to a locked workbook. */
export function checkWritable(book: EtWorkbook, sheets: { name: string; ws: EtWorksheet | null }[]): void {
  for (const { name, ws } of sheets) {
    if (ws && ws.ProtectContents === true) throw new WpsError("protected", "protected", { sheet: name });
    if (!ws && book.ProtectStructure === true) throw new WpsError("structure", "structure", { sheet: name });
  }
}

/** Screen updating and automatic calculation off while `write` runs; what they were, restored after. */
export function whileWriting<T>(app: EtApplication, write: () => T): T {
  const screen = app.ScreenUpdating;
  let calculation: number | null = null;
  try {
    calculation = app.Calculation;
    app.Calculation = XL.calculationManual;
  } catch {
    calculation = null; // no workbook-wide calculation setting here: leave it
  }
  app.ScreenUpdating = false;
  try {
    return write();
  } finally {
    app.ScreenUpdating = screen !== false;
    if (calculation !== null) {
      try {
        app.Calculation = calculation;
      } catch (e) {
        console.warn("township-tiers: calculation mode not restored", e);
      }
    }
  }
}

function runInWps(app: EtApplication, options: WpsClassifyOptions) {
  const { lang } = options;
  const book = app.ActiveWorkbook;
  if (!book) throw new WpsError("no-workbook", "noWorkbook");
  const ws = targetSheet(app, book, options.sheetName);
  if (ws.ProtectContents === true) throw new WpsError("protected", "protected", { sheet: ws.Name });
  const fromSheet = sheetRules(book, lang);
  const rules = fromSheet || defaultRules();
  const input = readSheet(ws, rules);
  if (isBlankValues(input.values)) throw new WpsError("empty", "empty", { sheet: ws.Name });
  let result = classifySheet(input, rules, { lang });
  const priorWs = findSheet(book, PRIOR_SHEET);
  const priorTiers = priorWs ? carriedPriorTiers(readUsedValues(priorWs), ws.Name, result) : null;
  if (priorTiers) result = classifySheet(input, rules, { lang, priorTiers });

  const rulesWs = findSheet(book, RULES_SHEET);
  const summaryWs = findSheet(book, SUMMARY_SHEET);
  checkWritable(book, [
    ...(fromSheet ? [] : [{ name: RULES_SHEET, ws: rulesWs }]),
    { name: SUMMARY_SHEET, ws: summaryWs },
  ]);
  const documents = DOCUMENT_SHEETS.filter((name) => findSheet(book, name) !== null);
  const runAt = options.runAt || new Date();
  let chart = true;
  whileWriting(app, () => {
    const out = result.output;
    writeBlock(ws, out);
    applyResultLayout(ws, resultLayout(out), out.firstRow, out.cells.length);
    applyPageSetup(ws, resultPageSetup(result, lang), [pageFooter("zh"), pageFooter("en")], false);
    if (!fromSheet) writeSheetOutput(app, book, rulesSheet(rules, lang));
    chart = writeSheetOutput(app, book, summarySheet(result, rules, lang, runAt, documents)).chart;
    ws.Activate(); // adding a sheet activated it: the user stays on the classified sheet
  });
  return { result, sheet: ws.Name, rulesCreated: !fromSheet, chart };
}

/** What the ribbon's 分类 runs: classify the active sheet (or options.sheetName) and write the results. */
export function classifyActiveSheet(options: WpsClassifyOptions): WpsRunReport {
  const app = options.app || etApplication();
  try {
    if (!app) throw new WpsError("no-workbook", "noWorkbook");
    return { ok: true, ...runInWps(app, options) };
  } catch (e) {
    return toFailure(e, options.lang);
  }
}
