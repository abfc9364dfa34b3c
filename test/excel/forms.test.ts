// Issue 16 in the add-in, on the Excel simulator: forms out (the core's forms, from the sheet as Office.js
// reads it) and forms back through the pane's own file reading (forms-files.ts) and the adapter. The plan
// equals the one `township-tiers collect` makes from the same files; a cell holding a value changes only
// when confirmed; conflicts and bad forms write nothing; 收表记录 is written; the same files again change
// nothing; and the district sheet then classifies exactly as if the numbers had been typed in.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { classifySheet, defaultRules, districtForms } from "../../src/core";
import type { CellChange, CellValue, CollectPlan, TownshipForm } from "../../src/core";
import { runCollect } from "../../src/cli/collect";
import { classifyActiveSheet } from "../../src/excel";
import { makeForms } from "../../src/excel/forms";
import { changeKey, LEFT_FORMS, planForms, writeForms } from "../../src/excel/forms-collect";
import { returnedFile } from "../../src/taskpane/forms-files";
import type { PickedFile } from "../../src/taskpane/forms-files";
import { createWorkbook, formWorkbook, openWorkbook, writeCellValues } from "../../src/xlsx";
import { layouts, sampleDistrict } from "../fixtures/layouts";
import { simExcel } from "./helpers";
import { cellAt, sheetFromGrid, updateCell, usedRect } from "./sim";
import type { SimSheet } from "./sim";

const rules = defaultRules();
const NOW = new Date(2025, 0, 6, 10, 0, 0);
const district = sampleDistrict();
for (const t of district.townships)
  t.indicators = t.indicators.map((v, i) => (typeof v === "number" && !(i !== 2 && i !== 3 && v > 100) ? v : 95));
const layout = layouts(district, ["percent-fractions"])[0];
const SHEET = layout.sheetName;
const typedInput = { name: SHEET, values: layout.values, formats: layout.formats };
const typed = classifySheet(typedInput, rules, { lang: "zh" });
const rowOf = (name: string) => typed.rows.find((r) => r.township === name)!.row;
const indicatorsOf = (name: string) => district.townships.find((t) => t.name === name)!.indicators as number[];

/** The district with every indicator cell empty (formats kept) except 吴城镇's, which holds its typed values. */
function districtValues(): CellValue[][] {
  const values = layout.values.map((r) => r.slice());
  for (const r of typed.rows)
    if (r.township !== "吴城镇")
      for (const rule of rules.indicators) values[r.row - 1][(typed.columns[rule.key] as number) - 1] = null;
  return values;
}

const forms: TownshipForm[] = districtForms(typedInput, typed, rules, { lang: "zh", year: "2024", district: "区.xlsx" });
const formOf = (name: string) => forms.find((f) => f.township === name)!;

function filled(name: string, values: (number | string)[]): Uint8Array {
  const cells = values.map((v, i) => ({ cell: "B" + (9 + i), value: v as number }));
  return writeCellValues(formWorkbook(formOf(name)), "申报表", cells);
}

/** What the township offices send back: good forms, a correction, a conflict, a bad form, a stranger, an .xls. */
function returned(): PickedFile[] {
  const wu = indicatorsOf("吴城镇").slice();
  wu[0] = 99.5; // 吴城镇 corrects one figure: its cell holds a value, so this needs a yes
  return [
    { name: "2024年王营镇申报表.xlsx", bytes: filled("王营镇", indicatorsOf("王营镇")) },
    { name: "2024年吴城镇申报表.xlsx", bytes: filled("吴城镇", wu) },
    { name: "丁集1.xlsx", bytes: filled("丁集镇", indicatorsOf("丁集镇")) },
    { name: "丁集2.xlsx", bytes: filled("丁集镇", [99, 91, 108, 9, 95, 95, 95]) },
    { name: "袁集-坏.xlsx", bytes: filled("袁集乡", [98, "待核实", 108, 9, 105, 95, 95]) },
    { name: "通知.xlsx", bytes: createWorkbook([{ name: "Sheet1", values: [["关于报送的通知"]] }]) },
  ];
}
const XLS: PickedFile = { name: "码头镇.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) };

const reader = (files: PickedFile[]) => (r: typeof rules, lang: "zh" | "en") => files.map((f) => returnedFile(f, r, lang));

function shape(changes: CellChange[]) {
  return changes.map((c) => ({
    cell: c.cell,
    township: c.township,
    key: c.key,
    oldText: c.oldText,
    newText: c.newText,
    value: c.value,
    confirm: c.confirm,
    file: c.file.replace(/^.*[\\/]/, ""),
  }));
}

function fates(plan: CollectPlan) {
  const base = (f: string) => f.replace(/^.*[\\/]/, "");
  return {
    accepted: plan.accepted.map((a) => [a.township, base(a.file)]),
    conflicts: plan.conflicts.map((c) => [c.township, c.files.map(base)]),
    invalid: plan.invalid.map((p) => [base(p.file), p.reasons]),
    refused: plan.refused.map((p) => base(p.file)),
    ignored: plan.ignored.map((p) => base(p.file)),
    missing: plan.missing.map((m) => m.township),
  };
}

/** The CLI's collect on the same files, written to disk: the reference plan and records. */
function cliCollect(files: PickedFile[]) {
  const dir = mkdtempSync(join(tmpdir(), "tt-forms-"));
  const input = join(dir, "区考核.xlsx");
  writeFileSync(input, createWorkbook([{ name: SHEET, values: districtValues(), formats: layout.formats, merges: layout.merges }]));
  const paths = files.map((f) => {
    const p = join(dir, f.name);
    writeFileSync(p, f.bytes);
    return p;
  });
  const out = join(dir, "out.xlsx");
  const o = runCollect({ input, forms: paths, out, overwrite: false, lang: "zh" }, {}, NOW);
  const records = openWorkbook(new Uint8Array(require("fs").readFileSync(out))).readSheet("收表记录");
  return { plan: o.plan, written: o.written, records: records.values };
}

function districtSim(profile: "vl2016" | "vl2019" | "m365") {
  const sheet = sheetFromGrid(SHEET, districtValues(), layout.formats);
  return simExcel([sheet], profile);
}

function snapshot(sheets: SimSheet[]) {
  return sheets.map((s) => {
    const rect = usedRect(s, false);
    const cells: unknown[] = [];
    if (rect)
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const cell = cellAt(s, r, c);
          cells.push([r, c, cell.value, cell.numberFormat]);
        }
    return [s.name, cells];
  });
}

const cellValue = (sheet: SimSheet, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return cellAt(sheet, Number(m[2]) - 1, m[1].charCodeAt(0) - 65).value;
};

describe.each(["vl2016", "vl2019", "m365"] as const)("forms back in the add-in (%s)", (profile) => {
  it("plans as the CLI does, writes only what is confirmed, records, re-runs to nothing, classifies as typed", async () => {
    const files = returned();
    const cli = cliCollect(files);
    const sim = districtSim(profile);
    const options = { lang: "zh" as const, caps: sim.caps, read: reader(files.concat([XLS])), now: NOW };

    const planned = await planForms(options);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.sheet).toBe(SHEET);
    expect(shape(planned.plan.changes)).toEqual(shape(cli.plan.changes));
    const cliFates = fates(cli.plan);
    expect(fates(planned.plan)).toEqual({ ...cliFates, ignored: cliFates.ignored.concat(["码头镇.xls"]) });
    expect(planned.plan.ignored[planned.plan.ignored.length - 1].reasons[0]).toMatch(/^不是 \.xlsx 工作簿/);
    expect(fates(planned.plan).conflicts).toEqual([["丁集镇", ["丁集1.xlsx", "丁集2.xlsx"]]]);
    const overwrite = planned.plan.changes.filter((c) => c.confirm);
    expect(shape(overwrite)).toEqual([expect.objectContaining({ township: "吴城镇", oldText: "97.4%", newText: "99.5%", value: 0.995 })]);
    expect(sim.sheet("收表记录")).toBeUndefined(); // planning writes nothing

    // 写入 without ticking the overwrite: 王营镇's empty cells filled, 吴城镇's held, 丁集镇 (conflict) and 袁集乡 (bad) not.
    const first = await writeForms({ ...options, confirmed: [] });
    if (!first.ok) throw new Error(first.message);
    const ws = sim.sheet(SHEET)!;
    expect(shape(first.written)).toEqual(shape(cli.written));
    expect(shape(first.held)).toEqual(shape(overwrite));
    expect(cellValue(ws, overwrite[0].cell)).toBe(overwrite[0].old);
    for (const rule of rules.indicators) {
      const col = typed.columns[rule.key] as number;
      expect(cellAt(ws, rowOf("丁集镇") - 1, col - 1).value).toBe("");
      expect(cellAt(ws, rowOf("袁集乡") - 1, col - 1).value).toBe("");
    }
    const records = sim.sheet("收表记录")!;
    const rect = usedRect(records, true);
    const simRecords = Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: cli.records[r].length }, (_x, c) => {
        const v = cellAt(records, r, c).value;
        return v === "" ? null : v;
      }),
    );
    expect(simRecords).toEqual(cli.records);

    // The same files again: nothing changes, not even 收表记录's times.
    const before = snapshot(sim.host.state.workbook.sheets);
    const again = await writeForms({ ...options, confirmed: [], now: new Date(2025, 0, 9) });
    if (!again.ok) throw new Error(again.message);
    expect([again.written, again.recordsWritten]).toEqual([[], false]);
    expect(snapshot(sim.host.state.workbook.sheets)).toEqual(before);

    // Ticked: the one overwrite is written, in the column's % convention.
    const yes = await writeForms({ ...options, confirmed: [changeKey(overwrite[0])] });
    if (!yes.ok) throw new Error(yes.message);
    expect(shape(yes.written)).toEqual(shape(overwrite));
    expect(cellValue(ws, overwrite[0].cell)).toBe(0.995);

    // Classified as if typed: 王营镇 as the typed sheet; 吴城镇 as the typed sheet with 99.5 typed in.
    const run = await classifyActiveSheet({ lang: "zh", caps: sim.caps, sheetName: SHEET });
    sim.uninstall();
    if (!run.ok) throw new Error(run.message);
    const typedValues = layout.values.map((r) => r.slice());
    typedValues[rowOf("吴城镇") - 1][(typed.columns.plannedBirthRate as number) - 1] = 0.995;
    const expected = classifySheet({ ...typedInput, values: typedValues }, rules, { lang: "zh" });
    const outcome = (r: { township: string; tier: unknown; status: unknown; amount: unknown; reasons: unknown }) => [
      r.township,
      r.tier,
      r.status,
      r.amount,
      r.reasons,
    ];
    for (const name of ["王营镇", "吴城镇"])
      expect(run.result.rows.filter((r) => r.township === name).map(outcome)).toEqual(
        expected.rows.filter((r) => r.township === name).map(outcome),
      );
  });
});

test("forms out: the core's forms for the sheet as the add-in reads it, the year from the sheet", async () => {
  const sim = districtSim("vl2016");
  const made = await makeForms({ lang: "zh", caps: sim.caps, now: NOW });
  sim.uninstall();
  if (!made.ok) throw new Error(made.message);
  expect([made.sheet, made.year, made.yearFromClock]).toEqual([SHEET, "2024", false]);
  const blank = { ...typedInput, values: districtValues() };
  const expected = districtForms(blank, classifySheet(blank, rules, { lang: "zh" }), rules, {
    lang: "zh",
    year: "2024",
    district: "",
  });
  expect(made.forms).toEqual(expected);
  expect(made.forms.map((f) => f.fileName)).toContain("2024年王营镇申报表.xlsx");
});

test("a form that fails validation is reported with its file and cell, and nothing of it is written", async () => {
  const sim = districtSim("m365");
  const bad: PickedFile = { name: "袁集-坏.xlsx", bytes: filled("袁集乡", [98, "待核实", 108, 9, 105, 95, 95]) };
  const done = await writeForms({ lang: "zh", caps: sim.caps, read: reader([bad]), confirmed: [], now: NOW });
  sim.uninstall();
  if (!done.ok) throw new Error(done.message);
  expect(done.plan.invalid).toEqual([
    {
      file: "袁集-坏.xlsx",
      township: "袁集乡",
      reasons: ['申报表!B10：期内综合避孕率（%） "待核实" 不是数字', "申报表!B13：优质服务率（%） 105 超出范围 0–100"],
    },
  ]);
  expect([done.written, done.recordsWritten]).toEqual([[], false]);
  expect(sim.sheet("收表记录")).toBeUndefined();
});

test("a formula cell that shows nothing is not empty: it changes only when ticked", async () => {
  const sheet = sheetFromGrid(SHEET, districtValues(), layout.formats);
  const row = rowOf("王营镇") - 1;
  const col = (typed.columns.plannedBirthRate as number) - 1;
  updateCell(sheet, row, col, (cell) => {
    cell.formula = '=IF(1,"","")';
    cell.value = "";
  });
  const sim = simExcel([sheet], "vl2016");
  const files = [{ name: "王营.xlsx", bytes: filled("王营镇", indicatorsOf("王营镇")) }];
  const done = await writeForms({ lang: "zh", caps: sim.caps, read: reader(files), confirmed: [], now: NOW });
  sim.uninstall();
  if (!done.ok) throw new Error(done.message);
  expect(done.held.map((c) => [c.cell, c.oldText, c.confirm])).toEqual([[done.held[0].cell, '=IF(1,"","")', true]]);
  expect(done.written).toHaveLength(6);
  expect(cellAt(sheet, row, col).formula).toBe('=IF(1,"","")');
});

test("收表记录 itself is never taken for the district sheet", async () => {
  const sim = simExcel([sheetFromGrid("收表记录", [["乡级申报收表记录"]]), sheetFromGrid(SHEET, districtValues(), layout.formats)]);
  const planned = await planForms({ lang: "zh", caps: sim.caps, read: reader([]), now: NOW });
  sim.uninstall();
  expect(planned).toEqual({ ok: false, code: "own-sheet", message: "“收表记录”是本加载项生成的表，不能分类。" });
});

test("a collection cut short at a write says what it may have left; the same files again complete it", async () => {
  const WRITES = /\.(values|numberFormat|clear|delete|add|bold|color|wrapText|columnWidth|text)$/;
  const files = returned();
  const run = (sim: ReturnType<typeof districtSim>) =>
    writeForms({ lang: "zh", caps: sim.caps, read: reader(files), confirmed: [], now: NOW });
  const clean = districtSim("vl2016");
  const labels: string[] = [];
  clean.host.state.inject = (label) => void labels.push(label);
  expect((await run(clean)).ok).toBe(true);
  clean.uninstall();
  const expected = snapshot(clean.host.state.workbook.sheets);
  const writes = labels.map((l, i) => (WRITES.test(l) ? i + 1 : 0)).filter((n) => n > 0);
  expect(writes.length).toBeGreaterThan(7);
  for (const at of [writes[0], writes[3], writes[writes.length - 1]]) {
    const sim = districtSim("vl2016");
    let ops = 0;
    sim.host.state.inject = () => (++ops === at ? "GeneralException" : undefined);
    const cut = await run(sim);
    sim.host.state.inject = undefined;
    expect(cut).toEqual({ ok: false, code: "GeneralException", message: expect.stringContaining(LEFT_FORMS.zh) });
    expect((await run(sim)).ok).toBe(true);
    sim.uninstall();
    // Every number is there and every form has its record; the count says what the completing run wrote.
    const countless = (shot: ReturnType<typeof snapshot>) =>
      shot.map(([name, cells]) => [
        name,
        name === "收表记录" ? (cells as [number, number, unknown, unknown][]).filter((c) => !(c[0] >= 2 && c[1] === 6)) : cells,
      ]);
    expect(countless(snapshot(sim.host.state.workbook.sheets))).toEqual(countless(expected));
  }
});
