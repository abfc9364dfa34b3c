// The same input through the CLI (.xlsx) and through the add-in (simulated Excel) gives the
// same values in the classified sheet's result columns, value for value.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { sampleWorkbook } from "../../src/core";
import { main } from "../../src/cli/main";
import { classifyActiveSheet } from "../../src/excel";
import { createWorkbook, openWorkbook } from "../../src/xlsx";
import { districtGrid, simExcel } from "./helpers";
import { cellAt } from "./sim";
import { loadXlsxSheets } from "./sim/node-loader";

const RUN_AT = new Date(Date.UTC(2015, 0, 10));
const dir = mkdtempSync(join(tmpdir(), "tt-excel-"));

function runCli(input: string): { sheet: string; out: string } {
  const out = input.replace(/\.xlsx$/, ".cli.xlsx");
  const json = input.replace(/\.xlsx$/, ".json");
  const err: string[] = [];
  const status = main(["classify", input, "--out", out, "--json", json, "--lang", "zh"], {
    stdout: () => undefined, stderr: (t) => err.push(t), env: {}, version: "test", now: () => RUN_AT,
  });
  expect({ status, err }).toEqual({ status: 0, err: [] });
  return { sheet: (JSON.parse(readFileSync(json, "utf8")) as { sheet: string }).sheet, out };
}

async function compare(input: string) {
  const cli = runCli(input);
  const sim = simExcel(loadXlsxSheets(input));
  const report = await classifyActiveSheet({ lang: "zh", caps: sim.caps, sheetName: cli.sheet, runAt: RUN_AT });
  sim.uninstall();
  if (!report.ok) throw new Error(report.message);
  const { firstRow, firstCol, cells } = report.result.output;
  const fromCli = openWorkbook(new Uint8Array(readFileSync(cli.out))).readSheet(cli.sheet);
  const origin = fromCli.origin ?? { row: 1, col: 1 };
  const cliValue = (r: number, c: number) => fromCli.values[r - origin.row]?.[c - origin.col] ?? null;
  const simSheet = sim.sheet(cli.sheet)!;
  const pairs = cells.map((row, i) =>
    row.map((_, j) => {
      const v = cellAt(simSheet, firstRow - 1 + i, firstCol - 1 + j).value;
      return [v === "" ? null : v, cliValue(firstRow + i, firstCol + j)];
    }),
  );
  expect(pairs.map((row) => row.map(([addin]) => addin))).toEqual(pairs.map((row) => row.map(([, cli]) => cli)));
  return cells.length;
}

describe("CLI and add-in agree", () => {
  it("on the sample district", async () => {
    const s = sampleWorkbook();
    const file = join(dir, "sample.xlsx");
    writeFileSync(file, createWorkbook([{ ...s.sheet, merges: s.merges, columnWidths: s.columnWidths }]));
    expect(await compare(file)).toBe(24);
  });

  it("on the openpyxl fixture with a chart", async () => {
    const file = join(dir, "fixture.xlsx");
    writeFileSync(file, readFileSync("/work/shared/fixtures/district-with-chart.xlsx"));
    expect(await compare(file)).toBe(9); // header + 8 township rows
  });

  it("on a literal district of 60 townships", async () => {
    const file = join(dir, "district.xlsx");
    writeFileSync(file, createWorkbook([{ name: "区县", values: districtGrid(60).map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v))) }]));
    expect(await compare(file)).toBe(61);
  });
});
