// Not a test: times classifySheet on the bench's 40,000 synthetic rows against the bench's plain loop,
// in one process (medians, GC before each run), with and without the output block materialised. Run with
//   npx tsc --outDir /tmp/tt-measure --module commonjs --target es2019 --lib es2019 --types node --strict --esModuleInterop test/core/measure-40k.ts && node --expose-gc /tmp/tt-measure/test/core/measure-40k.js [rows] [runs]

import { performance } from "perf_hooks";
import { generate } from "../../bench/generate";
import { boundsOf, plainLoop } from "../../bench/plain-loop";
import { classifySheet, defaultRules } from "../../src/core";

const rows = Number(process.argv[2] || 40000);
const runs = Number(process.argv[3] || 15);
const rules = defaultRules();
const data = generate(rows, rules.indicators);
const bounds = boundsOf(rules);
const collect: () => void = typeof global.gc === "function" ? (global.gc as () => void) : () => undefined;

function timed(fn: () => unknown): number {
  collect();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const min = (xs: number[]): number => Math.min(...xs);
const core: number[] = [];
const withOutput: number[] = [];
const loop: number[] = [];
for (let i = 0; i < 3; i++) classifySheet(data.sheet, rules, { lang: "zh" }).output.cells.length;
for (let i = 0; i < runs; i++) {
  core.push(timed(() => classifySheet(data.sheet, rules, { lang: "zh" })));
  withOutput.push(timed(() => classifySheet(data.sheet, rules, { lang: "zh" }).output.cells.length));
  for (let j = 0; j < 5; j++) loop.push(timed(() => plainLoop(data.truth, bounds)));
}
const m = { core: median(core), withOutput: median(withOutput), loop: median(loop) };
// The minimum shows the cost without the neighbours' noise on a shared machine; the median is what the bench reports.
console.log(`min: core ${min(core).toFixed(1)} ms, core + output ${min(withOutput).toFixed(1)} ms, plain loop ${min(loop).toFixed(2)} ms`);
console.log(`${rows} rows, median of ${runs}: core ${m.core.toFixed(1)} ms, core + output ${m.withOutput.toFixed(1)} ms, plain loop ${m.loop.toFixed(2)} ms; ratios ${(m.core / m.loop).toFixed(1)}× and ${(m.withOutput / m.loop).toFixed(1)}×`);
