// Not a test: times classifySheet on 40,000 rows × 15 columns. Run with
//   npx tsc --outDir /tmp/tt-measure --module commonjs --target es2019 --strict test/core/measure-40k.ts && node /tmp/tt-measure/test/core/measure-40k.js

import { classifySheet, defaultRules, sampleWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core";

function bigSheet(rows: number): { values: CellValue[][]; formats: string[][] } {
  const sample = sampleWorkbook().sheet;
  const header = sample.values[2];
  const body = sample.values.slice(3, 25);
  const values: CellValue[][] = [header];
  const formats: string[][] = [header.map(() => "General")];
  for (let i = 0; i < rows; i++) {
    const r = body[i % body.length].slice();
    r[1] = (r[1] as string) + i;
    values.push(r);
    formats.push(r.map((_, c) => (c === 6 ? "0.0%" : "General")));
  }
  return { values, formats };
}

const { values, formats } = bigSheet(40000);
const rules = defaultRules();
for (let run = 0; run < 12; run++) {
  const start = Date.now();
  const cpu = process.cpuUsage();
  const result = classifySheet({ name: "big", values, formats }, rules, { lang: run % 2 ? "en" : "zh" });
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: the wall clock lies on a shared, loaded machine.
  const cpuMs = Math.round((used.user + used.system) / 1000);
  console.log(`run ${run + 1}: ${Date.now() - start} ms wall, ${cpuMs} ms CPU, ${result.rows.length} rows, ${result.output.cells.length} output rows`);
}
