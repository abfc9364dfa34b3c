// classifyActiveSheet on the simulator writes exactly what the core computed, in few syncs.
import { classifySheet, defaultRules, rulesSheet, sampleWorkbook, summarySheet } from "../../src/core";
import { classifyActiveSheet } from "../../src/excel";
import { blockOf, districtGrid, expectedCells, fullInput, resultLines, sheetFromInput, simExcel, writtenCells } from "./helpers";
import { cellsOf, sheetFromGrid, snapshotSheet } from "./sim";
import type { SimChart } from "./sim/model";

const RUN_AT = new Date(Date.UTC(2015, 0, 10, 8, 30));

async function classifyOk(sim: ReturnType<typeof simExcel>, lang: "zh" | "en" = "zh") {
  const report = await classifyActiveSheet({ lang, caps: sim.caps, runAt: RUN_AT });
  if (!report.ok) throw new Error(`${report.code}: ${report.message}`);
  return report;
}

describe("classifyActiveSheet on the sample district", () => {
  it("writes exactly result.output, the 规则 and 分类汇总 sheets and a chart, in 2 syncs (the probe read every cell)", async () => {
    const sample = sampleWorkbook().sheet;
    const sim = simExcel([sheetFromInput(sample)]);
    const before = snapshotSheet(sim.sheet(sample.name)!);
    const phases: string[] = [];
    const report = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT, onProgress: (p) => phases.push(p) });
    sim.uninstall();
    if (!report.ok) throw new Error(report.message);
    const { result } = report;
    const sheet = sim.sheet(sample.name)!;
    expect(writtenCells(sheet, result.output)).toEqual(expectedCells(result.output));
    // input cells untouched: every cell left of the output block is as before
    const inputCells = (s: typeof sheet) => Object.entries(cellsOf(s)).filter(([k]) => Number(k.split(",")[1]) < result.output.firstCol - 1);
    expect(inputCells(sheet)).toEqual(inputCells(before));
    expect(sim.host.state.workbook.sheets.map((s) => s.name)).toEqual([sample.name, "规则", "分类汇总"]);
    const rulesOut = blockOf(rulesSheet(defaultRules(), "zh"));
    expect(writtenCells(sim.sheet("规则")!, rulesOut)).toEqual(expectedCells(rulesOut));
    const summary = summarySheet(result, defaultRules(), "zh", RUN_AT);
    const summaryOut = blockOf(summary);
    expect(writtenCells(sim.sheet("分类汇总")!, summaryOut)).toEqual(expectedCells(summaryOut));
    expect(sim.sheet("分类汇总")!.charts).toEqual([
      {
        name: "Chart 1", type: "ColumnClustered", source: chartSource(summary.chart!), seriesBy: "Columns", title: summary.chart!.title, anchor: summary.chart!.anchor,
        legend: false, dataLabels: true, // each tier's bar in its cells' colour, outlined (ExcelApi 1.7), its count on it
        pointFills: { 0: "#C6EFCE", 1: "#FFEB9C", 2: "#FFC7CE" }, pointBorders: { 0: "#006100", 1: "#9C5700", 2: "#9C0006" },
      },
    ]);
    expect(report).toMatchObject({ ok: true, sheet: sample.name, rulesCreated: true, syncs: 2 });
    expect(sim.host.stats.syncs).toHaveLength(2);
    expect(sim.host.stats.runs).toBe(1);
    expect(phases).toEqual(["reading", "classifying", "writing", "done"]);
    expect(sim.host.state.workbook.active!.name).toBe(sample.name);
  });
});

function chartSource(chart: { categories: string; values: string }): string {
  const [c0, c1] = chart.categories.split(":");
  const [, v1] = chart.values.split(":");
  return `${c0}:${(v1 ?? c1)}`;
}

describe("classifyActiveSheet on literal sheets", () => {
  // 10 rows: the probe reads every cell, so probe + writes; 500: one more sync for the rows below the probe's 100.
  it.each([[10, 2], [500, 3]])("writes result.output for %i townships in %i syncs", async (n, expected) => {
    const sim = simExcel([sheetFromGrid("区县", districtGrid(n))]);
    const report = await classifyOk(sim);
    sim.uninstall();
    expect(report.result.rows).toHaveLength(n);
    expect(writtenCells(sim.sheet("区县")!, report.result.output)).toEqual(expectedCells(report.result.output));
    const syncs = sim.host.stats.syncs;
    console.log(`${n} rows: ${syncs.length} syncs, largest request ${Math.max(...syncs.map((x) => x.request))} B, largest response ${Math.max(...syncs.map((x) => x.response))} B`);
    expect(report.syncs).toBe(expected);
    expect(syncs).toHaveLength(expected);
  });

  it("keeps every request and response under 4 MB at 40,000 rows, in 6 syncs with RangeAreas, the same cells on every profile", async () => {
    const expectedSyncs = { vl2016: 12, vl2019: 11, m365: 6 };
    const runs = [];
    for (const profile of ["m365", "vl2019", "vl2016"] as const) {
      const sim = simExcel([sheetFromGrid("全国", districtGrid(40_000))], profile);
      const everything = profile === "m365" ? fullInput(sim.sheet("全国")!) : null;
      const started = Date.now();
      const report = await classifyOk(sim);
      sim.uninstall();
      const syncs = sim.host.stats.syncs;
      const maxRequest = Math.max(...syncs.map((s) => s.request));
      const maxResponse = Math.max(...syncs.map((s) => s.response));
      console.log(`40,000 rows on ${profile}: ${syncs.length} syncs, largest request ${maxRequest} B, largest response ${maxResponse} B, ${Date.now() - started} ms`);
      expect(maxRequest).toBeLessThan(4_000_000);
      expect(maxResponse).toBeLessThan(4_000_000);
      expect([profile, report.syncs, syncs.length]).toEqual([profile, expectedSyncs[profile], expectedSyncs[profile]]);
      expect(report.result.rows).toHaveLength(40_000);
      if (everything) {
        // formats were read for the indicator columns only: the same results as the core on every cell's format
        const reference = classifySheet(everything, defaultRules(), { lang: "zh" });
        expect(firstDifference(resultLines(report.result), resultLines(reference))).toBeNull();
        const rows = (cells: unknown[][]) => cells.map((row) => JSON.stringify(row));
        expect(firstDifference(rows(writtenCells(sim.sheet("全国")!, report.result.output)), rows(expectedCells(report.result.output)))).toBeNull();
      }
      runs.push(workbookLines(sim));
    }
    expect(firstDifference(runs[1], runs[0])).toBeNull();
    expect(firstDifference(runs[2], runs[0])).toBeNull();
  }, 300_000);
});

/** A chart without the bar outlines, the one thing ExcelApi 1.1 cannot draw (test/excel/print-layout.test.ts checks them). */
function chartsBelow17(charts: SimChart[]): Omit<SimChart, "pointBorders">[] {
  return charts.map(({ pointBorders: _outline, ...rest }) => rest);
}

/** Every sheet's name, charts and cells (values, formats, fills, bold), one line per cell. */
function workbookLines(sim: ReturnType<typeof simExcel>): string[] {
  return sim.host.state.workbook.sheets.flatMap((s) => [
    `${s.name} ${JSON.stringify(chartsBelow17(s.charts))}`,
    ...Object.entries(cellsOf(s)).map(([k, cell]) => `${s.name}!${k} ${JSON.stringify(cell)}`),
  ]);
}

/** The first line where two workbooks differ (toEqual on 700,000 cells takes half a minute). */
function firstDifference(a: string[], b: string[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `${a[i]} ≠ ${b[i]}`;
  return null;
}

describe("classifyActiveSheet under each API profile", () => {
  it("writes the same cells on VL 2016, VL 2019 and Microsoft 365 without ApiNotFound", async () => {
    const runs = [];
    for (const profile of ["vl2016", "vl2019", "m365"] as const) {
      const sim = simExcel([sheetFromInput(sampleWorkbook().sheet)], profile);
      const report = await classifyOk(sim);
      sim.uninstall();
      runs.push({ profile, syncs: report.syncs, sheets: sim.host.state.workbook.sheets.map((s) => [s.name, cellsOf(s), chartsBelow17(s.charts)]) });
    }
    expect(runs.map((r) => [r.profile, r.syncs])).toEqual([["vl2016", 3], ["vl2019", 2], ["m365", 2]]);
    expect(runs[0].sheets).toEqual(runs[2].sheets);
    expect(runs[1].sheets).toEqual(runs[2].sheets);
  });

  it("uses each profile's features: suspension and undo grouping only where supported", async () => {
    const seen = [];
    for (const profile of ["vl2016", "vl2019", "m365"] as const) {
      const sim = simExcel([sheetFromInput(sampleWorkbook().sheet)], profile);
      await classifyOk(sim);
      sim.uninstall();
      const { calcSuspensions, screenSuspensions, runOptions } = sim.host.stats;
      seen.push({ profile, calcSuspensions, screenSuspensions, runOptions });
    }
    expect(seen).toEqual([
      { profile: "vl2016", calcSuspensions: 0, screenSuspensions: 0, runOptions: [{}] },
      { profile: "vl2019", calcSuspensions: 1, screenSuspensions: 0, runOptions: [{}] },
      { profile: "m365", calcSuspensions: 1, screenSuspensions: 1, runOptions: [{ delayForCellEdit: true, mergeUndoGroup: true }] },
    ]);
  });
});
