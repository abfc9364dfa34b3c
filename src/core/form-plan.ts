// Forms back (issue 16.2): returned forms matched to district rows (marker, then the form's 乡镇 cell,
// then the file name) and the change plan: cell, old → new, which changes need the user's yes, conflicts,
// townships without a form, refused and ignored files. Values are written in the district column's
// convention (a %-formatted or fraction column gets 0.985 for 98.5), so the sheet classifies after
// collection exactly as if the numbers had been typed in.

import { indicatorLabel } from "./classify";
import type { FormRead, ReturnedFile } from "./form-read";
import { nameKey } from "./forms";
import { t } from "./messages";
import { isPercentFormat } from "./parse-cell";
import { kindOf } from "./parse-cell";
import { a1, cellText, formatNumber, isBlank, round15 } from "./text";
import type { CellValue, IndicatorKey, Lang, Rules, RunResult, SheetInput } from "./types";

/** How a district column holds its numbers: as typed (98.5), as a %-formatted fraction, or a bare fraction. */
export type Convention = "plain" | "percent" | "fraction";

export interface CellChange {
  /** The district cell, A1 on the district sheet. */
  cell: string;
  row: number;
  col: number;
  township: string;
  key: IndicatorKey;
  /** The indicator's name in the run's language. */
  label: string;
  file: string;
  old: CellValue;
  /** The old and new values as the sheet shows them: "98.5%", "0.985", "98.5"; "" for empty. */
  oldText: string;
  newText: string;
  /** What is written: the column's convention applied (0.985 for 98.5 in a percent column). */
  value: number;
  /** The district cell is not empty: changed only when the user says yes (--overwrite). */
  confirm: boolean;
  /** A cell of the same column whose style the written cell takes (its own lacks the column's % format). */
  styleFrom?: string;
}

export type MatchedBy = "marker" | "cell" | "file";

export interface AcceptedForm {
  file: string;
  township: string;
  row: number;
  by: MatchedBy;
  filler: string;
  phone: string;
  date: string;
  /** Other files with the very same values for this township (written once, from `file`). */
  duplicates: string[];
}

export interface FileProblem {
  file: string;
  township?: string;
  /** One line each: the file's bad cells, or why it was refused. */
  reasons: string[];
}

export interface CollectPlan {
  sheet: string;
  year: string | null;
  /** Real changes only (a cell that already holds the value is no change). */
  changes: CellChange[];
  accepted: AcceptedForm[];
  conflicts: { township: string; row: number; files: string[]; message: string }[];
  /** Forms that failed validation: reported with file and cell, nothing of them written. */
  invalid: FileProblem[];
  /** Forms of another year, of a township not in the sheet, or of no township that can be told. */
  refused: FileProblem[];
  /** Workbooks that are not forms, or could not be read. */
  ignored: FileProblem[];
  /** District townships without a (usable) form. */
  missing: { township: string; row: number }[];
}

export interface CollectInput {
  district: SheetInput;
  result: RunResult;
  rules: Rules;
  lang: Lang;
  /** The collection's year (districtYear); null: forms of any year are taken. */
  year: string | null;
  files: ReturnedFile[];
}

interface Township {
  township: string;
  row: number;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
}

/** The district row a form is for, and how it was told; or why none. */
function matchForm(form: FormRead, byName: Map<string, Township>, all: Township[], lang: Lang) {
  const named = form.marker ? form.marker.township : form.township;
  if (named !== null) {
    const hit = byName.get(nameKey(named));
    if (hit) return { hit, by: (form.marker ? "marker" : "cell") as MatchedBy };
    return { reason: t(lang, "form.issue.unknownTownship", { township: named }) };
  }
  const file = nameKey(baseName(form.file));
  const inName = all.filter((x) => file.indexOf(nameKey(x.township)) >= 0);
  // The longest name wins: 王营镇 over 王营 when both are townships.
  inName.sort((a, b) => nameKey(b.township).length - nameKey(a.township).length);
  const best = inName[0];
  if (best && (inName.length === 1 || nameKey(inName[1].township).length < nameKey(best.township).length))
    return { hit: best, by: "file" as MatchedBy };
  return { reason: t(lang, "form.issue.noTownship") };
}

function sameValues(a: FormRead, b: FormRead, rules: Rules): boolean {
  return rules.indicators.every((r) => a.values[r.key] === b.values[r.key]);
}

/** The convention of each indicator column, from the data rows' cells. */
function conventions(input: CollectInput): Map<IndicatorKey, { convention: Convention; percentCell?: string }> {
  const { district, result, rules } = input;
  const origin = district.origin || { row: 1, col: 1 };
  const out = new Map<IndicatorKey, { convention: Convention; percentCell?: string }>();
  for (const rule of rules.indicators) {
    const col = result.columns[rule.key] as number;
    let percentCell: string | undefined;
    let plain = 0;
    let fractions = true;
    for (const r of result.rows) {
      const raw = (district.values[r.row - origin.row] || [])[col - origin.col];
      // An empty cell with a % format counts too: Excel keeps a column's format in its empty cells.
      if (isPercentFormat(district.formats?.[r.row - origin.row]?.[col - origin.col])) {
        if (percentCell === undefined) percentCell = a1(r.row, col);
        continue;
      }
      if (typeof raw !== "number") continue;
      plain++;
      if (raw < 0 || raw > 1) fractions = false;
    }
    const convention: Convention =
      percentCell !== undefined
        ? "percent"
        : kindOf(rule.key) === "rate" && plain > 0 && fractions
          ? "fraction"
          : "plain";
    out.set(rule.key, { convention, percentCell });
  }
  return out;
}

function shownText(raw: CellValue, format: string | undefined): string {
  if (typeof raw === "number" && isPercentFormat(format)) return formatNumber(raw * 100) + "%";
  return cellText(raw);
}

export function planCollection(input: CollectInput): CollectPlan {
  const { district, result, rules, lang } = input;
  const origin = district.origin || { row: 1, col: 1 };
  const all: Township[] = result.rows
    .filter((r) => r.township.trim() !== "")
    .map((r) => ({ township: r.township, row: r.row }));
  const byName = new Map<string, Township>();
  for (const x of all) if (!byName.has(nameKey(x.township))) byName.set(nameKey(x.township), x);
  const plan: CollectPlan = {
    sheet: district.name,
    year: input.year,
    changes: [],
    accepted: [],
    conflicts: [],
    invalid: [],
    refused: [],
    ignored: [],
    missing: [],
  };
  const byRow = new Map<number, { township: Township; forms: { form: FormRead; by: MatchedBy }[] }>();
  for (const f of input.files) {
    if (f.kind !== "form") {
      plan.ignored.push({ file: f.file, reasons: [f.reason] });
      continue;
    }
    const year = f.marker ? f.marker.year : f.year;
    if (input.year !== null && year !== null && year !== "" && year !== input.year) {
      plan.refused.push({ file: f.file, reasons: [t(lang, "form.issue.year", { year, expected: input.year })] });
      continue;
    }
    const match = matchForm(f, byName, all, lang);
    if (!match.hit) {
      plan.refused.push({ file: f.file, reasons: [match.reason as string] });
      continue;
    }
    if (f.issues.length) {
      plan.invalid.push({ file: f.file, township: match.hit.township, reasons: f.issues.map((i) => i.message) });
      continue;
    }
    const entry = byRow.get(match.hit.row) ?? { township: match.hit, forms: [] };
    entry.forms.push({ form: f, by: match.by });
    byRow.set(match.hit.row, entry);
  }
  const columns = conventions(input);
  for (const x of all) {
    const entry = byRow.get(x.row);
    if (!entry) {
      plan.missing.push(x);
      continue;
    }
    const first = entry.forms[0];
    if (entry.forms.some((e) => !sameValues(e.form, first.form, rules))) {
      const files = entry.forms.map((e) => e.form.file);
      const message = t(lang, "form.issue.conflict", {
        township: x.township,
        files: files.join(lang === "zh" ? "、" : ", "),
      });
      plan.conflicts.push({ township: x.township, row: x.row, files, message });
      continue;
    }
    plan.accepted.push({
      file: first.form.file,
      township: x.township,
      row: x.row,
      by: first.by,
      filler: first.form.filler,
      phone: first.form.phone,
      date: first.form.date,
      duplicates: entry.forms.slice(1).map((e) => e.form.file),
    });
    for (const rule of rules.indicators) {
      const col = result.columns[rule.key] as number;
      const r = x.row - origin.row;
      const old = (district.values[r] || [])[col - origin.col] ?? null;
      const format = district.formats?.[r]?.[col - origin.col];
      const typed = first.form.values[rule.key] as number;
      const { convention, percentCell } = columns.get(rule.key)!;
      const value = convention === "plain" ? typed : round15(typed / 100);
      const cell = a1(x.row, col);
      const formula = district.uncalculated !== undefined && district.uncalculated[cell] !== undefined;
      if (!formula && typeof old === "number" && round15(old) === value) continue;
      const change: CellChange = {
        cell,
        row: x.row,
        col,
        township: x.township,
        key: rule.key,
        label: indicatorLabel(rule, lang),
        file: first.form.file,
        old,
        oldText: formula ? "=" + district.uncalculated![cell] : shownText(old, format),
        newText: convention === "percent" ? formatNumber(typed) + "%" : formatNumber(value),
        value,
        confirm: formula || !isBlank(old),
      };
      if (convention === "percent" && !isPercentFormat(format)) change.styleFrom = percentCell;
      plan.changes.push(change);
    }
  }
  return plan;
}

/** The changes to write: those into empty cells, and the others only where the user said yes. */
export function changesToWrite(
  plan: CollectPlan,
  confirmed: boolean | ((change: CellChange) => boolean),
): CellChange[] {
  const yes = typeof confirmed === "function" ? confirmed : () => confirmed;
  return plan.changes.filter((c) => !c.confirm || yes(c));
}
