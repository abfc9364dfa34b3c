// The add-in on the Excel host simulator (test/excel/sim): how many context.sync() round trips
// classifyActiveSheet makes for a small and a big sheet, and the largest request and response.

import { performance } from "perf_hooks";
import type { SheetInput } from "../src/core/types";
import { classifyActiveSheet, detectCapabilities } from "../src/excel";
import type { Requirements } from "../src/excel";
import { createSimHost, newWorkbook, sheetFromGrid, WEB_PAYLOAD_LIMIT } from "../test/excel/sim";

const SYNC_BUDGET = 4_000_000; // bytes a sync may carry each way (Excel on the web refuses over 5 MB)
import type { SimValue } from "../test/excel/sim";

export interface AddinRun {
  rows: number;
  ok: boolean;
  error?: string;
  syncs: number; // counted by the adapter
  simSyncs: number; // counted by the simulator (must agree)
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  /** Fewest syncs the bytes allow: 1 probe + reads and writes packed up to the 5 MB limit. */
  minSyncs: number;
  ms: number; // in-process wall time on the simulator (no real Excel latency)
}

/** The first `rows` townships of the bench sheet (banner, header and totals row kept). */
export function firstRows(sheet: SheetInput, headerRow: number, rows: number): SheetInput {
  const head = sheet.values.slice(0, headerRow);
  const body = sheet.values.slice(headerRow, headerRow + rows);
  const values = head.concat(body);
  const formats = sheet.formats ? sheet.formats.slice(0, values.length) : undefined;
  return { name: sheet.name, values, formats };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export async function benchAddin(sheet: SheetInput): Promise<AddinRun> {
  const values = sheet.values.map((row) => row.map((v) => (v === null ? null : (v as SimValue))));
  const host = createSimHost({ workbook: newWorkbook([sheetFromGrid(sheet.name, values, sheet.formats)]), profile: "m365" });
  const uninstall = host.install();
  const requirements = (host.Office as { context: { requirements: Requirements } }).context.requirements;
  const t0 = performance.now();
  try {
    const report = await classifyActiveSheet({ lang: "zh", caps: detectCapabilities(requirements), runAt: new Date(0) });
    const ms = performance.now() - t0;
    const syncs = host.stats.syncs;
    return {
      rows: report.ok ? report.result.rows.length : 0,
      ok: report.ok,
      error: report.ok ? undefined : `${report.code}: ${report.message}`,
      syncs: report.ok ? report.syncs : syncs.length,
      simSyncs: syncs.length,
      maxRequestBytes: Math.max(0, ...syncs.map((s) => s.request)),
      maxResponseBytes: Math.max(0, ...syncs.map((s) => s.response)),
      totalRequestBytes: sum(syncs.map((s) => s.request)),
      totalResponseBytes: sum(syncs.map((s) => s.response)),
      // The byte floor at our 4 MB budget: one probe, then every byte down and up in full 4 MB syncs.
      minSyncs: 1 + Math.ceil(sum(syncs.map((s) => s.response)) / SYNC_BUDGET) + Math.ceil(sum(syncs.map((s) => s.request)) / SYNC_BUDGET),
      ms,
    };
  } finally {
    uninstall();
  }
}

export { WEB_PAYLOAD_LIMIT };
