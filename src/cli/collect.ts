// `township-tiers collect DISTRICT.xlsx FORM.xlsx... [--out FILE] [--overwrite] [--json FILE|-]`
// (issue 16.2): returned forms matched to townships, checked, and their numbers written into a new
// district workbook (the input is never written) with a 收表记录 sheet. A cell that already holds a
// value changes only with --overwrite.
import { existsSync, realpathSync, writeFileSync } from "fs";
import { basename, resolve } from "path";
import {
  changesToWrite,
  collectRecords,
  columnLetters,
  districtYear,
  planCollection,
  readRecords,
  readReturnedFile,
  recordsSheet,
  RECORDS_SHEET,
} from "../core";
import type { CellChange, CollectPlan, Lang, ReturnedFile, Rules } from "../core";
import { cellFormats, openWorkbook, patchWorkbook, readFormMarker, writeCellValues, XlsxError } from "../xlsx";
import { CliError, reasonOf } from "./errors";
import type { OtherFormat } from "./file-format";
import { readDistrict } from "./forms";
import type { District } from "./forms";
import { m } from "./messages";
import { nodeDeflater } from "./node-deflater";
import { hasWorksheet } from "./sheets";
import { xlsxBytes } from "./workbook";
import type { Env } from "./workbook";

export interface CollectArgs {
  input: string;
  forms: string[];
  sheet?: string;
  out?: string;
  overwrite: boolean;
  /** A file to write the JSON to; "-" is left to the caller (print collectJson to stdout). */
  json?: string;
  lang: Lang;
}

export interface CollectOutcome {
  inputFile: string;
  outPath: string;
  plan: CollectPlan;
  /** The changes written (all of them with --overwrite; else those into empty cells). */
  written: CellChange[];
  /** Changes of cells that hold a value, not written for want of --overwrite. */
  held: CellChange[];
  converted?: OtherFormat;
  /** Forms that LibreOffice converted (.xls, .et, .ods), with their format. */
  convertedForms: { file: string; format: OtherFormat }[];
}

/** Forms are one page: more rows than this are not read (a district workbook sent by mistake). */
const FORM_ROWS = 300;

function readForm(
  file: string,
  rules: Rules,
  lang: Lang,
  env: Env,
  converted: CollectOutcome["convertedForms"],
): ReturnedFile {
  const got = xlsxBytes(file, lang, env);
  if ("failed" in got) return { kind: "unreadable", file, reason: m(lang, got.failed.key, got.failed.params) };
  if (got.converted) converted.push({ file, format: got.converted });
  try {
    const book = openWorkbook(got.bytes);
    const sheets = book.sheets
      .filter((s) => s.kind === "worksheet")
      .map((s) => book.readSheet(s.name, { maxRows: FORM_ROWS }));
    return readReturnedFile({ file, sheets, marker: readFormMarker(got.bytes) }, rules, lang);
  } catch (err) {
    if (err instanceof XlsxError) return { kind: "unreadable", file, reason: m(lang, "error.notXlsx", { file }) };
    throw err;
  }
}

function outputPath(args: CollectArgs, converted: boolean): string {
  const out =
    args.out ??
    (converted || !/\.xlsx$/i.test(args.input)
      ? args.input.replace(/\.[^./\\]*$/, "") + ".collected.xlsx"
      : args.input.replace(/\.xlsx$/i, ".collected.xlsx"));
  const same =
    resolve(out) === resolve(args.input) || (existsSync(out) && realpathSync(out) === realpathSync(args.input));
  if (same) throw new CliError("error.outIsInput", { file: args.input });
  return out;
}

/** The formats of the empty indicator cells of data rows, into the sheet the core reads (as Excel gives them). */
function addEmptyFormats(district: District): void {
  const { input, result, rules } = district;
  const empty: { r: number; c: number; ref: string }[] = [];
  for (const row of result.rows)
    for (const rule of rules.indicators) {
      const c = (result.columns[rule.key] as number) - 1;
      const v = (input.values[row.row - 1] || [])[c];
      if (v === null || v === undefined) empty.push({ r: row.row - 1, c, ref: columnLetters(c + 1) + row.row });
    }
  if (!empty.length) return;
  const found = cellFormats(
    district.bytes,
    district.sheet,
    empty.map((e) => e.ref),
  );
  const formats = input.formats ?? (input.formats = []);
  for (const e of empty) {
    const f = found.get(e.ref);
    if (f === undefined) continue;
    const line = formats[e.r] ?? (formats[e.r] = []);
    line[e.c] = f;
  }
}

export function runCollect(args: CollectArgs, env: Env, now: Date): CollectOutcome {
  const { lang } = args;
  const district = readDistrict(args.input, args.sheet, lang, env);
  const outPath = outputPath(args, district.converted !== undefined);
  const convertedForms: CollectOutcome["convertedForms"] = [];
  const files = args.forms.map((f) => readForm(f, district.rules, lang, env, convertedForms));
  addEmptyFormats(district);
  const plan = planCollection({
    district: district.input,
    result: district.result,
    rules: district.rules,
    lang,
    year: districtYear(district.input, district.result),
    files,
  });
  const written = changesToWrite(plan, args.overwrite);
  const held = plan.changes.filter((c) => written.indexOf(c) < 0);
  const hasRecords = hasWorksheet(district.book, RECORDS_SHEET);
  const previous = readRecords(hasRecords ? district.book.readSheet(RECORDS_SHEET) : null);
  const records = collectRecords(plan, written, previous, now);
  const withValues = writeCellValues(
    district.bytes,
    district.sheet,
    written.map((c) => ({ cell: c.cell, value: c.value, styleFrom: c.styleFrom })),
  );
  const bytes = patchWorkbook(
    withValues,
    { sheet: district.sheet, blocks: [], sheets: [recordsSheet(records, lang)] },
    { deflater: nodeDeflater },
  );
  write(outPath, bytes);
  const outcome: CollectOutcome = {
    inputFile: args.input,
    outPath,
    plan,
    written,
    held,
    converted: district.converted,
    convertedForms,
  };
  if (args.json !== undefined && args.json !== "-")
    write(args.json, `${JSON.stringify(collectJson(outcome), null, 2)}\n`);
  return outcome;
}

function write(file: string, data: Uint8Array | string): void {
  try {
    writeFileSync(file, data);
  } catch (err) {
    throw new CliError("error.writeFile", { file, reason: reasonOf(err) });
  }
}

/** The outcome as JSON: every change with written true/false, and every file's fate. */
export function collectJson(outcome: CollectOutcome): object {
  const { plan } = outcome;
  return {
    sheet: plan.sheet,
    year: plan.year,
    output: outcome.outPath,
    changes: plan.changes.map((c) => ({
      cell: c.cell,
      township: c.township,
      indicator: c.key,
      file: c.file,
      old: c.old,
      new: c.value,
      needsConfirmation: c.confirm,
      written: outcome.written.indexOf(c) >= 0,
    })),
    accepted: plan.accepted,
    conflicts: plan.conflicts.map((c) => ({ township: c.township, row: c.row, files: c.files })),
    invalid: plan.invalid,
    refused: plan.refused,
    ignored: plan.ignored,
    missing: plan.missing,
  };
}

export function collectText(outcome: CollectOutcome, lang: Lang, jsonFile?: string): string {
  const { plan } = outcome;
  const files = plan.accepted.length + plan.accepted.reduce((n, a) => n + a.duplicates.length, 0);
  const total = files + plan.conflicts.reduce((n, c) => n + c.files.length, 0);
  const received = total + plan.invalid.length + plan.refused.length + plan.ignored.length;
  const lines = [m(lang, "collect.head", { sheet: plan.sheet, files: received, accepted: plan.accepted.length })];
  const show = (c: CellChange) =>
    m(lang, "collect.change", {
      cell: c.cell,
      township: c.township,
      label: c.label,
      old: c.oldText === "" ? m(lang, "collect.empty") : c.oldText,
      new: c.newText,
    });
  if (outcome.written.length) {
    lines.push(m(lang, "collect.changes"));
    for (const c of outcome.written) lines.push(show(c));
  } else if (!outcome.held.length && plan.accepted.length) lines.push(m(lang, "collect.none"));
  if (outcome.held.length) {
    lines.push(m(lang, "collect.heldHead"));
    for (const c of outcome.held) lines.push(show(c));
  }
  const sep = lang === "zh" ? "、" : ", ";
  const dups = plan.accepted.filter((a) => a.duplicates.length);
  if (dups.length) {
    lines.push(m(lang, "collect.duplicatesHead"));
    for (const a of dups)
      lines.push(
        m(lang, "collect.duplicate", {
          township: a.township,
          files: [a.file, ...a.duplicates].map((f) => basename(f)).join(sep),
          file: basename(a.file),
        }),
      );
  }
  if (plan.conflicts.length) {
    lines.push(m(lang, "collect.conflicts"));
    for (const c of plan.conflicts) lines.push(`  ${c.message}`);
  }
  const listFiles = (head: "collect.invalid" | "collect.refused" | "collect.ignored", list: CollectPlan["invalid"]) => {
    if (!list.length) return;
    lines.push(m(lang, head));
    for (const p of list)
      for (const reason of p.reasons) lines.push(m(lang, "collect.fileLine", { file: p.file, reason }));
  };
  listFiles("collect.invalid", plan.invalid);
  listFiles("collect.refused", plan.refused);
  listFiles("collect.ignored", plan.ignored);
  if (plan.missing.length)
    lines.push(
      m(lang, "collect.missing", { n: plan.missing.length, list: plan.missing.map((x) => x.township).join(sep) }),
    );
  for (const f of outcome.convertedForms)
    lines.push(m(lang, "forms.converted", { file: f.file, format: m(lang, `format.${f.format}` as const) }));
  lines.push(m(lang, "collect.records", { sheet: RECORDS_SHEET }));
  lines.push(m(lang, "collect.output", { file: outcome.outPath }));
  if (jsonFile && jsonFile !== "-") lines.push(m(lang, "sum.json", { file: jsonFile }));
  return lines.join("\n");
}
