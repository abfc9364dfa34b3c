// The WPS adapter as the task pane's host (src/wps/pane-host.ts) on the ET simulator: classify, the sheet
// list, a problem's cell selected, 清除结果 giving back the sheet as it was, 规则 opened and restored, the
// sample inserted (and classifying as the core says); refusals come back as messages, never as exceptions.
import { classifySheet, defaultRules, RULES_SHEET, sampleWorkbook, SUMMARY_SHEET } from "../../src/core";
import type { HostOptions } from "../../src/host";
import { wpsPaneHost, WpsCaps } from "../../src/wps/pane-host";
import { UNLISTED_HEADER_BLOCK, UNLISTED_HEADER_ROWS } from "../fixtures/unlisted-header";
import { appOf, etOf } from "./helpers";
import { cellAt, OTHER_ANSWERS, sheetFromGrid, SimHost, SimOptions, SimSheet } from "./sim";

function sample(options: Partial<SimOptions> = {}): SimHost {
  const s = sampleWorkbook().sheet;
  return etOf([sheetFromGrid(s.name, s.values, s.formats)], options);
}

const zh: HostOptions<WpsCaps> = { lang: "zh", caps: null };

/** Every cell with content or format, as text, for before/after comparisons. */
function cells(sheet: SimSheet): string[] {
  return Array.from(sheet.cells.entries())
    .filter(([, c]) => c.value !== null || c.numberFormat !== "General" || c.color !== null || c.bold)
    .map(([k, c]) => `${k} ${JSON.stringify([c.value, c.numberFormat, c.color, c.bold])}`)
    .sort();
}

const names = (et: SimHost) => et.book.sheets.map((s) => s.name);
const active = (et: SimHost) => et.book.sheets[et.book.active].name;

describe.each([
  ["default answers", {}],
  ["every other answer", OTHER_ANSWERS],
] as [string, Partial<SimOptions>][])("the WPS pane host (%s)", (_, options) => {
  test("classify, list the sheets, select a problem's cell", async () => {
    const et = sample(options);
    const host = wpsPaneHost(appOf(et));
    const phases: string[] = [];
    const report = await host.classifyActiveSheet({ ...zh, onProgress: (p) => phases.push(p) });
    if (!report.ok) throw new Error(report.message);
    expect(phases).toEqual(["done"]);
    expect(await host.listSheets()).toEqual(["2014年考核", RULES_SHEET, SUMMARY_SHEET]);
    expect((await host.listSheets()).filter((n) => !host.ownSheet(n))).toEqual(["2014年考核"]);
    const cell = report.result.problems[0].errors[0].cell;
    et.book.active = 2; // the user looks at 分类汇总
    expect(await host.selectCell("2014年考核", cell, "zh")).toEqual({ ok: true });
    expect(et.book.selection).toEqual({ sheet: "2014年考核", address: cell });
    expect(active(et)).toBe("2014年考核");
    expect(await host.selectCell("无此表", "A1", "en")).toEqual({
      ok: false,
      code: "sheet-not-found",
      message: 'Sheet "无此表" was not found.',
    });
  });

  test("清除结果: the result columns and 分类汇总 go, the sheet is as before the run; again: nothing to clear", async () => {
    const et = sample(options);
    const host = wpsPaneHost(appOf(et));
    const before = cells(et.book.sheets[0]);
    expect((await host.classifyActiveSheet(zh)).ok).toBe(true);
    expect(cells(et.book.sheets[0])).not.toEqual(before);
    const actions = await host.sheetActions();
    expect(await actions.clearResults(zh)).toEqual({ ok: true, sheet: "2014年考核", columns: 8, summaryDeleted: true });
    expect(cells(et.book.sheets[0])).toEqual(before);
    expect(names(et)).toEqual(["2014年考核", RULES_SHEET]);
    expect(et.Application.DisplayAlerts).toBe(true);
    expect(et.Application.ScreenUpdating).toBe(true);
    expect(await actions.clearResults({ ...zh, sheetName: "2014年考核" })).toEqual({
      ok: false,
      code: "no-results",
      message: "工作表“2014年考核”中没有本加载项写入的结果列。",
    });
  });

  test("清除结果 refuses a protected sheet and a locked structure before changing anything", async () => {
    const et = sample(options);
    const host = wpsPaneHost(appOf(et));
    await host.classifyActiveSheet(zh);
    const after = cells(et.book.sheets[0]);
    const actions = await host.sheetActions();
    et.book.protectStructure = true;
    expect(await actions.clearResults(zh)).toMatchObject({ ok: false, code: "structure" });
    et.book.protectStructure = false;
    et.book.sheets[0].protectContents = true;
    expect(await actions.clearResults(zh)).toMatchObject({ ok: false, code: "protected" });
    expect(cells(et.book.sheets[0])).toEqual(after);
    expect(names(et)).toEqual(["2014年考核", RULES_SHEET, SUMMARY_SHEET]);
  });

  test("规则: opened (written with the defaults when absent); restored after an edit, the active sheet kept", async () => {
    const et = sample(options);
    const host = wpsPaneHost(appOf(et));
    const actions = await host.sheetActions();
    expect(await actions.activateRulesSheet(zh)).toEqual({ ok: true, created: true });
    expect(active(et)).toBe(RULES_SHEET);
    const rules = et.sheet(RULES_SHEET)!;
    const written = cells(rules);
    const edited = Array.from(rules.cells.values()).filter((c) => typeof c.value === "number")[0];
    edited.value = 12345;
    et.book.active = 0;
    expect(await actions.restoreDefaultRules(zh)).toEqual({ ok: true, created: false });
    expect(cells(rules)).toEqual(written);
    expect(active(et)).toBe("2014年考核");
    expect(await actions.activateRulesSheet(zh)).toEqual({ ok: true, created: false });
  });

  test("插入示例: a new sheet after the last, activated, named anew the second time; it classifies as the core says", async () => {
    const et = sample(options);
    const host = wpsPaneHost(appOf(et));
    const { insertSampleSheet } = await host.sample();
    const s = sampleWorkbook();
    expect(await insertSampleSheet(zh)).toEqual({ ok: true, sheet: `${s.sheet.name} (2)` });
    expect(names(et)).toEqual([s.sheet.name, `${s.sheet.name} (2)`]);
    expect(active(et)).toBe(`${s.sheet.name} (2)`);
    const added = et.book.sheets[1];
    expect(added.merges).toEqual(s.merges);
    expect(added.colWidths.get(1)).toBe(s.columnWidths[0]);
    s.sheet.values.forEach((row, r) =>
      row.forEach((v, c) => expect([r, c, cellAt(added, r + 1, c + 1).value]).toEqual([r, c, v === "" ? null : v])),
    );
    const report = await host.classifyActiveSheet(zh);
    if (!report.ok) throw new Error(report.message);
    const core = classifySheet({ ...s.sheet, name: `${s.sheet.name} (2)` }, defaultRules(), { lang: "zh" });
    expect(report.result.summary).toEqual(core.summary);
    expect(report.result.problems.map((p) => p.errors.map((e) => e.cell))).toEqual(
      core.problems.map((p) => p.errors.map((e) => e.cell)),
    );
    et.book.protectStructure = true;
    expect(await insertSampleSheet(zh)).toMatchObject({ ok: false, code: "structure" });
  });

  test("a missing column named by hand: into 规则's 表头名称 (written when absent, else column I only), then it classifies", async () => {
    const grid = [...UNLISTED_HEADER_BLOCK, UNLISTED_HEADER_ROWS[0]];
    for (const withRules of [false, true]) {
      const et = etOf([sheetFromGrid("两行表头", grid)], options);
      const host = wpsPaneHost(appOf(et));
      const { activateRulesSheet } = await host.sheetActions();
      if (withRules) await activateRulesSheet(zh);
      et.book.active = 0;
      const failed = await host.classifyActiveSheet(zh);
      if (failed.ok) throw new Error("classified without 计划生育率");
      expect(failed.code).toBe("missing-columns");
      expect(failed.columns!.headers.map((h) => h.text)).toContain("指标一");
      const naming = await host.columnNaming!();
      const names = [{ key: "plannedBirthRate" as const, header: "指标一" }];
      expect(await naming.nameColumns({ ...zh, names })).toEqual({ ok: true, created: !withRules });
      expect(active(et)).toBe("两行表头");
      const rules = et.sheet(RULES_SHEET)!;
      const at = (key: string) =>
        Array.from({ length: 40 }, (_, r) => r + 1).filter((r) => cellAt(rules, r, 1).value === key)[0];
      expect([
        cellAt(rules, at("plannedBirthRate"), 9).value,
        cellAt(rules, at("plannedBirthRate") - 1, 9).value,
      ]).toEqual(["指标一", "表头名称"]);
      const report = await host.classifyActiveSheet(zh);
      expect({ withRules, ok: report.ok }).toEqual({ withRules, ok: true });
    }
  });
});
