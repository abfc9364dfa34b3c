// The pane's 上年类别 step (issue 15 part 1): last year's tiers from another sheet of the workbook,
// matched by township name (core prior.ts, which loads opencc-js: this module is a chunk of its own,
// loaded when the step runs), then the usual run with them (classify.ts: result columns, 规则, 分类汇总)
// and 上年对照 written after the results, so 开始分类 and the documents use the same prior tiers later.
import { classifySheet, PRIOR_SHEET, priorSheet, TiersError } from "../core";
import { priorFromLastYear, priorReport } from "../core/prior";
import type { Lang } from "../core/types";
import { classifyActiveSheet } from "./classify";
import type { AddinRunReport, ClassifyOptions, PriorStep } from "./classify";
import { writeOwnedSheet } from "./document-sheet";
import type { LangText } from "./messages";
import { ownSheet } from "./own-sheets";
import { probeSheet, readArea, sheetInput } from "./read";
import { writing } from "./session";

const LEFT_PRIOR: LangText = {
  zh: "“上年对照”表可能只写了一半：请再点一次“带入上年类别”。",
  en: "The 上年对照 sheet may be half written: press Use last year's tiers again.",
};

function sameSheet(lang: Lang): string {
  return lang === "zh"
    ? "上年的结果表不能是要分类的工作表或本加载项生成的表，请另选一张。"
    : "Last year's sheet cannot be the sheet to classify or a sheet this add-in writes: pick another.";
}

export interface LastYearReport {
  run: AddinRunReport;
  /** priorReport's lines (matches, differences, unmatched, carry-over), when the run went through. */
  report: string[];
}

/** 开始分类 with the prior tiers last year's classified sheet `lastSheet` carries. 3–4 syncs for a district. */
export async function classifyWithLastYear(options: ClassifyOptions & { lastSheet: string }): Promise<LastYearReport> {
  let report: string[] = [];
  const prior: PriorStep = async (s, input, first, rules, lang) => {
    if (ownSheet(options.lastSheet) || options.lastSheet === input.name)
      throw new TiersError("last-year-sheet", sameSheet(lang));
    const probe = await probeSheet(s, options.lastSheet, [PRIOR_SHEET]);
    const plan = probe.head ? { head: probe.head, formatColumns: () => [] } : undefined; // values only
    const grid = await readArea(s, probe.ws, probe.used, () => null, plan);
    const p = priorFromLastYear(sheetInput(probe.name, probe.used, grid), input, first, rules, lang);
    const lines = priorReport(p, lang);
    const after = async () => {
      writing(LEFT_PRIOR);
      await writeOwnedSheet(
        s,
        { name: PRIOR_SHEET, exists: probe.exists(PRIOR_SHEET) },
        priorSheet(p, input.name, lang),
      );
      report = lines;
    };
    return { result: classifySheet(input, rules, { lang, priorTiers: p.priorTiers }), after };
  };
  const run = await classifyActiveSheet({ ...options, prior });
  return { run, report: run.ok ? report : [] };
}
