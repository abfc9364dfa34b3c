// `township-tiers classify`: read the workbook, pick sheet and rules, classify, patch the results in, write.
import { existsSync, readFileSync, realpathSync, writeFileSync } from "fs";
import { resolve } from "path";
import {
  carriedPriorTiers,
  classifySheet,
  DOCUMENT_SHEETS,
  defaultRules,
  mergeRules,
  pageFooter,
  priorTiersUsed,
  PRIOR_SHEET,
  priorSheet,
  readRulesSheet,
  resultLayout,
  resultPageSetup,
  rulesSheet,
  RULES_SHEET,
  summarySheet,
} from "../core";
import { priorFromLastYear } from "../core/prior";
import type { PriorTiers } from "../core/prior";
import type { Lang, Rules, RunResult, SheetInput, SheetOutput, Tier } from "../core/types";
import { patchWorkbook, XlsxWorkbook } from "../xlsx";
import { ClassifyArgs, PriorSource } from "./args";
import { CliError, reasonOf } from "./errors";
import { convertedOutput, openOrFail, readWorkbookBytes } from "./workbook";
import type { Env } from "./workbook";
import type { OtherFormat } from "./file-format";
import { nodeDeflater } from "./node-deflater";
import { checkSheet, defaultSheet, hasWorksheet } from "./sheets";

export type RulesSource = { from: "file"; file: string } | { from: "sheet" } | { from: "default" };

export interface ClassifyOutcome {
  result: RunResult;
  rules: Rules;
  rulesSource: RulesSource;
  /** --rules was given but the workbook keeps its own 规则 sheet, which is left unchanged. */
  rulesSheetKept: boolean;
  outPath: string;
  inputFile: string;
  /** The input's format when LibreOffice converted it to .xlsx first. */
  converted?: OtherFormat;
  /** --prior: last year's tiers as matched. */
  prior?: PriorTiers;
  /** Without --prior: how many rows took their prior tier from the workbook's 上年对照 sheet. */
  carried?: number;
}

export function classifyFile(args: ClassifyArgs, lang: Lang, now: Date, env: Env = {}): ClassifyOutcome {
  const { bytes, converted } = readWorkbookBytes(args, lang, env);
  const book = openOrFail(bytes, args.input);
  checkSheet(book, args.sheet);
  const sheet = args.sheet ?? defaultSheet(book, args.input);
  const input = book.readSheet(sheet);
  const hasRulesSheet = hasWorksheet(book, RULES_SHEET);
  const { rules, source } = pickRules(args.rules, hasRulesSheet ? book : undefined, lang);
  const first = classifySheet(input, rules, { lang });
  const prior = args.prior ? priorFromFile(args, book, sheet, input, first, rules, lang, env) : undefined;
  const carried = prior ? null : carriedFromWorkbook(book, sheet, () => first);
  const priorTiers = prior ? prior.priorTiers : carried;
  const result = priorTiers ? classifySheet(input, rules, { lang, priorTiers }) : first;

  const sheets: SheetOutput[] = [];
  if (!hasRulesSheet) sheets.push(rulesSheet(rules, lang));
  if (prior) sheets.push(priorSheet(prior, sheet, lang));
  sheets.push(summarySheet(result, rules, lang, now, documentsIn(book)));
  const outPath = outputPath(args, converted !== undefined);
  const layout = {
    ...resultLayout(result.output),
    page: resultPageSetup(result, lang),
    productFooters: [pageFooter("zh"), pageFooter("en")],
  };
  const patched = patchWorkbook(bytes, { sheet, blocks: [result.output], sheets, layout }, { deflater: nodeDeflater });
  try {
    writeFileSync(outPath, patched);
  } catch (err) {
    throw new CliError("error.writeFile", { file: outPath, reason: reasonOf(err) });
  }
  return {
    result,
    rules,
    rulesSource: source,
    rulesSheetKept: hasRulesSheet && source.from === "file",
    outPath,
    inputFile: args.input,
    converted,
    prior,
    carried: carried ? priorTiersUsed(input, result, carried) : undefined,
  };
}

/** The document sheets the workbook has, in the order of the year (分类汇总 lists them). */
export function documentsIn(book: XlsxWorkbook): string[] {
  return DOCUMENT_SHEETS.filter((name) => book.sheets.some((s) => s.name === name));
}

/**
 * The prior tiers an earlier --prior run kept in 上年对照 for this sheet, or null. `first` gives a run of
 * the sheet; it is asked for only when the workbook has 上年对照.
 */
export function carriedFromWorkbook(
  book: XlsxWorkbook,
  sheet: string,
  first: () => RunResult,
): Record<number, Tier> | null {
  if (!hasWorksheet(book, PRIOR_SHEET)) return null;
  return carriedPriorTiers(book.readSheet(PRIOR_SHEET), sheet, first());
}

/** --prior FILE[:SHEET]: last year's results matched to this sheet. FILE may be the input itself. */
function priorFromFile(
  args: ClassifyArgs,
  book: XlsxWorkbook,
  sheet: string,
  input: SheetInput,
  first: RunResult,
  rules: Rules,
  lang: Lang,
  env: Env,
): PriorTiers {
  const source = args.prior as PriorSource;
  const same = sameFile(source.file, args.input);
  const lastBook = same
    ? book
    : openOrFail(readWorkbookBytes({ input: source.file, inPlace: false }, lang, env).bytes, source.file);
  checkSheet(lastBook, source.sheet);
  const lastSheet = source.sheet ?? defaultSheet(lastBook, source.file, same ? sheet : undefined);
  if (same && lastSheet === sheet) throw new CliError("error.priorSameSheet", { sheet });
  return priorFromLastYear(lastBook.readSheet(lastSheet), input, first, rules, lang);
}

export function pickRules(
  file: string | undefined,
  book: XlsxWorkbook | undefined,
  lang: Lang,
): { rules: Rules; source: RulesSource } {
  if (file !== undefined) return { rules: mergeRules(readRulesFile(file), lang), source: { from: "file", file } };
  if (book) return { rules: readRulesSheet(book.readSheet(RULES_SHEET), lang), source: { from: "sheet" } };
  return { rules: defaultRules(), source: { from: "default" } };
}

function readRulesFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new CliError("error.rulesFile", { file, reason: reasonOf(err) });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new CliError("error.rulesFile", { file, reason: reasonOf(err) });
  }
}

/** --out, or INPUT.classified.xlsx; the input itself only with --in-place. */
function outputPath(args: ClassifyArgs, converted: boolean): string {
  if (args.inPlace) return args.input;
  if (converted && args.out === undefined) return convertedOutput(args.input);
  // A macro workbook keeps .xlsm: Excel refuses a macro-enabled package named .xlsx.
  const out =
    args.out ??
    (/\.xlsm$/i.test(args.input)
      ? args.input.replace(/\.xlsm$/i, ".classified.xlsm")
      : args.input.replace(/(\.xlsx)?$/i, ".classified.xlsx"));
  if (sameFile(out, args.input)) throw new CliError("error.outIsInput", { file: args.input });
  return out;
}

export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  return existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);
}
