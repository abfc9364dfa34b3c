// Forms out (issue 16.1): one 申报表 per township of the district sheet, as a model of cells that a
// front end writes (src/xlsx/form-book.ts): values, merges, widths, the unlocked input cells, data
// validations with input messages, the marker, and a portrait A4 page setup fitted to one page.

import { indicatorLabel } from "./classify";
import { formLabel, FORM_SHEET, markerText } from "./forms";
import { t } from "./messages";
import { cellText, formatNumber } from "./text";
import { pageFooter } from "./layout";
import type { CellValue, IndicatorRule, Lang, PageSetup, Rules, RunResult, SheetInput } from "./types";

/** A cell of the form. `input` cells are unlocked and bordered: the ones the township fills in. */
export interface FormCell {
  value: string | number | null;
  bold?: boolean;
  input?: boolean;
  border?: boolean;
  wrap?: boolean;
  /** Number format; "@" keeps a phone number's leading zero. */
  numFmt?: string;
}

/** A decimal data validation with its input message (Excel shows it when the cell is selected). */
export interface FormValidation {
  ref: string;
  min: number;
  /** null: no upper limit (greaterThanOrEqual). */
  max: number | null;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface FormSheet {
  name: string;
  cells: FormCell[][];
  merges: string[];
  columnWidths: number[];
  /** 1-based row → points, for the wrapped title and note. */
  rowHeights: Record<number, number>;
  validations: FormValidation[];
  page: PageSetup;
}

export interface TownshipForm {
  township: string;
  /** The township's 1-based row on the district sheet. */
  row: number;
  year: string;
  /** A file name (no folder) made from the year and the township. */
  fileName: string;
  /** The marker's text (markerText), for the defined name and the document property. */
  marker: string;
  sheet: FormSheet;
}

/** Where things are on a fresh form (1-based rows; the reader finds them by their labels instead). */
export const FORM_ROWS = { title: 1, year: 3, township: 4, prior: 5, target: 6, head: 8, first: 9 };
const WIDTHS = [30, 16, 10, 22];

/** Excel caps a validation's titles at 32 characters and its messages at 255. */
function cap(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n);
}

function rangeText(rule: IndicatorRule, lang: Lang): string {
  return rule.max === Infinity
    ? t(lang, "form.atLeast", { min: formatNumber(rule.min) })
    : t(lang, "form.between", { min: formatNumber(rule.min), max: formatNumber(rule.max) });
}

function validation(rule: IndicatorRule, ref: string, label: string, lang: Lang): FormValidation {
  const range = rangeText(rule, lang);
  const unit = rule.unit ? (lang === "zh" ? "（" + rule.unit + "）" : " (" + rule.unit + ")") : "";
  return {
    ref,
    min: rule.min,
    max: rule.max === Infinity ? null : rule.max,
    promptTitle: cap(label, 32),
    prompt: cap(t(lang, "form.prompt", { label, range, unit }), 255),
    errorTitle: cap(t(lang, "form.errorTitle"), 32),
    error: cap(t(lang, "form.error", { label, range }), 225),
  };
}

function labelCell(lang: Lang, key: "form.year" | "form.township" | "form.prior" | "form.target"): FormCell {
  return { value: t(lang, key), bold: true, border: true };
}

function shown(raw: CellValue | undefined): string | number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return raw;
  const text = cellText(raw);
  return text === "" ? null : text;
}

/** File names Windows, macOS and WPS all accept. */
export function safeFileName(name: string): string {
  let cleaned = "";
  for (const ch of name) cleaned += ch < " " || '\\/:*?"<>|'.indexOf(ch) >= 0 ? "_" : ch;
  cleaned = cleaned.replace(/^[.\s]+|[.\s]+$/g, "");
  return cleaned || "_";
}

export interface FormFacts {
  township: string;
  row: number;
  year: string;
  prior: CellValue | undefined;
  target: CellValue | undefined;
  district: string;
}

/** The 申报表 of one township. */
export function townshipForm(facts: FormFacts, rules: Rules, lang: Lang): TownshipForm {
  const R = FORM_ROWS;
  const cells: FormCell[][] = [];
  const put = (row: number, line: FormCell[]) => (cells[row - 1] = line);
  put(R.title, [{ value: t(lang, "form.title", { year: facts.year }), bold: true, wrap: true }]);
  const yearValue = /^\d{4}$/.test(facts.year) ? Number(facts.year) : facts.year;
  put(R.year, [labelCell(lang, "form.year"), { value: yearValue, border: true }]);
  put(R.township, [labelCell(lang, "form.township"), { value: facts.township, border: true }]);
  put(R.prior, [labelCell(lang, "form.prior"), { value: shown(facts.prior), border: true }]);
  put(R.target, [labelCell(lang, "form.target"), { value: shown(facts.target), border: true }]);
  const heads = ["form.indicator", "form.value", "form.unit", "form.range"] as const;
  put(
    R.head,
    heads.map((k) => ({ value: t(lang, k), bold: true, border: true })),
  );
  const validations: FormValidation[] = [];
  rules.indicators.forEach((rule, i) => {
    const row = R.first + i;
    const label = formLabel(rule.key, rules, lang);
    put(row, [
      { value: label, border: true },
      { value: null, input: true },
      { value: rule.unit || null, border: true },
      { value: rangeText(rule, lang), border: true },
    ]);
    validations.push(validation(rule, "B" + row, indicatorLabel(rule, lang), lang));
  });
  const sign = R.first + rules.indicators.length + 1;
  put(sign, [
    { value: t(lang, "form.filler"), bold: true, border: true },
    { value: null, input: true },
  ]);
  put(sign + 1, [
    { value: t(lang, "form.phone"), bold: true, border: true },
    { value: null, input: true, numFmt: "@" },
  ]);
  put(sign + 2, [
    { value: t(lang, "form.date"), bold: true, border: true },
    { value: null, input: true },
  ]);
  const note = sign + 4;
  put(note, [{ value: t(lang, "form.note"), wrap: true }]);
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  const name = lang === "zh" ? `${facts.year}年${facts.township}申报表` : `${facts.year} ${facts.township} form`;
  return {
    township: facts.township,
    row: facts.row,
    year: facts.year,
    fileName: safeFileName(name) + ".xlsx",
    marker: markerText({ year: facts.year, township: facts.township, district: facts.district }),
    sheet: {
      name: FORM_SHEET,
      cells,
      merges: [`A${R.title}:D${R.title}`, `A${note}:D${note}`],
      columnWidths: WIDTHS.slice(),
      rowHeights: { [R.title]: 36, [note]: 48 },
      validations,
      page: { orientation: "portrait", paper: "A4", fitWide: 1, fitTall: 1, titleRows: null, footer: pageFooter(lang) },
    },
  };
}

/**
 * One form per township row of a classified district sheet (rows with a blank township have none).
 * Two rows with one name get one file name each: 王营镇申报表.xlsx, 王营镇申报表 (2).xlsx.
 */
export function districtForms(
  input: SheetInput,
  result: RunResult,
  rules: Rules,
  options: { lang: Lang; year: string; district: string },
): TownshipForm[] {
  const origin = input.origin || { row: 1, col: 1 };
  const cell = (row: number, col: number | undefined): CellValue | undefined =>
    col === undefined ? undefined : (input.values[row - origin.row] || [])[col - origin.col];
  const forms: TownshipForm[] = [];
  const taken = new Set<string>();
  for (const r of result.rows) {
    if (r.township.trim() === "") continue;
    const form = townshipForm(
      {
        township: r.township,
        row: r.row,
        year: options.year,
        prior: cell(r.row, result.columns.priorTier),
        target: cell(r.row, result.columns.targetTier),
        district: options.district,
      },
      rules,
      options.lang,
    );
    let name = form.fileName;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = form.fileName.replace(/\.xlsx$/, ` (${n}).xlsx`);
    taken.add(name.toLowerCase());
    form.fileName = name;
    forms.push(form);
  }
  return forms;
}
