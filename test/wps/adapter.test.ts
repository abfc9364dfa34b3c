// The WPS adapter on the ET simulator: what it writes (the core's output block as values, "@" for text,
// BGR fills, bold), re-runs, refusals before any write, the 规则 sheet, formats as ET gives them (null when
// mixed), text that stays text, the chart, screen updating, and the page setup.
import {
  classifySheet,
  defaultRules,
  pageFooter,
  readRulesSheet,
  resultLayout,
  sampleWorkbook,
  SUMMARY_SHEET,
} from "../../src/core";
import type { OutCell, SheetInput } from "../../src/core/types";
import { bgr, readSheet, reportText } from "../../src/wps";
import type { EtWorksheet } from "../../src/wps";
import { appOf, etOf, okReport, RUN_AT, runWps } from "./helpers";
import { districtGrid, HEADER } from "../excel/helpers";
import { cellAt, OTHER_ANSWERS, SimOptions, SimSheet, SimValue, sheetFromGrid, usedRect } from "./sim";

const FILLS = { green: 0xceefc6, amber: 0x9cebff, red: 0xcec7ff };

function sampleSheet(): SimSheet {
  const s = sampleWorkbook().sheet;
  return sheetFromGrid(s.name, s.values, s.formats);
}

/** Everything a run can change, as plain data. */
function snapshot(sheets: SimSheet[]) {
  return sheets.map((s) => ({
    name: s.name,
    cells: Array.from(s.cells.entries())
      .filter(([, c]) => c.value !== null || c.numberFormat !== "General" || c.color !== null || c.bold || c.wrap)
      .map(([k, c]): [string, string] => [k, JSON.stringify(c)])
      .sort(),
    widths: Array.from(s.colWidths.entries()).sort(),
    heights: Array.from(s.rowHeights.entries()).sort(),
    charts: JSON.parse(JSON.stringify(s.charts)),
    page: { ...s.page },
  }));
}

function inputOf(sheet: SimSheet): SheetInput {
  const u = usedRect(sheet);
  const grid = <T>(pick: (r: number, c: number) => T) =>
    Array.from({ length: u.rows }, (_, r) => Array.from({ length: u.cols }, (_, c) => pick(u.row + r, u.col + c)));
  return {
    name: sheet.name,
    values: grid((r, c) => cellAt(sheet, r, c).value),
    formats: grid((r, c) => cellAt(sheet, r, c).numberFormat),
    origin: { row: u.row, col: u.col },
  };
}

function expected(c: OutCell) {
  return {
    value: c.value,
    numberFormat: typeof c.value === "string" ? "@" : c.value === null ? "General" : (c.numFmt ?? "General"),
    color: c.fill ? FILLS[c.fill] : null,
    bold: c.bold === true,
    formula: undefined,
  };
}

describe("the result block", () => {
  test.each([
    ["default answers", {}],
    ["every other answer", OTHER_ANSWERS],
    ["a multi-area Range() that keeps its first area only", { multiArea: "first-only" }],
  ] as [string, Partial<SimOptions>][])(
    "is the core's output, cell for cell, with input cells untouched (%s)",
    (_, options) => {
      const sheet = sampleSheet();
      const core = classifySheet(inputOf(sheet), defaultRules(), { lang: "zh" });
      const before = snapshot([sheet])[0].cells;
      const et = etOf([sheet], options);
      const report = okReport(runWps(et));
      const out = report.result.output;
      expect(report.result.rows).toEqual(core.rows);
      const written = out.cells.map((row, i) =>
        row.map((_, j) => {
          const c = cellAt(sheet, out.firstRow + i, out.firstCol + j);
          return { value: c.value, numberFormat: c.numberFormat, color: c.color, bold: c.bold, formula: c.formula };
        }),
      );
      expect(written).toEqual(core.output.cells.map((row) => row.map(expected)));
      const inputCells = (cells: [string, string][]) => cells.filter(([k]) => Number(k.split(",")[1]) < out.firstCol);
      expect(inputCells(snapshot([sheet])[0].cells)).toEqual(inputCells(before));
      for (const c of resultLayout(out).columns) expect(sheet.colWidths.get(c.col)).toBe(c.width);
      expect(et.log.writesWithScreenOn).toBe(0);
      expect(et.Application.ScreenUpdating).toBe(true);
      expect(et.Application.Calculation).toBe(-4105);
    },
  );

  test("a big district whose rows alternate costs a few calls per hundred rows, whatever Range() makes of a list", () => {
    const calls = (options: Partial<SimOptions>) => {
      const et = etOf([sheetFromGrid("区", districtGrid(4000) as SimValue[][])], options);
      const report = okReport(runWps(et));
      return {
        ranges: et.log.ranges,
        cells: JSON.stringify(snapshot(et.book.sheets)),
        rows: report.result.rows.length,
      };
    };
    const multi = calls({});
    expect(multi.rows).toBe(4000);
    expect(multi.ranges).toBeLessThan(2000); // one range per run of one fill would be over 20,000
    expect(calls({ multiArea: "throws" }).cells).toBe(multi.cells);
    expect(calls({ multiArea: "first-only" }).cells).toBe(multi.cells);
  });

  test("colours are BGR integers: #C6EFCE is 0xCEEFC6", () => {
    expect(bgr("#C6EFCE")).toBe(FILLS.green);
    expect(bgr("#FFC7CE")).toBe(FILLS.red);
    expect(bgr("#FF0000")).toBe(0x0000ff);
  });
});

describe("a re-run", () => {
  test.each([
    ["default answers", {}],
    ["every other answer", OTHER_ANSWERS],
  ] as [string, Partial<SimOptions>][])(
    "gives the identical workbook, and clears what the data no longer gives (%s)",
    (_, options) => {
      const et = etOf([sampleSheet()], options);
      okReport(runWps(et));
      const first = snapshot(et.book.sheets);
      okReport(runWps(et));
      expect(snapshot(et.book.sheets)).toEqual(first);
      expect(et.sheet(SUMMARY_SHEET)!.charts).toHaveLength(1);

      // A bad cell gives a reason; once fixed, the re-run leaves that reasons cell empty again.
      const sheet = et.book.sheets[0];
      const report = okReport(runWps(et));
      const row = report.result.rows.find((r) => r.reasons.length === 0 && r.errors.length === 0)!;
      const col = report.result.columns.contraceptiveRate!;
      const good = cellAt(sheet, row.row, col).value;
      sheet.cells.get(`${row.row},${col}`)!.value = "abc";
      const bad = okReport(runWps(et));
      const reasonsCol = bad.result.output.firstCol + 7;
      expect(cellAt(sheet, row.row, reasonsCol).value).toMatch(/abc/);
      sheet.cells.get(`${row.row},${col}`)!.value = good;
      okReport(runWps(et));
      expect(snapshot(et.book.sheets)).toEqual(first);
    },
  );
});

describe("refusals come before any write", () => {
  test("a protected sheet: one message, nothing changed", () => {
    const sheet = sampleSheet();
    sheet.protectContents = true;
    const et = etOf([sheet]);
    const before = snapshot(et.book.sheets);
    const report = runWps(et);
    expect(report).toEqual({
      ok: false,
      code: "protected",
      message: "工作表“2014年考核”受保护，无法写入结果。请先撤销工作表保护，未做任何修改。",
    });
    expect(snapshot(et.book.sheets)).toEqual(before);
    expect(et.log.writes).toBe(0);
  });

  test("a protected 分类汇总, and a locked workbook structure when 规则 must be added", () => {
    const et = etOf([sampleSheet()]);
    okReport(runWps(et));
    et.sheet(SUMMARY_SHEET)!.protectContents = true;
    const writes = et.log.writes;
    expect(runWps(et, undefined, "en")).toMatchObject({
      ok: false,
      code: "protected",
      message: expect.stringContaining('Sheet "分类汇总" is protected'),
    });
    expect(et.log.writes).toBe(writes);

    const locked = etOf([sampleSheet()]);
    locked.book.protectStructure = true;
    expect(runWps(locked)).toMatchObject({ ok: false, code: "structure", message: expect.stringContaining("“规则”") });
    expect(locked.log.writes).toBe(0);
  });

  test("the product's own sheets are never classified; after a run the classified sheet is active again", () => {
    const et = etOf([sampleSheet()], { addReturns: "null" });
    okReport(runWps(et));
    expect(et.book.sheets.map((s) => s.name)).toEqual(["2014年考核", "规则", "分类汇总"]);
    expect(et.book.active).toBe(0);
    et.book.active = 2;
    expect(runWps(et)).toMatchObject({
      ok: false,
      code: "own-sheet",
      message: "“分类汇总”是本加载项生成的表，不能分类。请切换到数据表后再点“分类”。",
    });
  });

  test("a failure half way restores screen updating and calculation, and says what may be half written", () => {
    const et = etOf([sampleSheet()]);
    const write = et.env.write;
    let n = 0;
    et.env.write = (s) => {
      if (++n >= 10) throw new Error("磁盘已满");
      write(s);
    };
    const report = runWps(et);
    expect(report).toMatchObject({ ok: false, code: "wps", message: expect.stringContaining("（磁盘已满）") });
    expect(et.Application.ScreenUpdating).toBe(true);
    expect(et.Application.Calculation).toBe(-4105);
  });
});

describe("the 规则 sheet", () => {
  test("is written once, and edits to it decide the next run", () => {
    const et = etOf([sampleSheet()]);
    const first = okReport(runWps(et));
    expect(first.rulesCreated).toBe(true);
    const rules = et.sheet("规则")!;
    const u = usedRect(rules);
    let sexRow = 0;
    for (let r = u.row; r < u.row + u.rows; r++) if (cellAt(rules, r, 1).value === "sexRatio") sexRow = r;
    expect(cellAt(rules, sexRow, 4).value).toBe(111);
    rules.cells.get(`${sexRow},4`)!.value = 107;
    rules.cells.get(`${sexRow},5`)!.value = 111;
    const again = okReport(runWps(et));
    expect(again.rulesCreated).toBe(false);
    expect(cellAt(rules, sexRow, 4).value).toBe(107);
    const edited = readRulesSheet(inputOf(rules), "zh");
    expect(edited.indicators.find((i) => i.key === "sexRatio")).toMatchObject({ tier1: 107, tier2: 111 });
    const core = classifySheet(inputOf(et.book.sheets[0]), edited, { lang: "zh" });
    expect(again.result.rows).toEqual(core.rows);
    expect(again.result.rows).not.toEqual(first.result.rows);
  });

  test("a broken 规则 stops the run with the core's message naming the cell, before any write", () => {
    const et = etOf([sampleSheet()]);
    okReport(runWps(et));
    const rules = et.sheet("规则")!;
    rules.cells.get("3,4")!.value = "abc";
    const writes = et.log.writes;
    const report = runWps(et);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.message).toMatch(/规则!D3/);
    expect(et.log.writes).toBe(writes);
  });
});

describe("reading", () => {
  /** A district whose rate columns mix formats: a text header over % cells, and General cells among them. */
  function mixedSheet(): SimSheet {
    const header = HEADER.slice();
    const values: (string | number | null)[][] = [header];
    const formats: string[][] = [header.map(() => "@")];
    for (let i = 0; i < 12; i++) {
      values.push([
        `乡镇${i + 1}`,
        0.97 + (i % 3) * 0.01,
        i === 5 ? 88 : 0.85 + (i % 4) * 0.02,
        110,
        9,
        0.95,
        0.96,
        i === 7 ? "#N/A" : 0.97,
        "二类",
        "进一类",
      ]);
      formats.push([
        "General",
        "0.0%",
        i === 5 ? "General" : "0.00%",
        "General",
        "General",
        "0%",
        "0%",
        "0%",
        "General",
        "General",
      ]);
    }
    return sheetFromGrid("混合格式", values, formats);
  }

  test.each([
    ["default answers", {}],
    ["every other answer", OTHER_ANSWERS],
  ] as [string, Partial<SimOptions>][])(
    "mixed formats (null from ET) are read cell by cell where they differ, and error cells by their text (%s)",
    (_, options) => {
      const sheet = mixedSheet();
      const core = classifySheet(inputOf(sheet), defaultRules(), { lang: "zh" });
      const et = etOf([sheet], options);
      const report = okReport(runWps(et));
      expect(report.result.rows).toEqual(core.rows);
      expect(report.result.rows[0].tier).not.toBeNull();
      expect(report.result.problems.map((p) => p.errors.map((e) => e.message))).toEqual([
        ["H9：独生子女奖励金兑现率 是错误值 #N/A"],
      ]);
    },
  );

  test("number formats: one call per uniform stretch of an indicator column, not one per cell; other columns General", () => {
    const sheet = mixedSheet();
    const et = etOf([sheet]);
    const input = readSheet(appOf(et).ActiveSheet as EtWorksheet, defaultRules());
    expect(et.log.ranges).toBeLessThan(60); // 7 indicator columns × 13 rows would be 91 one by one
    const want = inputOf(sheet).formats!.map((row) => row.map((f, c) => (c >= 1 && c <= 7 ? f : "General")));
    expect(input.formats).toEqual(want);
  });
});

describe("text stays text", () => {
  test.each([
    ["honoured", {}],
    ["ignored", { textFormat: "ignored" }],
  ] as [string, Partial<SimOptions>][])(
    'labels from 规则 that look like a formula or a number are written as text on 分类汇总 ("@" %s)',
    (_, options) => {
      const et = etOf([sampleSheet()], options);
      okReport(runWps(et));
      const rules = et.sheet("规则")!;
      rules.cells.get("2,2")!.value = "=1+1";
      rules.cells.get("3,2")!.value = "007";
      okReport(runWps(et));
      const summary = et.sheet(SUMMARY_SHEET)!;
      const cells = Array.from(summary.cells.values());
      expect(cells.filter((c) => c.value === "=1+1" || c.value === "007")).toHaveLength(2);
      expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    },
  );
});

describe("the chart on 分类汇总", () => {
  test.each([["chartObjects"], ["shapes"]] as const)(
    "has one bar per tier in its cells' colours (route %s)",
    (route) => {
      const et = etOf([sampleSheet()], { chartRoute: route, pointColour: route === "shapes" ? "interior" : "format" });
      const report = okReport(runWps(et));
      expect(report.chart).toBe(true);
      const [chart] = et.sheet(SUMMARY_SHEET)!.charts;
      expect(chart).toMatchObject({
        route,
        type: 51,
        plotBy: 2,
        hasTitle: true,
        title: "各类别乡镇数",
        hasLegend: false,
        dataLabels: true,
      });
      expect(chart.source).toMatch(/^\$A\$\d+:\$B\$\d+$/);
      const colours = [1, 2, 3].map((i) => (route === "shapes" ? chart.points[i].interior : chart.points[i].fill));
      expect(colours).toEqual([FILLS.green, FILLS.amber, FILLS.red]);
      if (route === "chartObjects")
        expect([1, 2, 3].map((i) => chart.points[i].line)).toEqual([0x006100, 0x00579c, 0x06009c]);
      expect(chart.width).toBeGreaterThan(0);
    },
  );

  test("where no chart route works, everything else is written and the user is told", () => {
    const et = etOf([sampleSheet()], { chartRoute: "none" });
    const report = okReport(runWps(et));
    expect(report.chart).toBe(false);
    expect(et.sheet(SUMMARY_SHEET)!.charts).toEqual([]);
    expect(reportText(report, "zh")).toContain("未能在“分类汇总”中画出图表");
  });
});

describe("page setup", () => {
  test("the product's setup where the sheet has none of its own; the user's own left alone; none at all where ET refuses", () => {
    const et = etOf([sampleSheet()]);
    const report = okReport(runWps(et));
    const page = et.book.sheets[0].page;
    expect(page).toMatchObject({ Orientation: 2, PaperSize: 9, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false });
    expect(page.PrintTitleRows).toBe(
      `$${report.result.headerRow}:$${report.result.headerRow + report.result.headerRows - 1}`,
    );
    expect(page.CenterFooter).toBe(pageFooter("zh"));

    const own = sampleSheet();
    own.page.PrintGridlines = true;
    const et2 = etOf([own]);
    okReport(runWps(et2));
    expect(own.page).toMatchObject({ Orientation: 1, Zoom: 100, CenterFooter: "" });

    const refused = etOf([sampleSheet()], { pageSetup: "throws" });
    expect(okReport(runWps(refused)).result.rows.length).toBe(report.result.rows.length);
  });
});

test("the run time on 分类汇总 is the one given", () => {
  const et = etOf([sampleSheet()]);
  okReport(runWps(et));
  const values = Array.from(et.sheet(SUMMARY_SHEET)!.cells.values()).map((c) => c.value);
  const pad = (n: number) => String(n).padStart(2, "0");
  expect(values).toContain(
    `${RUN_AT.getFullYear()}-${pad(RUN_AT.getMonth() + 1)}-${pad(RUN_AT.getDate())} ${pad(RUN_AT.getHours())}:${pad(RUN_AT.getMinutes())}:00`,
  );
  expect(appOf(et).ActiveWorkbook).not.toBeNull();
});
