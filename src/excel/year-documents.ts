// The pane's document steps (issue 15): 抽样名单, 推荐名单, 公示 and 奖惩明细, each from the core on the
// sheet classified again in memory (classifiedRun: a sheet without up-to-date results is refused with
// the core's reason), with 上年对照's prior tiers where the workbook holds them. The document is written
// as an owned sheet (replaced on each run) and 分类汇总 rewritten to list the document sheets. Input cells
// are only read. Loaded on demand with the pane's 考核年度 section. 2–3 syncs for a district.
import {
  classifiedRun,
  classifySheet,
  confirmedRows,
  defaultRules,
  DOCUMENT_SHEETS,
  drawReview,
  noticeSheet,
  parseSeed,
  paymentRows,
  paymentSheet,
  PRIOR_SHEET,
  priorTiersOf,
  recommendedRows,
  recommendSheet,
  reviewSheet,
  seedFromTime,
  summarySheet,
  SUMMARY_SHEET,
} from "../core";
import type { DocumentKey } from "../core";
import type { Lang, RunResult, Rules, SheetInput, SheetOutput, Tier } from "../core/types";
import { guarded } from "./actions";
import type { ActionOptions, ActionReport } from "./actions";
import { readAll, rulesFrom } from "./classify";
import { writeOwnedSheet } from "./document-sheet";
import { AdapterError } from "./errors";
import type { LangText } from "./messages";
import { carriedOptions } from "./prior-run";
import { isBlankGrid, sheetInput } from "./read";
import { writing } from "./session";
import { queueSheetOutput } from "./sheet-output";

export type DocumentStep = "review" | "recommend" | "notice" | "payments";

export interface DocumentOptions extends ActionOptions {
  step: DocumentStep;
  /** 抽样名单: the seed as typed; blank or absent, the time in whole seconds (seedFromTime). */
  seed?: string;
  /** When the step runs: the draw's time and 分类汇总's; defaults to now (tests pin it). */
  at?: Date;
}

/** `count`: the townships the document lists; `seed`: the draw's (抽样名单 only). */
export type DocumentReport = ActionReport<{ sheet: string; source: string; count: number; seed?: number }>;

const KEYS: Record<DocumentStep, DocumentKey> = {
  review: "doc.review",
  recommend: "doc.recommend",
  notice: "doc.notice",
  payments: "doc.payments",
};

/** What a failure may leave (errors.ts): the document and 分类汇总, the way out is the same button. */
export function leftDocument(sheet: string): LangText {
  return {
    zh: `“${sheet}”表和“分类汇总”可能只写了一半：请再点一次该按钮。`,
    en: `The ${sheet} sheet and 分类汇总 may be half written: press the button again.`,
  };
}

interface Made {
  out: SheetOutput;
  count: number;
  seed?: number;
}

interface Basis {
  input: SheetInput;
  result: RunResult;
  priors: (Tier | null)[];
  rules: Rules;
  lang: Lang;
}

function build(step: DocumentStep, b: Basis, seed: number, at: Date): Made {
  const { input, result, priors, rules, lang } = b;
  if (step === "review") {
    const draw = drawReview(result, priors, rules, seed, lang);
    const out = reviewSheet(draw, result.rows, priors, input.name, lang, at);
    return { out, count: draw.claimants.length + draw.drawn.length, seed };
  }
  if (step === "recommend")
    return { out: recommendSheet(input, result, priors, rules, lang), count: recommendedRows(result).length };
  if (step === "notice") return { out: noticeSheet(result, priors, lang), count: confirmedRows(result).length };
  return { out: paymentSheet(input, result, rules, lang), count: paymentRows(result).length };
}

export function makeDocument(options: DocumentOptions): Promise<DocumentReport> {
  return guarded(options, async (s) => {
    const { lang, step } = options;
    const at = options.at || new Date();
    // A bad seed is refused before anything is read.
    const typed = options.seed === undefined ? "" : options.seed.trim();
    const seed = step !== "review" ? 0 : typed === "" ? seedFromTime(at) : parseSeed(typed, lang);
    const reads = await readAll(s, { lang, caps: options.caps, sheetName: options.sheetName }, false);
    const { probe, grid } = reads;
    if (isBlankGrid(grid)) throw new AdapterError("empty", "empty", { sheet: probe.name });
    const rules = rulesFrom(reads, lang) || defaultRules();
    const input = sheetInput(probe.name, probe.used, grid);
    const runOptions = probe.exists(PRIOR_SHEET)
      ? await carriedOptions(s, input, classifySheet(input, rules, { lang }), lang)
      : { lang };
    const result = classifiedRun(input, rules, runOptions, KEYS[step]);
    const priors = priorTiersOf(input, result, runOptions);
    const made = build(step, { input, result, priors, rules, lang }, seed, at);
    const name = made.out.name;
    const documents = DOCUMENT_SHEETS.filter((n) => n === name || probe.exists(n));
    const summary = { name: SUMMARY_SHEET, exists: probe.exists(SUMMARY_SHEET), charts: reads.summaryCharts };
    writing(leftDocument(name));
    await writeOwnedSheet(s, { name, exists: probe.exists(name) }, made.out, () => {
      queueSheetOutput(s, summary, summarySheet(result, rules, lang, at, documents));
    });
    return { sheet: name, source: probe.name, count: made.count, seed: step === "review" ? seed : undefined };
  });
}
