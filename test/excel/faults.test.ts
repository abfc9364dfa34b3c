// Each fault stops the run with one exact message in the user's language and changes nothing.
import { defaultRules, rulesSheet, sampleWorkbook } from "../../src/core";
import type { Rules } from "../../src/core";
import { classifyActiveSheet, clearResults } from "../../src/excel";
import { blockOf, districtGrid, sheetFromInput, simExcel, Sim, writtenCells, expectedCells } from "./helpers";
import { cellsOf, sheetFromGrid, SimSheet, SimValue } from "./sim";

const RUN_AT = new Date(Date.UTC(2015, 0, 10));

function workbookState(sim: Sim) {
  return sim.host.state.workbook.sheets.map((s) => ({ name: s.name, cells: cellsOf(s), charts: s.charts, merges: s.merges }));
}

/** A 规则 sheet as a person would have it: the cells rulesSheet() writes. */
function rulesSheetOf(rules: Rules, edit?: (values: (SimValue | null)[][]) => void): SimSheet {
  const out = blockOf(rulesSheet(rules, "zh"));
  const values = out.cells.map((row) => row.map((c) => c.value));
  edit?.(values);
  return sheetFromGrid("规则", values);
}

async function expectFailure(sim: Sim, lang: "zh" | "en", expected: { code: string; message: string }) {
  const before = workbookState(sim);
  const report = await classifyActiveSheet({ lang, caps: sim.caps, runAt: RUN_AT });
  expect(report).toEqual({ ok: false, ...expected });
  expect(workbookState(sim)).toEqual(before);
}

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined); // details go to the console by design
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("faults", () => {
  let sim: Sim;
  afterEach(() => sim.uninstall());

  it("refuses a protected sheet (checked on ExcelApi 1.2+)", async () => {
    const sheet = sheetFromGrid("区县", districtGrid(5));
    sheet.protected = true;
    sim = simExcel([sheet]);
    await expectFailure(sim, "zh", { code: "protected", message: "工作表“区县”受保护，无法写入结果。请先撤销工作表保护，未做任何修改。" });
    expect(sim.host.stats.syncs).toHaveLength(1);
  });

  it("refuses a protected sheet on ExcelApi 1.1, where the refused write is caught", async () => {
    const sheet = sheetFromGrid("区县", districtGrid(5));
    sheet.protected = true;
    sim = simExcel([sheet], "vl2016");
    await expectFailure(sim, "en", { code: "protected", message: 'Sheet "区县" is protected, so results cannot be written. Unprotect it first; nothing was changed.' });
  });

  it("refuses an empty sheet", async () => {
    sim = simExcel([sheetFromGrid("Sheet1", [])]);
    await expectFailure(sim, "zh", { code: "empty", message: "工作表“Sheet1”是空的，没有可分类的数据。" });
  });

  it("refuses a sheet without a header row, with the core's message", async () => {
    sim = simExcel([sheetFromGrid("名单", [["姓名", "电话"], ["张三", 123]])]);
    await expectFailure(sim, "zh", { code: "no-header", message: "工作表“名单”前 20 行中找不到表头（至少 3 个可识别的列名）" });
  });

  it("refuses an invalid 规则 sheet and names the cell", async () => {
    const rules = rulesSheetOf(defaultRules(), (v) => {
      v[1][3] = 94; // 计划生育率 tier 1 bound (D2) below tier 2 (95)
    });
    sim = simExcel([sheetFromGrid("区县", districtGrid(5)), rules]);
    await expectFailure(sim, "zh", { code: "invalid-rules-sheet", message: "规则!D2：一类标准不能比二类宽松" });
  });

  it("maps Excel's error codes, not its messages, to our text", async () => {
    const sheet = sheetFromGrid("区县", districtGrid(5));
    sim = simExcel([sheet]);
    sim.host.state.inject = (label) => (label === "Worksheet.load" ? "InvalidOperationInCellEditMode" : undefined);
    await expectFailure(sim, "en", {
      code: "InvalidOperationInCellEditMode",
      message: "Finish editing the cell (press Enter or Esc), then run again. Nothing was changed.",
    });
    sim.host.state.inject = (label) => (label === "Range.load" ? "SomethingNew" : undefined);
    await expectFailure(sim, "zh", { code: "SomethingNew", message: "Excel 报告错误（SomethingNew），操作未完成。工作簿未改动。" });
  });

  it("writes formula-looking text from the 规则 sheet as text", async () => {
    const rules = defaultRules();
    rules.split.roles = ["=书记", "+乡镇长", "-分管", "@专干"];
    sim = simExcel([sheetFromGrid("区县", districtGrid(5)), rulesSheetOf(rules)]);
    const report = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
    if (!report.ok) throw new Error(report.message);
    const header = report.result.output.cells[0].slice(3, 7).map((c) => c.value);
    expect(header).toEqual(["=书记", "+乡镇长", "-分管", "@专干"]);
    expect(writtenCells(sim.sheet("区县")!, report.result.output)).toEqual(expectedCells(report.result.output));
    const formulas = sim.host.state.workbook.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.formula));
    expect(formulas).toEqual([]);
  });

  it("answers a second click while a run is in progress with busy, starting nothing", async () => {
    sim = simExcel([sheetFromInput(sampleWorkbook().sheet)]);
    const first = classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
    const second = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
    expect(second).toEqual({ ok: false, code: "busy", message: "正在处理上一次操作，请稍候再试。" });
    const clear = await clearResults({ lang: "en", caps: sim.caps });
    expect(clear).toEqual({ ok: false, code: "busy", message: "The previous action is still running; please try again in a moment." });
    expect((await first).ok).toBe(true);
    expect(sim.host.stats.runs).toBe(1);
  });

  it("re-runs to the identical workbook", async () => {
    sim = simExcel([sheetFromInput(sampleWorkbook().sheet)]);
    const first = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
    const after = workbookState(sim);
    const second = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
    expect(workbookState(sim)).toEqual(after);
    expect([first.ok && first.rulesCreated, second.ok && second.rulesCreated]).toEqual([true, false]);
    expect(second.ok && second.result.output.firstCol).toBe(first.ok && first.result.output.firstCol);
  });

  it.each(["vl2016", "m365"] as const)("clearResults restores the input cell for cell (%s)", async (profile) => {
    const sample = sampleWorkbook().sheet;
    sim = simExcel([sheetFromInput(sample)], profile);
    const input = cellsOf(sim.sheet(sample.name)!);
    const run = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
    expect(run.ok).toBe(true);
    const rules = cellsOf(sim.sheet("规则")!);
    const report = await clearResults({ lang: "zh", caps: sim.caps });
    expect(report).toEqual({ ok: true, syncs: 2, sheet: sample.name, columns: 8, summaryDeleted: true });
    expect(cellsOf(sim.sheet(sample.name)!)).toEqual(input);
    expect(sim.host.state.workbook.sheets.map((s) => s.name)).toEqual([sample.name, "规则"]);
    expect(cellsOf(sim.sheet("规则")!)).toEqual(rules);
    expect(await clearResults({ lang: "zh", caps: sim.caps })).toEqual({
      ok: false, code: "no-results", message: "工作表“2014年考核”中没有本加载项写入的结果列。",
    });
  });
});

describe("undo grouping", () => {
  it("repeats a run ungrouped when Excel refuses the undo group, ending in the same workbook", async () => {
    const clean = simExcel([sheetFromInput(sampleWorkbook().sheet)]);
    await classifyActiveSheet({ lang: "zh", caps: clean.caps, runAt: RUN_AT });
    clean.uninstall();
    const sim = simExcel([sheetFromInput(sampleWorkbook().sheet)]);
    let refused = false;
    sim.host.state.inject = (label) => (label === "Range.values" && !refused ? ((refused = true), "UndoNotSupported") : undefined);
    const report = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
    sim.uninstall();
    expect(report).toMatchObject({ ok: true, syncs: 4 }); // probe + writes, twice
    expect(sim.host.stats.runOptions).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true, mergeUndoGroup: false },
    ]);
    expect(workbookState(sim)).toEqual(workbookState(clean));
  });
});
