// The 收表记录 sheet (issue 16.2): which file filled which township, when, and who filled it in.
// Earlier records are kept; a form that changed nothing keeps its record as it was (no new time), so a
// re-run of a collection with the same files gives the identical sheet.

import type { AcceptedForm, CellChange, CollectPlan } from "./form-plan";
import { nameKey } from "./forms";
import { textWidth } from "./layout";
import { t } from "./messages";
import type { MessageKey } from "./messages";
import { localTimestamp } from "./summary-sheet";
import { cellText, compactText } from "./text";
import type { Lang, OutCell, SheetInput, SheetOutput } from "./types";

import { RECORDS_SHEET } from "./records-name";

export { RECORDS_SHEET };

const COLUMNS = ["township", "file", "filler", "phone", "date", "at", "cells"] as const;
type RecordColumn = (typeof COLUMNS)[number];
export type CollectRecord = Record<RecordColumn, string | number>;

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "");
}

/** Records of an earlier collection, read back from its 收表记录 sheet (by its header names, either language). */
export function readRecords(sheet: SheetInput | null): CollectRecord[] {
  if (sheet === null) return [];
  const names = new Map<string, RecordColumn>();
  for (const lang of ["zh", "en"] as Lang[])
    for (const c of COLUMNS) names.set(compactText(t(lang, ("collect.col." + c) as MessageKey)), c);
  const rows = sheet.values;
  for (let h = 0; h < Math.min(rows.length, 10); h++) {
    const at = new Map<RecordColumn, number>();
    (rows[h] || []).forEach((v, c) => {
      const key = typeof v === "string" ? names.get(compactText(v)) : undefined;
      if (key !== undefined && !at.has(key)) at.set(key, c);
    });
    if (!at.has("township") || !at.has("file")) continue;
    const out: CollectRecord[] = [];
    for (const line of rows.slice(h + 1)) {
      const record = {} as CollectRecord;
      for (const c of COLUMNS) {
        const v = at.has(c) ? (line || [])[at.get(c) as number] : null;
        record[c] = typeof v === "number" ? v : cellText(v);
      }
      if (record.township !== "" || record.file !== "") out.push(record);
    }
    return out;
  }
  return [];
}

/**
 * The records after this collection: one per accepted form. A form that wrote cells gets a record with
 * this time (replacing one of the same township and file); a form that wrote nothing keeps its earlier
 * record, or gets a first one. Records of townships not collected this time stay as they were.
 */
export function collectRecords(
  plan: CollectPlan,
  written: CellChange[],
  previous: CollectRecord[],
  now: Date,
): CollectRecord[] {
  const count = new Map<string, number>();
  for (const c of written)
    count.set(c.township + "\u0000" + c.file, (count.get(c.township + "\u0000" + c.file) ?? 0) + 1);
  const same = (r: CollectRecord, a: AcceptedForm) =>
    nameKey(String(r.township)) === nameKey(a.township) && String(r.file) === baseName(a.file);
  const records = previous.slice();
  for (const a of plan.accepted) {
    const n = count.get(a.township + "\u0000" + a.file) ?? 0;
    const at = records.findIndex((r) => same(r, a));
    if (at >= 0 && n === 0) continue;
    const record: CollectRecord = {
      township: a.township,
      file: baseName(a.file),
      filler: a.filler,
      phone: a.phone,
      date: a.date,
      at: localTimestamp(now),
      cells: n,
    };
    if (at >= 0) records[at] = record;
    else records.push(record);
  }
  const order = new Map(plan.accepted.map((a) => [nameKey(a.township), a.row]));
  const rowOf = (r: CollectRecord) => order.get(nameKey(String(r.township))) ?? Infinity;
  return records
    .map((r, i) => ({ r, i }))
    .sort((x, y) => rowOf(x.r) - rowOf(y.r) || x.i - y.i)
    .map((x) => x.r);
}

export function recordsSheet(records: CollectRecord[], lang: Lang): SheetOutput {
  const head: OutCell[] = COLUMNS.map((c) => ({ value: t(lang, ("collect.col." + c) as MessageKey), bold: true }));
  const cells: OutCell[][] = [[{ value: t(lang, "collect.recordsTitle"), bold: true }], head];
  for (const r of records) cells.push(COLUMNS.map((c) => ({ value: r[c] === "" ? null : r[c] })));
  const columnWidths = COLUMNS.map((_c, i) =>
    Math.min(60, Math.max(8, ...cells.slice(1).map((line) => textWidth(cellText(line[i]?.value ?? null)) + 2))),
  );
  return { name: RECORDS_SHEET, cells, columnWidths };
}
