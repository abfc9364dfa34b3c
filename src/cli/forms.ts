// `township-tiers forms DISTRICT.xlsx [--sheet NAME] --out DIR`: one 申报表 workbook per township
// (issue 16.1). Also the district reading that `collect` shares: the file by content (LibreOffice for
// .xls/.et/.ods), the sheet, the rules (规则 sheet or defaults), the classified sheet.
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { classifySheet, defaultRules, districtForms, districtYear, readRulesSheet, RULES_SHEET } from "../core";
import type { Lang, Rules, RunResult, SheetInput } from "../core/types";
import { formWorkbook, openWorkbook, XlsxError, XlsxWorkbook } from "../xlsx";
import { Env, reasonOf } from "./classify";
import { CliError } from "./errors";
import { sniffFormat } from "./file-format";
import type { OtherFormat } from "./file-format";
import { convertToXlsx, findSoffice } from "./libreoffice";
import { m } from "./messages";
import { nodeDeflater } from "./node-deflater";
import { checkSheet, defaultSheet } from "./sheets";

export interface FormsArgs {
  input: string;
  sheet?: string;
  outDir: string;
  lang: Lang;
}

export interface FormsOutcome {
  inputFile: string;
  sheet: string;
  year: string;
  /** The sheet names no year: this one is the clock's. */
  yearFromClock: boolean;
  outDir: string;
  files: { township: string; row: number; file: string }[];
  converted?: OtherFormat;
}

/** A workbook's bytes as .xlsx, or the reason it cannot be had, as a CliError key and params. */
export type XlsxBytes = { bytes: Uint8Array; converted?: OtherFormat } | { failed: CliError };

/** Any file as .xlsx bytes: by content, other spreadsheet formats through LibreOffice. */
export function xlsxBytes(file: string, lang: Lang, env: Env): XlsxBytes {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { failed: new CliError("error.readFile", { file, reason: reasonOf(err) }) };
  }
  const format = sniffFormat(bytes, file);
  switch (format.kind) {
    case "xlsx":
      return { bytes };
    case "empty":
      return { failed: new CliError("error.emptyFile", { file }) };
    case "encrypted":
      return { failed: new CliError("error.encrypted", { file }) };
    case "csv":
    case "text":
    case "html":
      return { failed: new CliError(`error.${format.kind}` as const, { file }) };
    case "unknown":
      return { failed: new CliError("error.notXlsx", { file }) };
    case "convert": {
      const soffice = findSoffice(env);
      const name = m(lang, `format.${format.format}` as const);
      if (soffice === null) return { failed: new CliError("error.needsLibreOffice", { file, format: name }) };
      const xlsx = convertToXlsx(soffice, file, format.format);
      if (xlsx instanceof Uint8Array) return { bytes: xlsx, converted: format.format };
      if (xlsx.failed === "timeout")
        return { failed: new CliError("error.convertTimeout", { file, seconds: xlsx.seconds }) };
      return { failed: new CliError("error.convertFailed", { file, detail: xlsx.detail }) };
    }
  }
}

export interface District {
  bytes: Uint8Array;
  converted?: OtherFormat;
  book: XlsxWorkbook;
  sheet: string;
  input: SheetInput;
  rules: Rules;
  result: RunResult;
}

/** The district workbook read and its sheet classified (to know its columns and township rows). */
export function readDistrict(file: string, sheet: string | undefined, lang: Lang, env: Env): District {
  const got = xlsxBytes(file, lang, env);
  if ("failed" in got) throw got.failed;
  let book: XlsxWorkbook;
  try {
    book = openWorkbook(got.bytes);
  } catch (err) {
    if (err instanceof XlsxError) throw new CliError("error.notXlsx", { file });
    throw err;
  }
  checkSheet(book, sheet);
  const name = sheet ?? defaultSheet(book, file);
  const input = book.readSheet(name);
  const hasRules = book.sheets.some((s) => s.name === RULES_SHEET && s.kind === "worksheet");
  const rules = hasRules ? readRulesSheet(book.readSheet(RULES_SHEET), lang) : defaultRules();
  const result = classifySheet(input, rules, { lang });
  return { bytes: got.bytes, converted: got.converted, book, sheet: name, input, rules, result };
}

export function runForms(args: FormsArgs, env: Env, now: Date): FormsOutcome {
  const district = readDistrict(args.input, args.sheet, args.lang, env);
  const found = districtYear(district.input, district.result);
  const year = found ?? String(now.getFullYear());
  const forms = districtForms(district.input, district.result, district.rules, {
    lang: args.lang,
    year,
    district: basename(args.input),
  });
  try {
    mkdirSync(args.outDir, { recursive: true });
  } catch (err) {
    throw new CliError("error.writeFile", { file: args.outDir, reason: reasonOf(err) });
  }
  const files: FormsOutcome["files"] = [];
  for (const form of forms) {
    const file = join(args.outDir, form.fileName);
    try {
      writeFileSync(file, formWorkbook(form, nodeDeflater));
    } catch (err) {
      throw new CliError("error.writeFile", { file, reason: reasonOf(err) });
    }
    files.push({ township: form.township, row: form.row, file });
  }
  return {
    inputFile: args.input,
    sheet: district.sheet,
    year,
    yearFromClock: found === null,
    outDir: args.outDir,
    files,
    converted: district.converted,
  };
}

export function formsText(outcome: FormsOutcome, lang: Lang): string {
  const lines = [
    m(lang, "forms.made", { sheet: outcome.sheet, n: outcome.files.length, year: outcome.year, dir: outcome.outDir }),
  ];
  for (const f of outcome.files) lines.push(m(lang, "forms.file", { township: f.township, file: f.file }));
  if (outcome.yearFromClock) lines.push(m(lang, "forms.yearFromClock", { year: outcome.year }));
  if (outcome.converted !== undefined)
    lines.push(
      m(lang, "forms.converted", { file: outcome.inputFile, format: m(lang, `format.${outcome.converted}` as const) }),
    );
  return lines.join("\n");
}
