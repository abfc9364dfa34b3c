// `township-tiers classify`: read the workbook, pick sheet and rules, classify, patch the results in, write.
import { existsSync, readFileSync, realpathSync, writeFileSync } from "fs";
import { resolve } from "path";
import {
  classifySheet,
  defaultRules,
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  mergeRules,
  pageFooter,
  readRulesSheet,
  resultLayout,
  resultPageSetup,
  rulesSheet,
  RULES_SHEET,
  summarySheet,
  SUMMARY_SHEET,
} from "../core";
import type { Lang, Rules, RunResult, SheetOutput } from "../core/types";
import { openWorkbook, patchWorkbook, XlsxError, XlsxWorkbook } from "../xlsx";
import { ClassifyArgs } from "./args";
import { CliError } from "./errors";
import { nodeDeflater } from "./node-deflater";

export type RulesSource = { from: "file"; file: string } | { from: "sheet" } | { from: "default" };

export interface ClassifyOutcome {
  result: RunResult;
  rules: Rules;
  rulesSource: RulesSource;
  /** --rules was given but the workbook keeps its own 规则 sheet, which is left unchanged. */
  rulesSheetKept: boolean;
  outPath: string;
}

export function classifyFile(args: ClassifyArgs, lang: Lang, now: Date): ClassifyOutcome {
  const bytes = readInput(args.input);
  const book = openOrFail(bytes, args.input);
  if (args.sheet !== undefined && !book.sheets.some((s) => s.name === args.sheet)) {
    throw new CliError("error.unknownSheet", { sheet: args.sheet, sheets: book.sheets.map((s) => s.name).join(", ") });
  }
  const sheet = args.sheet ?? defaultSheet(book, args.input);
  const input = book.readSheet(sheet);
  const hasRulesSheet = book.sheets.some((s) => s.name === RULES_SHEET && s.kind === "worksheet");
  const { rules, source } = pickRules(args.rules, hasRulesSheet ? book : undefined, lang);
  const result = classifySheet(input, rules, { lang });

  const sheets: SheetOutput[] = [];
  if (!hasRulesSheet) sheets.push(rulesSheet(rules, lang));
  sheets.push(summarySheet(result, rules, lang, now));
  const outPath = outputPath(args);
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
  return { result, rules, rulesSource: source, rulesSheetKept: hasRulesSheet && source.from === "file", outPath };
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new CliError("error.readFile", { file, reason: reasonOf(err) });
  }
}

function openOrFail(bytes: Uint8Array, file: string): XlsxWorkbook {
  try {
    return openWorkbook(bytes);
  } catch (err) {
    if (err instanceof XlsxError) throw new CliError("error.notXlsx", { file });
    throw err;
  }
}

/** The first worksheet with a header row: visible sheets first, our own output sheets never. */
function defaultSheet(book: XlsxWorkbook, file: string): string {
  const candidates = book.sheets.filter(
    (s) => s.kind === "worksheet" && s.name !== RULES_SHEET && s.name !== SUMMARY_SHEET,
  );
  const ordered = [
    ...candidates.filter((s) => s.state === "visible"),
    ...candidates.filter((s) => s.state !== "visible"),
  ];
  for (const s of ordered) {
    if (findHeaderRow(book.readSheet(s.name, { maxRows: HEADER_SEARCH_ROWS })) !== null) return s.name;
  }
  throw new CliError("error.noSheetWithHeader", { file });
}

function pickRules(
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
function outputPath(args: ClassifyArgs): string {
  if (args.inPlace) return args.input;
  // A macro workbook keeps .xlsm: Excel refuses a macro-enabled package named .xlsx.
  const out =
    args.out ??
    (/\.xlsm$/i.test(args.input)
      ? args.input.replace(/\.xlsm$/i, ".classified.xlsm")
      : args.input.replace(/(\.xlsx)?$/i, ".classified.xlsx"));
  if (sameFile(out, args.input)) throw new CliError("error.outIsInput", { file: args.input });
  return out;
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  return existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);
}

export function reasonOf(err: unknown): string {
  if (err && typeof err === "object" && "code" in err && typeof (err as { code: unknown }).code === "string") {
    const code = (err as { code: string }).code;
    const known: Record<string, string> = {
      ENOENT: "ENOENT (no such file)",
      EACCES: "EACCES (permission denied)",
      EISDIR: "EISDIR (is a directory)",
      ENOTDIR: "ENOTDIR (not a directory)",
    };
    if (known[code]) return known[code];
  }
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}
