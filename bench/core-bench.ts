// The core against its two comparisons, in one process, runs interleaved so noise hits all alike:
// classifySheet on the raw grid (parsing included), the plain loop on numeric rows, and
// json-rules-engine on numeric rows (a subset, extrapolated linearly, when the whole would be slow).

import { performance } from "perf_hooks";
import { classifySheet, defaultRules } from "../src/core";
import type { RunResult } from "../src/core/types";
import { agreeWithCore, statusesSeen } from "./agree";
import type { Agreement } from "./agree";
import type { BenchData } from "./generate";
import { jreClassify } from "./jre";
import { boundsOf, plainLoop } from "./plain-loop";
import { median } from "./timing";

export interface CoreFigures {
  runMs: number;
  /** The same run with the result-column cells (built on first access) materialised, as the CLI and add-in do. */
  runWithOutputMs: number;
  runsMs: number[];
  plainLoopMs: number;
  plainLoopRunsMs: number[];
  jsonRulesEngineMs: number; // for all rows (extrapolated when jre.rows < rows)
  jre: { rows: number; runsMs: number[]; extrapolated: boolean };
  agreement: { plainLoop: Agreement; jsonRulesEngine: Agreement };
  statuses: Record<string, number>;
  heapUsedMB: number; // heap after a core run, results alive
}

export interface CoreOptions {
  runs: number; // core and plain loop
  jreRuns: number;
  jreBudgetMs: number; // above this estimated total, json-rules-engine runs on a subset
  log: (line: string) => void;
}

const JRE_PROBE_ROWS = 2000;
/** Untimed runs first: V8 compiles a function's optimised code only after it has run a few times. */
const CORE_WARMUP = 20;
const LOOP_SAMPLES_PER_RUN = 5;

/** With --expose-gc, collect before each timed run so one run's garbage is not billed to the next. */
const collect: () => void = typeof global.gc === "function" ? (global.gc as () => void) : () => undefined;
/**
 * After a collection V8 still sweeps and returns memory on background threads; on a two-core machine
 * they share the cores with the next timed run (a core run measured 15–51 ms straight after the
 * result-cell run's garbage was collected, 15–26 ms when the sweep had this long to finish).
 */
const SETTLE_MS = 40;

async function settle(): Promise<void> {
  collect();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

async function timed<T>(fn: () => T): Promise<{ ms: number; value: T }> {
  await settle();
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export async function benchCore(data: BenchData, opts: CoreOptions): Promise<CoreFigures> {
  const rules = defaultRules();
  const b = boundsOf(rules);
  const run = (): RunResult => classifySheet(data.sheet, rules, { lang: "zh" });
  // Warm the JIT and the parse caches, as repeated clicks in Excel would, and the plain loop alike.
  for (let i = 0; i < CORE_WARMUP; i++) void run().output.cells.length;
  for (let i = 0; i < 20; i++) plainLoop(data.truth, b);
  const coreMs: number[] = [];
  const withOutputMs: number[] = [];
  const loopMs: number[] = [];
  let core: RunResult | undefined;
  for (let i = 0; i < opts.runs; i++) {
    core = undefined; // let the previous result go before timing the next run
    const c = await timed(run);
    core = c.value;
    coreMs.push(c.ms);
    core = undefined;
    const o = await timed(() => {
      const r = run();
      void r.output.cells.length; // the getter builds every result cell
      return r;
    });
    core = o.value;
    withOutputMs.push(o.ms);
    // A 2 ms loop is easily hit by one scheduler slice on a busy machine: more samples, same median.
    for (let j = 0; j < LOOP_SAMPLES_PER_RUN; j++) loopMs.push((await timed(() => plainLoop(data.truth, b))).ms);
  }
  const result = core as RunResult;
  const heapUsedMB = process.memoryUsage().heapUsed / 1048576;
  const loop = plainLoop(data.truth, b);
  opts.log(`core ${median(coreMs).toFixed(1)} ms, plain loop ${median(loopMs).toFixed(2)} ms`);

  const n = data.truth.n;
  const probe = await timedAsync(() => jreClassify(data.truth, rules, b, Math.min(JRE_PROBE_ROWS, n)));
  const estimate = (probe.ms * n) / Math.min(JRE_PROBE_ROWS, n);
  const rows = estimate * opts.jreRuns > opts.jreBudgetMs ? Math.max(JRE_PROBE_ROWS, Math.floor((opts.jreBudgetMs / opts.jreRuns / estimate) * n)) : n;
  opts.log(`json-rules-engine: ~${(estimate / 1000).toFixed(1)} s for ${n} rows estimated; measuring ${rows} rows × ${opts.jreRuns}`);
  const jreMs: number[] = [];
  let jre = probe.value;
  for (let i = 0; i < opts.jreRuns; i++) {
    const r = await timedAsync(() => jreClassify(data.truth, rules, b, rows));
    jreMs.push(r.ms);
    jre = r.value;
  }
  return {
    runMs: median(coreMs),
    runWithOutputMs: median(withOutputMs),
    runsMs: coreMs,
    plainLoopMs: median(loopMs),
    plainLoopRunsMs: loopMs,
    jsonRulesEngineMs: (median(jreMs) * n) / rows,
    jre: { rows, runsMs: jreMs, extrapolated: rows < n },
    agreement: { plainLoop: agreeWithCore(result, data.truth, loop, n, true), jsonRulesEngine: agreeWithCore(result, data.truth, jre, rows, true) },
    statuses: statusesSeen(result),
    heapUsedMB,
  };
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  await settle();
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}
