// The same workbook through the CLI (.xlsx) and through the WPS add-in (the ET simulator) ends up with
// the same cells: the classified sheet whole (input cells untouched, result columns value for value),
// and the 规则 and 分类汇总 sheets, in the same order of sheets. Number formats of numbers agree too.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { sampleWorkbook } from "../../src/core";
import { createWorkbook, openWorkbook } from "../../src/xlsx";
import { districtGrid } from "../excel/helpers";
import { layouts, sampleDistrict } from "../fixtures/layouts";
import { etFromXlsx, extent, okReport, runCli, runWps, simGrid, xlsxGrid } from "./helpers";
import { OTHER_ANSWERS, SimOptions } from "./sim";

const dir = mkdtempSync(join(tmpdir(), "tt-wps-"));

/** Formats of numeric cells only: a string cell is text either way ("@" in ET, a shared string in the file). */
function numberFormats(g: { values: unknown[][]; formats: string[][] }) {
  return g.values.map((row, r) => row.map((v, c) => (typeof v === "number" ? g.formats[r][c] : null)));
}

function compare(input: string, options: Partial<SimOptions> = {}) {
  const cli = runCli(input);
  const et = etFromXlsx(input, options);
  const report = okReport(runWps(et, cli.sheet));
  const names = openWorkbook(new Uint8Array(readFileSync(cli.out))).sheets.map((s) => s.name);
  expect(et.book.sheets.map((s) => s.name)).toEqual(names);
  for (const name of [cli.sheet, "规则", "分类汇总"]) {
    const sheet = et.sheet(name)!;
    const { rows, cols } = extent(sheet);
    const wps = simGrid(sheet, rows, cols);
    const file = xlsxGrid(cli.out, name, rows + 2, cols + 2);
    expect({ name, values: simGrid(sheet, rows + 2, cols + 2).values }).toEqual({ name, values: file.values });
    expect({ name, formats: numberFormats(wps) }).toEqual({
      name,
      formats: numberFormats(xlsxGrid(cli.out, name, rows, cols)),
    });
  }
  expect(et.book.sheets[et.book.active].name).toBe(cli.sheet);
  return report.result.output.cells.length;
}

function save(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe("CLI and WPS add-in agree", () => {
  const sample = () => {
    const s = sampleWorkbook();
    return save("sample.xlsx", createWorkbook([{ ...s.sheet, merges: s.merges, columnWidths: s.columnWidths }]));
  };

  it("on the sample district", () => {
    expect(compare(sample())).toBe(24);
  });

  it("on the sample district under every other answer to the open questions", () => {
    expect(compare(sample(), OTHER_ANSWERS)).toBe(24);
  });

  it("on the openpyxl fixture with a chart", () => {
    const file = save("fixture.xlsx", readFileSync("/work/shared/fixtures/district-with-chart.xlsx"));
    expect(compare(file)).toBe(9);
  });

  it("on a literal district of 60 townships", () => {
    const values = districtGrid(60).map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v)));
    expect(compare(save("district.xlsx", createWorkbook([{ name: "区县", values }])))).toBe(61);
  });

  it("on a workbook whose 上年对照 keeps last year's tiers (a run with --prior before)", () => {
    // This year: no 上年类别 cells, and a worse 避孕率 on every other row, so a carried tier makes 退位.
    const grid = (thisYear: boolean) =>
      districtGrid(12).map((r, i) =>
        r.map((v, c) => {
          if (thisYear && i > 1 && c === 8) return null;
          if (thisYear && i > 1 && i % 2 === 0 && c === 2) return (v as number) - 5;
          return typeof v === "boolean" ? String(v) : v;
        }),
      );
    const start = save(
      "prior-0.xlsx",
      createWorkbook([
        { name: "2014", values: grid(true) },
        { name: "2013", values: grid(false) },
      ]),
    );
    const last = runCli(start, ["--sheet", "2013"]).out;
    const withPrior = save(
      "prior.xlsx",
      readFileSync(runCli(last, ["--sheet", "2014", "--prior", `${last}:2013`]).out),
    );
    expect(openWorkbook(new Uint8Array(readFileSync(withPrior))).sheets.map((x) => x.name)).toContain("上年对照");
    expect(compare(withPrior)).toBe(13);
    const statuses = (file: string) => xlsxGrid(file, "2014", 14, 20).values.map((r) => r[11]);
    expect(statuses(withPrior)).toContain("退位");
  });

  it.each(layouts(sampleDistrict()).map((l) => [l.id, l] as const))("on layout %s", (id, layout) => {
    const file = save(
      `layout-${id}.xlsx`,
      createWorkbook([
        { name: layout.sheetName, values: layout.values, formats: layout.formats, merges: layout.merges },
      ]),
    );
    expect(compare(file)).toBeGreaterThan(1);
  });
});
