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
import { sniffFormat } from "./file-format";
import type { OtherFormat } from "./file-format";
import { convertToXlsx, findSoffice } from "./libreoffice";
import { m } from "./messages";
import { nodeDeflater } from "./node-deflater";

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
}

export function classifyFile(args: ClassifyArgs, lang: Lang, now: Date, env: Env = {}): ClassifyOutcome {
  const { bytes, converted } = readWorkbookBytes(args, lang, env);
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
  };
}

export type Env = Record<string, string | undefined>;

/**
 * The input as .xlsx bytes. Another spreadsheet format (by content, whatever the name says) goes through
 * LibreOffice when it is installed; anything else is named in one line: empty, encrypted, CSV, …
 */
function readWorkbookBytes(args: ClassifyArgs, lang: Lang, env: Env): { bytes: Uint8Array; converted?: OtherFormat } {
  const bytes = readInput(args.input);
  const format = sniffFormat(bytes, args.input);
  const file = args.input;
  switch (format.kind) {
    case "xlsx":
      return { bytes };
    case "empty":
      throw new CliError("error.emptyFile", { file });
    case "encrypted":
      throw new CliError("error.encrypted", { file });
    case "csv":
    case "text":
    case "html":
      throw new CliError(`error.${format.kind}` as const, { file });
    case "unknown":
      throw new CliError("error.notXlsx", { file });
    case "convert": {
      const name = m(lang, `format.${format.format}` as const);
      if (args.inPlace) throw new CliError("error.inPlaceConverted", { format: name, out: convertedOutput(file) });
      const soffice = findSoffice(env);
      if (soffice === null) throw new CliError("error.needsLibreOffice", { file, format: name });
      const xlsx = convertToXlsx(soffice, file, format.format);
      if (xlsx instanceof Uint8Array) return { bytes: xlsx, converted: format.format };
      if (xlsx.failed === "timeout") throw new CliError("error.convertTimeout", { file, seconds: xlsx.seconds });
      throw new CliError("error.convertFailed", { file, detail: xlsx.detail });
    }
  }
}

/** in.xls, in.et, in.ods (or an .xls named in.xlsx) → in.classified.xlsx. */
function convertedOutput(input: string): string {
  return input.replace(/\.[^./\\]*$/, "") + ".classified.xlsx";
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
