// The task pane's smaller actions, and capability detection per profile.
import { defaultRules, rulesSheet, sampleWorkbook } from "../../src/core";
import {
  activateRulesSheet, classifyActiveSheet, detectCapabilities, insertSampleSheet, listSheets, restoreDefaultRules, selectCell,
} from "../../src/excel";
import { blockOf, expectedCells, sheetFromInput, simExcel, writtenCells } from "./helpers";
import { cellAt, cellsOf, createSimHost, newWorkbook, sheetFromGrid } from "./sim";

describe("detectCapabilities", () => {
  it("builds one flag per feature from isSetSupported", () => {
    const caps = (profile: "vl2016" | "vl2019" | "m365") => {
      const host = createSimHost({ workbook: newWorkbook([]), profile });
      return detectCapabilities((host.Office as { context: { requirements: Parameters<typeof detectCapabilities>[0] } }).context.requirements);
    };
    expect(caps("vl2016")).toEqual({
      supported: true, excelApi: "1.1", usedRangeValuesOnly: false, protection: false, autofit: false, nullObjects: false,
      suspendCalculation: false, rangeByIndexes: false, numberFormatLocal: false, chartPointBorder: false, calculationMode: false,
      suspendScreenUpdating: false, pageLayout: false, rangeAreas: false, delayForCellEdit: false, mergeUndoGroup: false, sharedRuntime: false, dialogApi: false,
    });
    expect(caps("vl2019")).toMatchObject({ excelApi: "1.7", nullObjects: true, rangeByIndexes: true, chartPointBorder: true, suspendScreenUpdating: false, pageLayout: false, sharedRuntime: false });
    expect(caps("m365")).toMatchObject({ excelApi: "1.20", pageLayout: true, mergeUndoGroup: true, sharedRuntime: true, dialogApi: true });
    expect(detectCapabilities(undefined).supported).toBe(false);
  });
});

describe("actions", () => {
  it.each(["vl2016", "m365"] as const)("insertSampleSheet adds the sample under a unique name and activates it (%s)", async (profile) => {
    const sample = sampleWorkbook();
    const sim = simExcel([sheetFromGrid(sample.sheet.name, [["已有"]])], profile);
    const report = await insertSampleSheet({ lang: "zh", caps: sim.caps });
    expect(report).toEqual({ ok: true, syncs: 2, sheet: `${sample.sheet.name} (2)` });
    const added = sim.sheet(`${sample.sheet.name} (2)`)!;
    expect(sim.host.state.workbook.active).toBe(added);
    const values = sample.sheet.values.map((row, r) => row.map((v, c) => [v, cellAt(added, r, c).value]));
    for (const row of values) for (const [want, got] of row) expect(got).toBe(want === null ? "" : want);
    expect(added.merges.length).toBe(profile === "m365" ? 2 : 0);
    // the inserted sheet classifies like the sample itself
    const viaSheet = await classifyActiveSheet({ lang: "zh", caps: sim.caps });
    sim.uninstall();
    const direct = simExcel([sheetFromInput(sample.sheet)], profile);
    const viaCore = await classifyActiveSheet({ lang: "zh", caps: direct.caps });
    direct.uninstall();
    expect(viaSheet.ok && viaSheet.result.rows).toEqual(viaCore.ok && viaCore.result.rows);
  });

  it("selectCell activates the sheet and selects the cell; listSheets lists tabs in order", async () => {
    const sim = simExcel([sheetFromGrid("A", [[1]]), sheetFromGrid("区县", [[1]])]);
    expect(await selectCell("区县", "D7")).toEqual({ ok: true });
    expect(sim.host.state.workbook.selection).toEqual({ sheet: "区县", address: "D7" });
    expect(sim.host.state.workbook.active!.name).toBe("区县");
    expect(await listSheets()).toEqual(["A", "区县"]);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await selectCell("无此表", "A1", "en")).toEqual({
      ok: false, code: "ItemNotFound", message: "The sheet to work on was not found; it may have been deleted or renamed.",
    });
    jest.restoreAllMocks();
    sim.uninstall();
  });

  it("activateRulesSheet creates 规则 with the defaults when absent, then only activates it", async () => {
    const sim = simExcel([sheetFromGrid("区县", [[1]])], "vl2019");
    expect(await activateRulesSheet({ lang: "zh", caps: sim.caps })).toEqual({ ok: true, syncs: 2, created: true });
    const out = blockOf(rulesSheet(defaultRules(), "zh"));
    expect(writtenCells(sim.sheet("规则")!, out)).toEqual(expectedCells(out));
    expect(sim.host.state.workbook.active!.name).toBe("规则");
    sim.host.state.workbook.active = sim.sheet("区县")!;
    expect(await activateRulesSheet({ lang: "zh", caps: sim.caps })).toEqual({ ok: true, syncs: 2, created: false });
    expect(sim.host.state.workbook.active!.name).toBe("规则");
    sim.uninstall();
  });

  it("restoreDefaultRules rewrites an edited 规则 sheet with the defaults", async () => {
    const sim = simExcel([sheetFromGrid("区县", [[1]])]);
    await restoreDefaultRules({ lang: "zh", caps: sim.caps });
    const pristine = cellsOf(sim.sheet("规则")!);
    const rules = sim.sheet("规则")!;
    rules.cells.set("3,3", { value: 107, numberFormat: "General", fill: "#FF0000", bold: false });
    rules.cells.set("40,10", { value: "stray", numberFormat: "General", fill: null, bold: false });
    expect(await restoreDefaultRules({ lang: "zh", caps: sim.caps })).toEqual({ ok: true, syncs: 2, created: false });
    expect(cellsOf(sim.sheet("规则")!)).toEqual(pristine);
    sim.uninstall();
  });
});
