// `township-tiers classify` end to end on an N-row .xlsx: spawned as `node bin/township-tiers.js`,
// timed from process start to file written, with its peak resident memory. One untimed run with
// --json first checks that the CLI's tiers, statuses and amounts agree with the in-process core.

import { existsSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import type { RunResult } from "../src/core/types";
import { createWorkbook } from "../src/xlsx";
import type { BenchData } from "./generate";
import { runChild } from "./spawn";
import { median } from "./timing";

export interface CliFigures {
  ms: number;
  runsMs: number[];
  peakMB: number | null;
  peakRunsMB: (number | null)[];
  inputMB: number;
  agreement: { compared: number; agreed: number; mismatches: string[] };
}

interface JsonRow {
  row: number;
  tier: number | null;
  status: string;
  amount: number;
}

export function writeInputXlsx(data: BenchData, file: string): number {
  const width = data.sheet.values[2].length;
  const last = String.fromCharCode(64 + width);
  const bytes = createWorkbook([{ name: data.sheet.name, values: data.sheet.values, formats: data.sheet.formats, merges: [`A1:${last}1`, `A2:${last}2`] }]);
  writeFileSync(file, bytes);
  return bytes.length / 1048576;
}

function agreement(core: RunResult, jsonFile: string): CliFigures["agreement"] {
  const rows = (JSON.parse(readFileSync(jsonFile, "utf8")) as { rows: JsonRow[] }).rows;
  const out = { compared: rows.length, agreed: 0, mismatches: [] as string[] };
  if (rows.length !== core.rows.length) out.mismatches.push(`CLI gave ${rows.length} rows, core ${core.rows.length}`);
  rows.forEach((r, k) => {
    const c = core.rows[k];
    if (c && c.row === r.row && c.tier === r.tier && c.status === r.status && c.amount === r.amount) out.agreed++;
    else if (out.mismatches.length < 5) out.mismatches.push(`row ${r.row}: CLI ${r.tier} ${r.status} ${r.amount}, core ${c ? `${c.tier} ${c.status} ${c.amount}` : "none"}`);
  });
  return out;
}

export async function benchCli(root: string, dir: string, data: BenchData, core: RunResult, runs: number): Promise<CliFigures> {
  const input = join(dir, "cli-input.xlsx");
  const output = join(dir, "cli-output.xlsx");
  const json = join(dir, "cli-output.json");
  const inputMB = writeInputXlsx(data, input);
  const bin = join(root, "bin", "township-tiers.js");
  const check = await runChild(process.execPath, [bin, "classify", input, "--out", output, "--json", json], { cwd: root, timeoutMs: 600000 });
  if (check.code !== 0) throw new Error(`township-tiers classify exited ${check.code}: ${check.stderr.trim()}`);
  const agreed = agreement(core, json);
  const ms: number[] = [];
  const peaks: (number | null)[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(output, { force: true });
    const r = await runChild(process.execPath, [bin, "classify", input, "--out", output], { cwd: root, timeoutMs: 600000 });
    if (r.code !== 0 || !existsSync(output)) throw new Error(`township-tiers classify exited ${r.code}: ${r.stderr.trim()}`);
    ms.push(r.ms);
    peaks.push(r.peakMB);
  }
  const known = peaks.filter((p): p is number => p !== null);
  return { ms: median(ms), runsMs: ms, peakMB: known.length ? Math.max(...known) : null, peakRunsMB: peaks, inputMB, agreement: agreed };
}
