// Issue 13 part 3 in the add-in: a missing column's failure carries the headers to pick from; naming one
// writes it into 规则 (表头名称) and the next run takes the column, on every profile.
import { defaultRules, rulesSheet } from "../../src/core";
import { classifyActiveSheet, nameColumns } from "../../src/excel";
import { HEADER } from "./helpers";
import { simExcel } from "./helpers";
import { cellAt, sheetFromGrid } from "./sim";

const header = ["乡镇", "指标一", ...HEADER.slice(2)];
const grid = [["2024年考核表"], header, ["王营", 98, 90, 111, 8, 90, 90, 90, "一类", "一类"]];

describe.each(["vl2016", "vl2019", "m365"] as const)("naming a column by hand (%s)", (profile) => {
  it("the failure offers the unrecognised headers; the name goes into a new 规则 sheet; the run then takes it", async () => {
    const sim = simExcel([sheetFromGrid("考核", grid)], profile);
    const failed = await classifyActiveSheet({ lang: "zh", caps: sim.caps });
    expect(failed).toEqual({
      ok: false,
      code: "missing-columns",
      message: "工作表“考核”缺少必需的列：计划生育率；未识别的表头：B2“指标一”",
      columns: {
        missing: [{ key: "plannedBirthRate", name: "计划生育率" }],
        headerRow: 2,
        headers: [{ row: 2, col: 2, text: "指标一" }],
      },
    });
    expect(sim.sheet("规则")).toBeUndefined(); // a failed run writes nothing
    const named = await nameColumns({
      lang: "zh",
      caps: sim.caps,
      names: [{ key: "plannedBirthRate", header: "指标一" }],
    });
    expect(named).toEqual({ ok: true, syncs: 2, created: true });
    const rules = sim.sheet("规则")!;
    expect([cellAt(rules, 0, 8).value, cellAt(rules, 1, 0).value, cellAt(rules, 1, 8).value]).toEqual([
      "表头名称",
      "plannedBirthRate",
      "指标一",
    ]);
    const ok = await classifyActiveSheet({ lang: "zh", caps: sim.caps });
    sim.uninstall();
    expect(ok.ok && ok.result.columns.plannedBirthRate).toBe(2);
    expect(ok.ok && ok.result.rows[0]).toMatchObject({ township: "王营", tier: 1, status: "met" });
  });

  it("an existing 规则 sheet keeps every other cell; one made before 表头名称 gets the heading too", async () => {
    const old = rulesSheet(defaultRules(), "zh").cells.map((row) => row.slice(0, 8).map((c) => c.value));
    old[4][3] = 9; // the district's own funding bound
    const sim = simExcel([sheetFromGrid("考核", grid), sheetFromGrid("规则", old)], profile);
    const named = await nameColumns({
      lang: "en",
      caps: sim.caps,
      names: [{ key: "plannedBirthRate", header: "指标一" }],
    });
    expect(named).toEqual({ ok: true, syncs: 3, created: false });
    const rules = sim.sheet("规则")!;
    old.forEach((row, r) => row.forEach((v, c) => expect(cellAt(rules, r, c).value).toBe(v === null ? "" : v)));
    expect([
      cellAt(rules, 0, 8).value,
      cellAt(rules, 0, 8).bold,
      cellAt(rules, 1, 8).value,
      cellAt(rules, 2, 8).value,
    ]).toEqual(["Header in the sheet", true, "指标一", ""]);
    const ok = await classifyActiveSheet({ lang: "zh", caps: sim.caps });
    sim.uninstall();
    expect(ok.ok && ok.result.columns.plannedBirthRate).toBe(2);
    expect(ok.ok && ok.result.rows[0]).toMatchObject({ tier: 2 }); // 8 < the sheet's own bound of 9
  });

  it("a 规则 sheet that does not read is reported, naming its cell, and not written into", async () => {
    const bad = rulesSheet(defaultRules(), "zh").cells.map((row) => row.map((c) => c.value));
    bad[1][3] = "九十八";
    const sim = simExcel([sheetFromGrid("考核", grid), sheetFromGrid("规则", bad)], profile);
    const named = await nameColumns({
      lang: "zh",
      caps: sim.caps,
      names: [{ key: "plannedBirthRate", header: "指标一" }],
    });
    const rules = sim.sheet("规则")!;
    sim.uninstall();
    expect(named).toMatchObject({ ok: false, message: "规则!D2：应为数字" });
    expect(cellAt(rules, 1, 8).value).toBe("");
  });
});
