// `township-tiers forms DISTRICT.xlsx [--sheet NAME] --out DIR`: one 申报表 workbook per township
// (issue 16.1). Also the district reading that `collect` shares: the file by content (LibreOffice for
// .xls/.et/.ods), the sheet, the rules (规则 sheet or defaults), the classified sheet.
import { mkdirSync, writeFileSync } from "fs";
import { basename, join } from "path";
import { classifySheet, districtForms, districtYear, RULES_SHEET } from "../core";
import type { Lang, Rules, RunResult, SheetInput } from "../core/types";
import { formWorkbook, XlsxWorkbook } from "../xlsx";
import { pickRules } from "./classify";
import { CliError, reasonOf } from "./errors";
import type { OtherFormat } from "./file-format";
import { m } from "./messages";
import { nodeDeflater } from "./node-deflater";
import { checkSheet, defaultSheet, hasWorksheet } from "./sheets";
import { openOrFail, readWorkbookBytes } from "./workbook";
import type { Env } from "./workbook";

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
  const got = readWorkbookBytes({ input: file, inPlace: false }, lang, env);
  const book = openOrFail(got.bytes, file);
  checkSheet(book, sheet);
  const name = sheet ?? defaultSheet(book, file);
  const input = book.readSheet(name);
  const { rules } = pickRules(undefined, hasWorksheet(book, RULES_SHEET) ? book : undefined, lang);
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
