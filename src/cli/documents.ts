// `township-tiers draw | recommend | notice | payments`: one document sheet of the assessment year,
// made from the classified workbook and written into it, so the steps gather in one workbook.
//
// Which workbook (README "Rules"): the steps work on the workbook classify writes, INPUT.classified.xlsx,
// and update it, so `classify 2025.xlsx`, `draw 2025.xlsx`, `recommend 2025.xlsx` … gather everything
// there. INPUT itself is that workbook when its name ends in .classified.xlsx; when INPUT.classified.xlsx
// does not exist yet and INPUT holds results (classified in Excel, or with --in-place), INPUT is read and
// INPUT.classified.xlsx written. --in-place works on INPUT; --out writes elsewhere.

import { existsSync, statSync, writeFileSync } from "fs";
import {
  classifiedRun,
  classifySheet,
  drawReview,
  noticeSheet,
  paymentSheet,
  priorTiersOf,
  priorTiersUsed,
  recommendSheet,
  reviewSheet,
  RULES_SHEET,
  seedFromTime,
  summarySheet,
  DOCUMENT_SHEETS,
} from "../core";
import type { DocumentKey, ReviewDraw } from "../core";
import type { Lang, RunResult, SheetOutput } from "../core/types";
import { patchWorkbook } from "../xlsx";
import { DocumentArgs, DocumentVerb } from "./args";
import { carriedFromWorkbook, documentsIn, pickRules, sameFile } from "./classify";
import { CliError, reasonOf } from "./errors";
import { convertedOutput, openOrFail, readWorkbookBytes } from "./workbook";
import type { Env } from "./workbook";
import { nodeDeflater } from "./node-deflater";
import { checkSheet, defaultSheet, hasWorksheet } from "./sheets";

const DOCUMENT_OF: Record<DocumentVerb, DocumentKey> = {
  draw: "doc.review",
  recommend: "doc.recommend",
  notice: "doc.notice",
  payments: "doc.payments",
};

export interface DocumentOutcome {
  verb: DocumentVerb;
  document: SheetOutput;
  /** The workbook read, and the one written. */
  source: string;
  outPath: string;
  sheet: string;
  result: RunResult;
  /** draw only. */
  draw?: ReviewDraw;
  /** Rows whose prior tier came from the workbook's 上年对照 sheet. */
  carried?: number;
}

/** INPUT.classified.xlsx (.xlsm keeps its type), or INPUT when it is one already. */
export function gatheredPath(input: string): string {
  if (/\.classified\.xls[xm]$/i.test(input)) return input;
  if (/\.xlsm$/i.test(input)) return input.replace(/\.xlsm$/i, ".classified.xlsm");
  return convertedOutput(input);
}

/** The workbook to read and the file to write (see the file's head). */
function files(args: DocumentArgs): { source: string; out: string } {
  if (args.inPlace) return { source: args.input, out: args.input };
  const gathered = gatheredPath(args.input);
  if (sameFile(gathered, args.input) || !existsSync(gathered)) return { source: args.input, out: args.out ?? gathered };
  if (existsSync(args.input) && statSync(args.input).mtimeMs > statSync(gathered).mtimeMs)
    throw new CliError("error.inputNewer", { input: args.input, gathered });
  return { source: gathered, out: args.out ?? gathered };
}

export function runDocument(args: DocumentArgs, lang: Lang, now: Date, env: Env = {}): DocumentOutcome {
  const { source, out } = files(args);
  const { bytes } = readWorkbookBytes({ input: source, inPlace: args.inPlace }, lang, env);
  const book = openOrFail(bytes, source);
  checkSheet(book, args.sheet);
  const sheet = args.sheet ?? defaultSheet(book, source);
  const input = book.readSheet(sheet);
  const { rules } = pickRules(args.rules, hasWorksheet(book, RULES_SHEET) ? book : undefined, lang);
  const carried = carriedFromWorkbook(book, sheet, () => classifySheet(input, rules, { lang }));
  const options = carried ? { lang, priorTiers: carried } : { lang };
  const result = classifiedRun(input, rules, options, DOCUMENT_OF[args.command]);
  const priors = priorTiersOf(input, result, options);

  let draw: ReviewDraw | undefined;
  let document: SheetOutput;
  switch (args.command) {
    case "draw":
      draw = drawReview(result, priors, rules, args.seed ?? seedFromTime(now), lang);
      document = reviewSheet(draw, result.rows, priors, sheet, lang, now);
      break;
    case "recommend":
      document = recommendSheet(input, result, priors, rules, lang);
      break;
    case "notice":
      document = noticeSheet(result, priors, lang);
      break;
    case "payments":
      document = paymentSheet(input, result, rules, lang);
      break;
  }
  const present = documentsIn(book);
  const documents = DOCUMENT_SHEETS.filter((name) => name === document.name || present.indexOf(name) >= 0);
  const sheets = [document, summarySheet(result, rules, lang, now, documents)];
  const patched = patchWorkbook(bytes, { sheet, blocks: [], sheets }, { deflater: nodeDeflater });
  try {
    writeFileSync(out, patched);
  } catch (err) {
    throw new CliError("error.writeFile", { file: out, reason: reasonOf(err) });
  }
  return {
    verb: args.command,
    document,
    source,
    outPath: out,
    sheet,
    result,
    draw,
    carried: carried ? priorTiersUsed(input, result, carried) : undefined,
  };
}

/** The document as JSON: its sheet's cells as values, row by row, and the draw's figures for draw. */
export function documentJson(outcome: DocumentOutcome): object {
  const { draw } = outcome;
  return {
    document: outcome.document.name,
    sheet: outcome.sheet,
    output: outcome.outPath,
    ...(draw
      ? {
          seed: draw.seed,
          share: draw.share,
          townships: draw.total,
          required: draw.required,
          claimants: draw.claimants.map((r) => ({ row: r.row, township: r.township })),
          drawn: draw.drawn.map((r) => ({ row: r.row, township: r.township })),
        }
      : {}),
    cells: outcome.document.cells.map((row) => row.map((c) => (c ? c.value : null))),
  };
}
