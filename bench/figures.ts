// The figures one bench run produces (written as JSON) and the goals they are judged by.

import type { AddinRun } from "./addin-bench";
import type { BundleFigures } from "./bundle";
import type { CliFigures } from "./cli-bench";
import type { CoreFigures } from "./core-bench";
import type { LibreOfficeFigures } from "./libreoffice";

export interface Machine {
  date: string; // ISO
  nproc: number;
  cpu: string;
  node: string;
  memGB: number;
  loadAvg: number[]; // 1, 5, 15 min at the start: a busy machine explains noisy figures
}

export interface Figures {
  rows: number;
  seed: number;
  machine: Machine;
  core: CoreFigures | null;
  cli: (Partial<CliFigures> & { libreOfficeMs: number | null; libreOffice: LibreOfficeFigures | null; skipped?: string }) | null;
  addin: { syncs: Record<string, number>; maxRequestBytes: number; maxResponseBytes: number; runs: AddinRun[] } | null;
  bundle: BundleFigures | null;
  goals: Goal[];
  notes: string[];
}

export interface Goal {
  name: string;
  measured: string;
  goal: string;
  met: boolean | null; // null = not measured
}

export const REQUEST_LIMIT = 4_000_000; // bytes: 4 MB, well under Excel on the web's 5 MB

const x = (r: number): string => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)) + "×";

export function goalsOf(f: Figures): Goal[] {
  const goals: Goal[] = [];
  const c = f.core;
  if (c) {
    const slow = c.runMs / c.plainLoopMs;
    goals.push({ name: "core vs plain loop", measured: `${x(slow)} (${c.runMs.toFixed(0)} ms vs ${c.plainLoopMs.toFixed(2)} ms)`, goal: "≤ 10×", met: slow <= 10 });
    const jre = c.jsonRulesEngineMs / c.runMs;
    const note = c.jre.extrapolated ? `, ${c.jre.rows} rows measured, extrapolated` : "";
    goals.push({ name: "json-rules-engine vs core", measured: `${x(jre)} slower (${c.jsonRulesEngineMs.toFixed(0)} ms vs ${c.runMs.toFixed(0)} ms${note})`, goal: "≥ 50× slower", met: jre >= 50 });
    const agree = c.agreement.plainLoop.agreed === c.agreement.plainLoop.compared && c.agreement.jsonRulesEngine.agreed === c.agreement.jsonRulesEngine.compared;
    const missing = Object.keys(c.statuses).filter((k) => c.statuses[k] === 0);
    goals.push({ name: "data covers every status", measured: Object.entries(c.statuses).map(([k, v]) => `${k} ${v}`).join(", "), goal: "all 9 present", met: missing.length === 0 });
    goals.push({ name: "agreement with the core", measured: `plain loop ${c.agreement.plainLoop.agreed}/${c.agreement.plainLoop.compared}, json-rules-engine ${c.agreement.jsonRulesEngine.agreed}/${c.agreement.jsonRulesEngine.compared}` + cliAgreement(f), goal: "all rows", met: agree && cliAgrees(f) });
  }
  const cli = f.cli;
  if (cli && cli.ms !== undefined) {
    const lo = cli.libreOfficeMs;
    goals.push({ name: "CLI vs LibreOffice", measured: lo === null ? `${cli.ms.toFixed(0)} ms; LibreOffice not measured` : `${x(cli.ms / lo)} (${cli.ms.toFixed(0)} ms vs ${lo.toFixed(0)} ms)`, goal: "CLI no slower (≤ 1×)", met: lo === null ? null : cli.ms <= lo });
    const peak = cli.peakMB ?? null;
    goals.push({ name: "CLI peak memory", measured: peak === null ? "not measured" : `${peak.toFixed(0)} MB`, goal: "< 500 MB", met: peak === null ? null : peak < 500 });
  }
  const a = f.addin;
  if (a) {
    // District size: constant and at most 4. At N rows Excel on the web's payload limit forces
    // blocks, so the goal there is the byte floor (one probe + every byte in full 4 MB syncs), plus one
    // for rows that do not split exactly.
    const small = a.runs.find((r) => r.rows <= 500);
    const large = a.runs.reduce((m, r) => (r.rows > m.rows ? r : m), a.runs[0]);
    if (small) goals.push({ name: `add-in syncs, ${small.rows} rows`, measured: `${small.syncs}`, goal: "≤ 4", met: small.ok && small.syncs <= 4 });
    if (large && large !== small) goals.push({ name: `add-in syncs, ${large.rows} rows`, measured: `${large.syncs} (byte floor ${large.minSyncs})`, goal: "≤ byte floor + 1", met: large.ok && large.syncs <= large.minSyncs + 1 });
    goals.push({ name: "largest add-in request", measured: `${(a.maxRequestBytes / 1e6).toFixed(2)} MB (largest response ${(a.maxResponseBytes / 1e6).toFixed(2)} MB)`, goal: "< 4 MB each way", met: a.maxRequestBytes < REQUEST_LIMIT && a.maxResponseBytes < REQUEST_LIMIT });
  }
  const b = f.bundle;
  if (b) goals.push({ name: "task pane JS (minified, modern)", measured: b.taskpaneKB === null ? `not measured: ${b.skipped}` : `${b.taskpaneKB.toFixed(1)} KB (gzip ${b.gzipKB?.toFixed(1)} KB)`, goal: `≤ ${b.budget.modern / 1000} KB`, met: b.taskpaneKB === null ? null : b.taskpaneKB * 1000 <= b.budget.modern });
  if (b && b.legacyKB !== null) goals.push({ name: "task pane JS for IE11 (ES5)", measured: `${b.legacyKB.toFixed(1)} KB`, goal: `≤ ${b.budget.legacy / 1000} KB`, met: b.legacyKB * 1000 <= b.budget.legacy });
  return goals;
}

function cliAgrees(f: Figures): boolean {
  const a = f.cli?.agreement;
  const lo = f.cli?.libreOffice?.agreement;
  return (!a || a.agreed === a.compared) && (!lo || (lo.agreed === lo.compared && lo.numeric === lo.compared));
}

function cliAgreement(f: Figures): string {
  const a = f.cli?.agreement;
  const lo = f.cli?.libreOffice?.agreement;
  return (a ? `, CLI ${a.agreed}/${a.compared}` : "") + (lo ? `, LibreOffice ${lo.agreed}/${lo.compared} (numeric ${lo.numeric})` : "");
}
