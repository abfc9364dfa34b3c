// Forms back in the add-in (issue 16.2): the returned forms matched and checked against the district sheet
// (the core's planCollection, as `township-tiers collect` does), then, after the user has seen the change
// list, the numbers written into the district cells and the 收表记录 sheet. The pane hands over the files
// already read (a function of the district's rules), so this adapter knows nothing of the .xlsx package.
import { changesToWrite, collectRecords, districtYear, planCollection, readRecords, recordsSheet } from "../core";
import type { CellChange, CollectPlan, CollectRecord, Lang, ReturnedFile, Rules } from "../core";
import { RECORDS_SHEET } from "../core";
import { guarded } from "./actions";
import type { ActionOptions, ActionReport } from "./actions";
import { District, readDistrict } from "./forms";
import type { LangText } from "./messages";
import { parseA1 } from "./ranges";
import { Session, writing } from "./session";
import { queueSheetOutput } from "./sheet-output";
import { suspendUntilSync } from "./write";

/** What a failure may leave (errors.ts); here, not in messages.ts, so it loads with this module only. */
export const LEFT_FORMS: LangText = {
  zh: "申报数值和“收表记录”可能只写了一部分：用同样的文件再收一次即可补全，已写入的单元格不会重复改动。",
  en: "The collected numbers and the 收表记录 sheet may be half written: collect the same files again to complete them; cells already written do not change again.",
};

/** A change the user confirmed, by cell and by what it shows before and after (a changed sheet asks again). */
export function changeKey(c: CellChange): string {
  return c.cell + "\u0000" + c.oldText + "\u0000" + c.newText;
}

export interface CollectOptions extends ActionOptions {
  /** The returned files, read with the district's rules (the pane reads the .xlsx files). */
  read: (rules: Rules, lang: Lang) => ReturnedFile[];
  /** The record's time; defaults to now (tests pin it). */
  now?: Date;
}

/** The plan for the district sheet as it is now. A formula cell, even one showing nothing, needs a yes. */
async function planNow(s: Session, options: CollectOptions): Promise<{ d: District; plan: CollectPlan }> {
  const d = await readDistrict(s, options.lang, options.sheetName);
  const plan = planCollection({
    district: d.input,
    result: d.result,
    rules: d.rules,
    lang: options.lang,
    year: districtYear(d.input, d.result),
    files: options.read(d.rules, options.lang),
  });
  const open = plan.changes.filter((c) => !c.confirm);
  if (open.length) {
    const ranges = open.map((c) => d.probe.ws.getRange(c.cell).load("formulas"));
    await s.sync();
    open.forEach((c, i) => {
      const formula = ranges[i].formulas[0][0];
      if (typeof formula === "string" && formula.charAt(0) === "=") {
        c.confirm = true;
        c.oldText = formula;
      }
    });
  }
  return { d, plan };
}

/** Forms back, step 1: the change list, conflicts, refused and ignored files, missing townships. Reads only. */
export function planForms(options: CollectOptions): Promise<ActionReport<{ sheet: string; plan: CollectPlan }>> {
  return guarded(options, async (s) => {
    const { d, plan } = await planNow(s, options);
    return { sheet: d.probe.name, plan };
  });
}

export interface Collected {
  sheet: string;
  plan: CollectPlan;
  written: CellChange[];
  /** Changes of cells holding a value that the user did not confirm: not written. */
  held: CellChange[];
  /** 收表记录 was written (false: it already said all this). */
  recordsWritten: boolean;
}

function sameRecords(a: CollectRecord[], b: CollectRecord[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Forms back, step 2: planned again on the sheet as it is now, then the changes into empty cells and the
 * confirmed ones (`confirmed`: changeKey of each) written, in the district column's convention; a cell
 * that must show a % and lacks the format takes its column's. Then 收表记录. Nothing new: nothing written.
 */
export function writeForms(options: CollectOptions & { confirmed: string[] }): Promise<ActionReport<Collected>> {
  return guarded(options, async (s) => {
    const { d, plan } = await planNow(s, options);
    const yes: Record<string, boolean> = {};
    for (const k of options.confirmed) yes[k] = true;
    const written = changesToWrite(plan, (c) => yes[changeKey(c)] === true);
    const held = plan.changes.filter((c) => written.indexOf(c) < 0);
    const previous = readRecords(d.records);
    const records = collectRecords(plan, written, previous, options.now || new Date());
    const recordsWritten = written.length > 0 || !sameRecords(records, previous);
    if (written.length || recordsWritten) {
      writing(LEFT_FORMS);
      suspendUntilSync(s);
      const origin = d.input.origin || { row: 1, col: 1 };
      const formatAt = (a1: string): string | undefined => {
        const at = parseA1(a1);
        const line = at ? (d.input.formats || [])[at.row + 1 - origin.row] : undefined;
        return line && at ? line[at.col + 1 - origin.col] : undefined;
      };
      for (const c of written) {
        const range = d.probe.ws.getRange(c.cell);
        const format = c.styleFrom ? formatAt(c.styleFrom) : undefined;
        if (format) range.numberFormat = [[format]];
        range.values = [[c.value]];
      }
      if (recordsWritten) {
        const exists = d.records !== null;
        queueSheetOutput(s, { name: RECORDS_SHEET, exists }, recordsSheet(records, options.lang));
      }
      await s.sync();
    }
    return { sheet: d.probe.name, plan, written, held, recordsWritten };
  });
}
