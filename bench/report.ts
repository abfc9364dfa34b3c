// The bench's two renderings: a plain table for the terminal and a Markdown table for the
// README's Performance section, both from the same figures.

import type { Figures, Goal } from "./figures";

const mark = (g: Goal): string => (g.met === null ? "not measured" : g.met ? "met" : "MISSED");

function rowsOf(f: Figures): string[][] {
  const rows: string[][] = [];
  const c = f.core;
  if (c) {
    rows.push(["core: classifySheet, raw cells → results", `${c.runMs.toFixed(1)} ms`, runs(c.runsMs)]);
    rows.push(["core: the same + result-column cells built", `${c.runWithOutputMs.toFixed(1)} ms`, "what the CLI and add-in pay before writing"]);
    rows.push(["plain loop over numeric rows", `${c.plainLoopMs.toFixed(2)} ms`, runs(c.plainLoopRunsMs, 2)]);
    rows.push(["json-rules-engine (tier per row)", `${c.jsonRulesEngineMs.toFixed(0)} ms`, c.jre.extrapolated ? `${c.jre.rows} rows measured, ×${(f.rows / c.jre.rows).toFixed(1)}` : runs(c.jre.runsMs)]);
  }
  const cli = f.cli;
  if (cli?.ms !== undefined) {
    rows.push(["CLI: township-tiers classify (.xlsx → .xlsx)", `${cli.ms.toFixed(0)} ms`, `${runs(cli.runsMs ?? [])}; input ${cli.inputMB?.toFixed(1)} MB`]);
    rows.push(["CLI peak resident memory", cli.peakMB == null ? "not measured" : `${cli.peakMB.toFixed(0)} MB`, ""]);
  } else if (cli?.skipped) rows.push(["CLI", "skipped", cli.skipped]);
  const lo = cli?.libreOffice;
  if (lo) rows.push(["LibreOffice headless: open, recalc IFS/AND, save", lo.ms === null ? "skipped" : `${lo.ms.toFixed(0)} ms`, lo.ms === null ? lo.skipped ?? "" : `${runs(lo.runsMs)}; peak ${lo.peakMB?.toFixed(0)} MB; ${lo.version}`]);
  const a = f.addin;
  if (a) {
    for (const r of a.runs) rows.push([`add-in on the simulator, ${r.rows} rows`, r.ok ? `${r.syncs} syncs` : `failed`, r.ok ? `largest request ${kb(r.maxRequestBytes)}, response ${kb(r.maxResponseBytes)}; in all ${kb(r.totalRequestBytes)} up, ${kb(r.totalResponseBytes)} down (≥ ${r.minSyncs} syncs at 4 MB each); ${r.ms.toFixed(0)} ms in-process` : r.error ?? ""]);
  }
  const b = f.bundle;
  if (b) rows.push(["task pane JS (dist/, office.js excluded; modern flavour)", b.taskpaneKB === null ? "not measured" : `${b.taskpaneKB.toFixed(1)} KB`, b.taskpaneKB === null ? b.skipped ?? "" : `gzip ${b.gzipKB?.toFixed(1)} KB; ${b.files.map((x) => `${x.file} ${x.kB.toFixed(1)}`).join(", ")}`]);
  return rows;
}

const runs = (ms: number[], places = 0): string => `median of ${ms.length}: ${ms.map((m) => m.toFixed(places)).join(" / ")}`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

function machineLine(f: Figures): string {
  const m = f.machine;
  return `${m.date.slice(0, 10)} · ${m.nproc} × ${m.cpu} · ${m.memGB.toFixed(0)} GB · Node ${m.node} · load ${m.loadAvg.map((l) => l.toFixed(1)).join(" ")} · ${f.rows.toLocaleString("en-US")} rows (seed ${f.seed})`;
}

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((cell, i) => cell + " ".repeat(widths[i] - [...cell].length)).join("  ")).join("\n");
}

export function textReport(f: Figures): string {
  const lines = [`township-tiers bench — ${machineLine(f)}`, "", pad([["measure", "value", "detail"], ...rowsOf(f)]), "", pad([["goal", "measured", "target", ""], ...f.goals.map((g) => [g.name, g.measured, g.goal, mark(g)])])];
  if (f.notes.length) lines.push("", ...f.notes.map((n) => `note: ${n}`));
  return lines.join("\n");
}

const md = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;

export function markdownReport(f: Figures): string {
  const lines = [`Measured ${machineLine(f)}, with \`npm run bench -- --rows ${f.rows}\`.`, "", md(["measure", "value", "detail"]), md(["---", "---:", "---"]), ...rowsOf(f).map(md), "", md(["goal", "measured", "target", "result"]), md(["---", "---", "---", "---"]), ...f.goals.map((g) => md([g.name, g.measured, g.goal, mark(g)]))];
  if (f.notes.length) lines.push("", ...f.notes.map((n) => `- ${n}`));
  return lines.join("\n") + "\n";
}
