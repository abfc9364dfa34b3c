// 乡级申报 (regulation 四.1, issue 16): what the form and its collection share. The form's marker (a
// defined name and a document property naming township, year and district workbook), the labels a
// returned form is read by, the assessment year of a district sheet, and how names are compared.

import { indicatorLabel } from "./classify";
import { t } from "./messages";
import type { MessageKey } from "./messages";
import { cellText, compactText, headerText, isBlank } from "./text";
import type { IndicatorKey, Lang, Rules, RunResult, SheetInput } from "./types";

/** The form's sheet, the same name in both languages (like 规则). */
export const FORM_SHEET = "申报表";
/** The defined name and the custom document property that carry the marker. */
export const FORM_MARKER_NAME = "TownshipTiersForm";
const MARKER_TAG = "township-tiers form 1";

export interface FormMarker {
  year: string;
  township: string;
  /** The district workbook's file name when the form was made (informative: districts rename it too). */
  district: string;
}

/** One field of the marker: no separator, no quote (an Excel string constant doubles them). */
function field(s: string): string {
  return s.replace(/[|"]/g, "_").trim();
}

export function markerText(marker: FormMarker): string {
  return [MARKER_TAG, field(marker.year), field(marker.township), field(marker.district)].join("|");
}

/** The marker back from its text; null for anything else (another program's name, an edited value). */
export function parseMarker(text: string | null | undefined): FormMarker | null {
  if (typeof text !== "string") return null;
  const parts = text.replace(/^"|"$/g, "").split("|");
  if (parts.length !== 4 || parts[0] !== MARKER_TAG || parts[2].trim() === "") return null;
  return { year: parts[1].trim(), township: parts[2].trim(), district: parts[3].trim() };
}

/** How township names are compared: NFKC, no whitespace, lower case ("王 营镇" is "王营镇"). */
export function nameKey(name: string): string {
  return compactText(name);
}

/** The form rows a reader looks for beside the indicators. */
export type FormField = "year" | "township" | "prior" | "target" | "filler" | "phone" | "date";
export const FORM_FIELDS: FormField[] = ["year", "township", "prior", "target", "filler", "phone", "date"];

/** Every label (both languages) a form row can carry, in the form labels are compared in. */
export function labelIndex(rules: Rules): Map<string, IndicatorKey | FormField> {
  const index = new Map<string, IndicatorKey | FormField>();
  for (const lang of ["zh", "en"] as Lang[]) {
    for (const f of FORM_FIELDS) index.set(headerText(t(lang, ("form." + f) as MessageKey)), f);
    for (const r of rules.indicators) index.set(headerText(indicatorLabel(r, lang)), r.key);
  }
  for (const r of rules.indicators) index.set(headerText(r.label), r.key);
  return index;
}

/** An indicator's label on the form, with its unit: 计划生育率（%）. */
export function formLabel(key: IndicatorKey, rules: Rules, lang: Lang): string {
  const rule = rules.indicators.filter((r) => r.key === key)[0];
  const label = indicatorLabel(rule, lang);
  return rule.unit ? label + (lang === "zh" ? "（" + rule.unit + "）" : " (" + rule.unit + ")") : label;
}

const YEAR = /(19|20)\d\d/;

/**
 * The assessment year of a district sheet: its 年度 column (the most common value), else a year in the
 * sheet's name or in a row above the header (2014年考核), else null.
 */
export function districtYear(input: SheetInput, result: RunResult): string | null {
  const counts = new Map<string, number>();
  for (const row of result.rows) {
    if (row.year === null || row.year === "") continue;
    const m = YEAR.exec(String(row.year));
    if (m) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) as number)) best = year;
  if (best !== null) return best;
  const inName = YEAR.exec(input.name);
  if (inName) return inName[0];
  const origin = input.origin || { row: 1, col: 1 };
  for (let r = 0; r < result.headerRow - origin.row && r < input.values.length; r++) {
    for (const v of input.values[r] || []) {
      if (isBlank(v)) continue;
      const m = YEAR.exec(cellText(v));
      if (m) return m[0];
    }
  }
  return null;
}
