// How results look and print in Excel, on the simulator through the real adapter: widths (ExcelApi 1.2),
// wrapped reasons (1.1), the page setup (1.9) where the sheet has none of its own, the chart's bar
// colours and counts (1.1) and outlines (1.7); what VL 2016 (1.1) and VL 2019 (1.7) get instead.
import { classifySheet, defaultRules, resultLayout, sampleWorkbook } from "../../src/core";
import { classifyActiveSheet } from "../../src/excel";
import { POINTS_PER_CHAR } from "../../src/excel/layout";
import { sheetFromInput, simExcel } from "./helpers";
import { cellAt, cellsOf, defaultPageLayout, snapshotSheet } from "./sim";
import type { SimSheet } from "./sim";

const RUN_AT = new Date(Date.UTC(2015, 0, 10, 8, 30));
const sample = sampleWorkbook().sheet;
const result = classifySheet(sample, defaultRules(), { lang: "zh" });
const layout = resultLayout(result.output);

async function run(
  profile: "vl2016" | "vl2019" | "m365",
  edit: (s: SimSheet) => void = () => undefined,
  lang: "zh" | "en" = "zh",
) {
  const sheet = sheetFromInput(sample);
  edit(sheet);
  const sim = simExcel([sheet], profile);
  try {
    const report = await classifyActiveSheet({ lang, caps: sim.caps, runAt: RUN_AT });
    if (!report.ok) throw new Error(`${report.code}: ${report.message}`);
    return { sim, sheet: sim.sheet(sample.name)!, report };
  } finally {
    sim.uninstall();
  }
}

const OURS = {
  ...defaultPageLayout(),
  orientation: "Landscape",
  paperSize: "A4",
  zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  printTitleRows: "$3:$3",
  headersFooters: { centerFooter: "&A　第 &P 页，共 &N 页" },
};

describe("Microsoft 365 (ExcelApi 1.20)", () => {
  test("result columns fitted, reasons wrapped below the header, input columns untouched", async () => {
    const { sheet, report } = await run("m365", (s) => s.columnWidths.set(1, 70));
    expect(report.syncs).toBe(2); // the page setup is read with the probe: no sync of its own
    const widths = layout.columns.map((c) => [c.col - 1, Math.round(c.width * POINTS_PER_CHAR)]);
    expect(Array.from(sheet.columnWidths.entries()).sort((a, b) => a[0] - b[0])).toEqual([[1, 70], ...widths]);
    expect(cellAt(sheet, 2, 22).wrap).toBeUndefined(); // the header row
    expect(cellAt(sheet, 5, 22).wrap).toBe(true);
    expect(cellAt(sheet, 5, 21).wrap).toBeUndefined();
    expect(cellAt(sheet, 5, 1).wrap).toBeUndefined(); // input cells are never touched
  });

  test("a sheet without a page setup of its own gets landscape A4, one page wide, print titles and the footer", async () => {
    const { sim, sheet } = await run("m365");
    expect(sheet.pageLayout).toEqual(OURS);
    expect(sim.sheet("分类汇总")!.pageLayout).toEqual({
      ...OURS,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printTitleRows: null,
    });
  });

  test.each([
    [
      "landscape",
      (s: SimSheet) => {
        s.pageLayout.orientation = "Landscape";
      },
    ],
    [
      "a scale",
      (s: SimSheet) => {
        s.pageLayout.zoom = { scale: 80 };
      },
    ],
    [
      "A3 paper",
      (s: SimSheet) => {
        s.pageLayout.paperSize = "A3";
      },
    ],
    [
      "a header",
      (s: SimSheet) => {
        s.pageLayout.headersFooters = { centerHeader: "考核表" };
      },
    ],
    [
      "a print area",
      (s: SimSheet) => {
        s.pageLayout.printArea = "A1:O26";
      },
    ],
    [
      "print titles",
      (s: SimSheet) => {
        s.pageLayout.printTitleRows = "$1:$3";
      },
    ],
  ])("the user's own page setup (%s) is left alone", async (_what, edit) => {
    const mine = sheetFromInput(sample);
    edit(mine);
    const { sheet } = await run("m365", edit);
    expect(sheet.pageLayout).toEqual(mine.pageLayout);
  });

  test("a re-run gives the identical sheet: cells, widths, page setup; in English our footer is rewritten", async () => {
    const first = await run("m365");
    const before = snapshotSheet(first.sheet);
    const uninstall = first.sim.host.install();
    const again = await classifyActiveSheet({ lang: "zh", caps: first.sim.caps, runAt: RUN_AT });
    expect(again.ok).toBe(true);
    expect(cellsOf(first.sheet)).toEqual(cellsOf(before));
    expect(first.sheet.columnWidths).toEqual(before.columnWidths);
    expect(first.sheet.pageLayout).toEqual(before.pageLayout);
    await classifyActiveSheet({ lang: "en", caps: first.sim.caps, runAt: RUN_AT });
    uninstall();
    expect(first.sheet.pageLayout.headersFooters).toEqual({ centerFooter: "&A  page &P of &N" });
  });
});

describe("older Excel", () => {
  test("VL 2019 (ExcelApi 1.7): widths, wrapping and the chart with outlines; no page setup (needs 1.9)", async () => {
    const { sim, sheet } = await run("vl2019");
    expect(sheet.pageLayout).toEqual(defaultPageLayout());
    expect(sheet.columnWidths.get(22)).toBe(Math.round(48 * POINTS_PER_CHAR));
    expect(cellAt(sheet, 5, 22).wrap).toBe(true);
    expect(sim.sheet("分类汇总")!.charts[0]).toMatchObject({
      dataLabels: true,
      legend: false,
      pointBorders: { 0: "#006100" },
    });
  });

  test("VL 2016 (ExcelApi 1.1): wrapping and coloured bars with counts; no widths (1.2), outlines (1.7) or page setup", async () => {
    const { sim, sheet } = await run("vl2016");
    expect(sheet.columnWidths.size).toBe(0);
    expect(cellAt(sheet, 5, 22).wrap).toBe(true);
    expect(sheet.pageLayout).toEqual(defaultPageLayout());
    expect(sim.sheet("分类汇总")!.charts[0]).toMatchObject({
      dataLabels: true,
      pointFills: { 0: "#C6EFCE", 1: "#FFEB9C", 2: "#FFC7CE" },
      pointBorders: {},
    });
  });

  test("the simulator refuses the page layout below ExcelApi 1.9 as Excel does (ApiNotFound)", async () => {
    const sim = simExcel([sheetFromInput(sample)], "vl2019");
    try {
      await expect(
        (
          globalThis as unknown as {
            Excel: { run: (f: (ctx: Excel.RequestContext) => Promise<void>) => Promise<void> };
          }
        ).Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getActiveWorksheet().pageLayout.orientation = "Landscape";
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    } finally {
      sim.uninstall();
    }
  });
});
