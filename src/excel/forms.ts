// 乡级申报 in the add-in (issue 16): the district sheet read as the classify action reads it, then the
// forms made from it (forms out: the pane turns them into files) or the returned forms planned and written
// into it (forms back, forms-collect.ts). Loaded on demand with the pane's forms section (app.ts).
import {
  classifySheet,
  defaultRules,
  districtForms,
  districtYear,
  readRulesSheet,
  RECORDS_SHEET,
  RULES_SHEET,
} from "../core";
import type { Lang, Rules, RunResult, SheetInput, TownshipForm } from "../core";
import { guarded } from "./actions";
import type { ActionOptions, ActionReport } from "./actions";
import { AdapterError } from "./errors";
import { ownSheet } from "./own-sheets";
import { isBlankGrid, Probe, probeSheet, readArea, sheetInput, usedRange } from "./read";
import type { Session } from "./session";

export interface District {
  probe: Probe;
  input: SheetInput;
  rules: Rules;
  result: RunResult;
  /** The 收表记录 sheet's cells, or null when the workbook has none. */
  records: SheetInput | null;
}

function usedCells(s: Session, name: string, formats: boolean): () => SheetInput {
  const range = usedRange(s.ctx.workbook.worksheets.getItem(name), s);
  range.load(formats ? "values, numberFormat, rowIndex, columnIndex" : "values, rowIndex, columnIndex");
  return () => ({
    name,
    values: range.values,
    formats: formats ? range.numberFormat : undefined,
    origin: { row: range.rowIndex + 1, col: range.columnIndex + 1 },
  });
}

/**
 * The district sheet (the picked one, else the active one) with every column's number format (empty cells'
 * too: a %-formatted empty column gets fractions, as typed numbers would), its rules (规则 or the
 * defaults), classified to know its townships and columns, and the 收表记录 sheet. 1–2 syncs for a district.
 */
export async function readDistrict(s: Session, lang: Lang, sheetName: string | undefined): Promise<District> {
  const probe = await probeSheet(s, sheetName, [RULES_SHEET, RECORDS_SHEET]);
  if (ownSheet(probe.name)) throw new AdapterError("own-sheet", "ownSheet", { sheet: probe.name });
  if (probe.protected) throw new AdapterError("protected", "protected", { sheet: probe.name });
  let rulesInput: SheetInput | null = null;
  let records: SheetInput | null = null;
  const alongFirst = () => {
    const rules = probe.exists(RULES_SHEET) ? usedCells(s, RULES_SHEET, true) : null;
    const recs = probe.exists(RECORDS_SHEET) ? usedCells(s, RECORDS_SHEET, false) : null;
    if (!rules && !recs) return null;
    return () => {
      rulesInput = rules ? rules() : null;
      records = recs ? recs() : null;
    };
  };
  const every: number[] = [];
  for (let c = 0; c < probe.used.cols; c++) every.push(c);
  const plan = probe.head ? { head: probe.head, formatColumns: () => every } : undefined;
  const grid = await readArea(s, probe.ws, probe.used, alongFirst, plan);
  if (isBlankGrid(grid)) throw new AdapterError("empty", "empty", { sheet: probe.name });
  const ruleCells = rulesInput as SheetInput | null;
  const rules =
    ruleCells && !isBlankGrid({ values: ruleCells.values, formats: [] })
      ? readRulesSheet(ruleCells, lang)
      : defaultRules();
  const input = sheetInput(probe.name, probe.used, grid);
  const result = classifySheet(input, rules, { lang });
  return { probe, input, rules, result, records };
}

/** The workbook's file name, for the forms' marker (informative only: districts rename their files). */
function workbookFileName(): string {
  const doc = typeof Office !== "undefined" && Office.context ? Office.context.document : undefined;
  const url = doc && typeof doc.url === "string" ? doc.url : "";
  const name = url.replace(/[?#].*$/, "").replace(/^.*[\\/]/, "");
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a path with a stray % is a name as it stands
  }
}

export interface FormsMade {
  sheet: string;
  year: string;
  /** The sheet names no year: this one is the clock's. */
  yearFromClock: boolean;
  forms: TownshipForm[];
}

/** Forms out: one 申报表 per township row of the district sheet, as the core's model. Reads only. */
export function makeForms(options: ActionOptions & { now?: Date }): Promise<ActionReport<FormsMade>> {
  return guarded(options, async (s) => {
    const d = await readDistrict(s, options.lang, options.sheetName);
    const found = districtYear(d.input, d.result);
    const year = found !== null ? found : String((options.now || new Date()).getFullYear());
    const forms = districtForms(d.input, d.result, d.rules, {
      lang: options.lang,
      year,
      district: workbookFileName(),
    });
    return { sheet: d.probe.name, year, yearFromClock: found === null, forms };
  });
}
