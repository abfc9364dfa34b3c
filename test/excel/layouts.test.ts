// Issue 13, part 4: the layout corpus (test/fixtures/layouts.ts) through the add-in on the Excel host
// simulator: the cells written are exactly the core's output block, and no input cell changes.

import { classifySheet, defaultRules } from "../../src/core";
import { classifyActiveSheet } from "../../src/excel";
import { layouts, sampleDistrict } from "../fixtures/layouts";
import { expectedCells, fullInput, sheetFromInput, simExcel, writtenCells } from "./helpers";
import { cellsOf, parseAddress, snapshotSheet } from "./sim";

const RUN_AT = new Date(Date.UTC(2025, 0, 10, 8, 30));

describe.each(layouts(sampleDistrict()).map((l) => [l.id, l] as const))("layout %s in the add-in", (id, layout) => {
  test("writes exactly the core's output block, leaves the input cells alone, and reports the core's rows", async () => {
    const sheet = sheetFromInput({ name: layout.sheetName, values: layout.values, formats: layout.formats });
    sheet.merges = layout.merges.map((m) => parseAddress(m)!);
    const sim = simExcel([sheet]);
    const before = snapshotSheet(sim.sheet(layout.sheetName)!);
    // What the core makes of the sheet as Excel holds it (the used range, from its first filled cell).
    const core = classifySheet(fullInput(before), defaultRules(), { lang: "zh" });
    const report = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
    sim.uninstall();
    if (!report.ok) throw new Error(`${id}: ${report.code}: ${report.message}`);
    const after = sim.sheet(layout.sheetName)!;
    expect(report.result.output.firstRow).toBe(layout.expected.headerRow);
    expect({ firstRow: report.result.output.firstRow, firstCol: report.result.output.firstCol }).toEqual({
      firstRow: core.output.firstRow,
      firstCol: core.output.firstCol,
    });
    expect(writtenCells(after, report.result.output)).toEqual(expectedCells(core.output));
    const inputCells = (s: typeof after) =>
      Object.entries(cellsOf(s)).filter(([k]) => Number(k.split(",")[1]) < core.output.firstCol - 1);
    expect(inputCells(after)).toEqual(inputCells(before));
    expect(after.merges).toEqual(before.merges);
    expect(report.result.rows).toEqual(core.rows);
    expect(report.result.skipped).toEqual(core.skipped);
  });
});
