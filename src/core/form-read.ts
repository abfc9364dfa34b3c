// Forms back (issue 16.2): a returned workbook read as a 申报表. Cells are found by their labels, not
// by address, so rows inserted above, a re-save by WPS or LibreOffice, or a renamed file change nothing.
// Every indicator is checked with the core's own cell parsing and the rules' min/max; a bad cell is an
// issue naming the file and the cell, never an exception.

import { FORM_SHEET, labelIndex, parseMarker } from "./forms";
import type { FormField, FormMarker } from "./forms";
import { formLabel } from "./forms";
import { t } from "./messages";
import { kindOf, parseCell } from "./parse-cell";
import { a1, cellText, formatNumber, headerText, isBlank } from "./text";
import type { CellValue, IndicatorKey, Lang, Rules, SheetInput } from "./types";

/** A returned file as a front end hands it over: its sheets (small: a form is one page) and its marker. */
export interface FormSource {
  file: string;
  sheets: SheetInput[];
  /** The marker's text from the defined name or the document property, if either is there. */
  marker: string | null;
}

export interface FormIssue {
  cell: string; // 申报表!B9
  message: string;
}

export interface FormRead {
  kind: "form";
  file: string;
  sheet: string;
  marker: FormMarker | null;
  /** The 乡镇 cell's text, or null when blank. */
  township: string | null;
  /** The 年度 cell's text, or null. */
  year: string | null;
  /** Every indicator with a valid value; complete when `issues` is empty. */
  values: Partial<Record<IndicatorKey, number>>;
  /** The form's cell of each indicator found (申报表!B9). */
  cells: Partial<Record<IndicatorKey, string>>;
  issues: FormIssue[];
  filler: string;
  phone: string;
  date: string;
}

/** A file that is not a form (ignored, listed), or that could not be read at all. */
export interface NotForm {
  kind: "not-form" | "unreadable";
  file: string;
  reason: string;
}

export type ReturnedFile = FormRead | NotForm;

/** Forms are one page: labels further away than this are not the form's. */
const SCAN_ROWS = 300;
const SCAN_COLS = 30;

interface Found {
  at: Map<IndicatorKey | FormField, { row: number; col: number }>;
}

function findLabels(sheet: SheetInput, index: Map<string, IndicatorKey | FormField>): Found {
  const origin = sheet.origin || { row: 1, col: 1 };
  const at: Found["at"] = new Map();
  const rows = Math.min(sheet.values.length, SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const line = sheet.values[r] || [];
    for (let c = 0; c < Math.min(line.length, SCAN_COLS); c++) {
      const v = line[c];
      if (typeof v !== "string" || isBlank(v)) continue;
      const key = index.get(headerText(v));
      if (key !== undefined && !at.has(key)) at.set(key, { row: r + origin.row, col: c + origin.col });
    }
  }
  return { at };
}

function valueRight(sheet: SheetInput, pos: { row: number; col: number }): { raw: CellValue; format?: string } {
  const origin = sheet.origin || { row: 1, col: 1 };
  const r = pos.row - origin.row;
  const c = pos.col + 1 - origin.col;
  return { raw: (sheet.values[r] || [])[c] ?? null, format: sheet.formats?.[r]?.[c] };
}

const DAY_MS = 86400000;

/** A date cell as 2015-01-05 (Excel stores dates as day numbers); other cells as their text. */
function dateText(raw: CellValue, format: string | undefined): string {
  if (typeof raw === "number" && raw > 0 && raw < 2958466 && format && /[ymd]/i.test(format.replace(/"[^"]*"/g, ""))) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(raw) * DAY_MS);
    return d.toISOString().slice(0, 10);
  }
  return cellText(raw);
}

/** The form in one workbook: the sheet named 申报表, else the first that labels every indicator. */
export function readReturnedFile(source: FormSource, rules: Rules, lang: Lang): ReturnedFile {
  const marker = parseMarker(source.marker);
  const index = labelIndex(rules);
  const scans = source.sheets.map((sheet) => ({ sheet, found: findLabels(sheet, index) }));
  const complete = (s: { found: Found }) => rules.indicators.every((r) => s.found.at.has(r.key));
  const chosen =
    scans.filter((s) => s.sheet.name === FORM_SHEET && (marker !== null || complete(s)))[0] ||
    scans.filter(complete)[0] ||
    (marker !== null ? scans.filter((s) => s.sheet.name === FORM_SHEET)[0] || scans[0] : undefined);
  if (chosen === undefined) return { kind: "not-form", file: source.file, reason: t(lang, "form.issue.notForm") };
  const { sheet, found } = chosen;
  const where = (pos: { row: number; col: number }) => sheet.name + "!" + a1(pos.row, pos.col + 1);
  const text = (f: FormField): string | null => {
    const pos = found.at.get(f);
    if (!pos) return null;
    const { raw, format } = valueRight(sheet, pos);
    const s = f === "date" ? dateText(raw, format) : cellText(raw);
    return s === "" ? null : s;
  };
  const read: FormRead = {
    kind: "form",
    file: source.file,
    sheet: sheet.name,
    marker,
    township: text("township"),
    year: text("year"),
    values: {},
    cells: {},
    issues: [],
    filler: text("filler") ?? "",
    phone: text("phone") ?? "",
    date: text("date") ?? "",
  };
  let blank = 0;
  for (const rule of rules.indicators) {
    const label = formLabel(rule.key, rules, lang);
    const pos = found.at.get(rule.key);
    if (!pos) {
      read.issues.push({ cell: sheet.name, message: t(lang, "form.issue.noLabel", { label }) });
      continue;
    }
    const cell = where(pos);
    read.cells[rule.key] = cell;
    const { raw, format } = valueRight(sheet, pos);
    const parsed = parseCell(raw, format, kindOf(rule.key));
    const params = { cell, column: label, label, raw: cellText(raw), min: formatNumber(rule.min) };
    if (!parsed.ok) {
      if (parsed.code === "missing") blank++;
      const key = parsed.code === "missing" ? "form.issue.missing" : (("issue." + parsed.code) as "issue.boolean");
      read.issues.push({ cell, message: t(lang, key, params) });
      continue;
    }
    const v = parsed.value;
    if (v < rule.min || v > rule.max) {
      const max = rule.max === Infinity ? "" : formatNumber(rule.max);
      const message =
        rule.max === Infinity
          ? t(lang, "issue.below-min", { ...params, raw: formatNumber(v) })
          : t(lang, "issue.out-of-range", { ...params, raw: formatNumber(v), max });
      read.issues.push({ cell, message });
      continue;
    }
    read.values[rule.key] = v;
  }
  // A form sent back as it went out: one line, not one per indicator.
  if (blank === rules.indicators.length) {
    const cells = read.issues.map((i) => i.cell);
    const range = cells[0] + ":" + cells[cells.length - 1].replace(/^.*!/, "");
    read.issues = [{ cell: range, message: t(lang, "form.issue.blank", { cells: range }) }];
  }
  return read;
}
