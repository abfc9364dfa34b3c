// Issue 16: 乡级申报 forms out of a district sheet and back in. The core's part: the form model, reading
// a returned form by its labels, matching and the change plan, and the 收表记录 records. The key
// property: the district sheet after collection classifies exactly as if the numbers had been typed in.
import {
  changesToWrite,
  classifySheet,
  collectRecords,
  defaultRules,
  districtForms,
  districtYear,
  FORM_ROWS,
  parseMarker,
  planCollection,
  readRecords,
  readReturnedFile,
  recordsSheet,
} from "../../src/core";
import type { CellValue, CollectPlan, RunResult, SheetInput, TownshipForm } from "../../src/core";
import { layouts, sampleDistrict } from "../fixtures/layouts";
import type { DistrictData, Layout } from "../fixtures/layouts";

const rules = defaultRules();

/** The sample district without its bad cells, so every township can send a valid form. */
function cleanDistrict(): DistrictData {
  const d = sampleDistrict();
  for (const t of d.townships)
    t.indicators = t.indicators.map((v, i) => (typeof v === "number" && !(i !== 2 && i !== 3 && v > 100) ? v : 95));
  return d;
}

function layoutInput(layout: Layout): SheetInput {
  return {
    name: layout.sheetName,
    values: layout.values.map((r) => r.slice()),
    formats: layout.formats?.map((r) => r.slice()),
  };
}

/** The form as a sheet a front end would read back, its input cells filled in. */
function filledForm(form: TownshipForm, values: CellValue[], extra: { insertRows?: number } = {}): SheetInput {
  const cells = form.sheet.cells.map((line) => line.map((c) => c.value as CellValue));
  const formats = form.sheet.cells.map((line) => line.map((c) => c.numFmt ?? "General"));
  values.forEach((v, i) => (cells[FORM_ROWS.first - 1 + i][1] = v));
  const sign = FORM_ROWS.first + rules.indicators.length;
  cells[sign][1] = "张三";
  cells[sign + 1][1] = "0517-8888888";
  for (let i = 0; i < (extra.insertRows ?? 0); i++) {
    cells.unshift(["插入的说明行"]);
    formats.unshift([]);
  }
  return { name: form.sheet.name, values: cells, formats };
}

function blankIndicators(input: SheetInput, result: RunResult, keepFormats: boolean, rows: number[]): void {
  for (const r of result.rows) {
    if (rows.indexOf(r.row) < 0) continue;
    for (const rule of rules.indicators) {
      const c = (result.columns[rule.key] as number) - 1;
      input.values[r.row - 1][c] = null;
      if (!keepFormats && input.formats) input.formats[r.row - 1][c] = "General";
    }
  }
}

/** What a front end does with the plan: the values written, a cell taking a sibling's format where asked. */
function applyPlan(input: SheetInput, plan: CollectPlan, overwrite: boolean): void {
  for (const c of changesToWrite(plan, overwrite)) {
    input.values[c.row - 1][c.col - 1] = c.value;
    if (c.styleFrom && input.formats) {
      const from = /^([A-Z]+)(\d+)$/.exec(c.styleFrom)!;
      input.formats[c.row - 1][c.col - 1] = input.formats[Number(from[2]) - 1][c.col - 1];
    }
  }
}

function outcomes(result: RunResult) {
  return result.rows.map((r) => ({ row: r.row, tier: r.tier, status: r.status, amount: r.amount, reasons: r.reasons }));
}

describe("collection classifies as if typed in", () => {
  const ids = ["plain", "percent-fractions", "percent-fractions-two-row", "official", "traditional", "english"];
  const cases: [string, boolean, "all" | "half"][] = [];
  for (const id of ids) {
    cases.push([id, true, "all"]);
    cases.push([id, false, "half"]);
  }
  test.each(cases)("%s (formats kept on empty cells: %s, blanked: %s)", (id, keepFormats, which) => {
    const d = cleanDistrict();
    const layout = layouts(d, [id])[0];
    const typed = classifySheet(layoutInput(layout), rules, { lang: "zh" });
    const input = layoutInput(layout);
    const rows = typed.rows.map((r) => r.row).filter((_r, i) => which === "all" || i % 2 === 0);
    blankIndicators(input, typed, keepFormats, rows);
    const blank = classifySheet(input, rules, { lang: "zh" });
    const year = districtYear(input, blank) ?? "2024";
    const forms = districtForms(input, blank, rules, { lang: "zh", year, district: "区.xlsx" });
    expect(forms).toHaveLength(d.townships.length);
    const files = forms.map((f, i) =>
      readReturnedFile(
        { file: f.fileName, sheets: [filledForm(f, d.townships[i].indicators)], marker: f.marker },
        rules,
        "zh",
      ),
    );
    const plan = planCollection({ district: input, result: blank, rules, lang: "zh", year, files });
    expect(plan.invalid).toEqual([]);
    expect(plan.accepted).toHaveLength(d.townships.length);
    expect(plan.changes.filter((c) => c.confirm)).toEqual([]); // only empty cells were written
    expect(plan.changes).toHaveLength(rows.length * 7);
    applyPlan(input, plan, false);
    expect(outcomes(classifySheet(input, rules, { lang: "zh" }))).toEqual(outcomes(typed));
    // The same files again change nothing.
    const again = classifySheet(input, rules, { lang: "zh" });
    expect(planCollection({ district: input, result: again, rules, lang: "zh", year, files }).changes).toEqual([]);
  });
});

describe("the form model", () => {
  const layout = layouts(cleanDistrict(), ["plain"])[0];
  const input = layoutInput(layout);
  const result = classifySheet(input, rules, { lang: "zh" });
  const forms = districtForms(input, result, rules, { lang: "zh", year: "2024", district: "区.xlsx" });

  test("title, year, township, prior and target; seven validated input cells; a marker; one portrait A4 page", () => {
    const f = forms[0];
    expect(f.fileName).toBe("2024年王营镇申报表.xlsx");
    expect(parseMarker(f.marker)).toEqual({ year: "2024", township: "王营镇", district: "区.xlsx" });
    const text = f.sheet.cells.map((line) => line.map((c) => c.value));
    expect(text[0][0]).toBe("2024年度乡镇人口和计划生育工作分类考核 乡级申报表");
    expect(text[FORM_ROWS.township - 1]).toEqual(["乡镇", "王营镇"]);
    expect(text[FORM_ROWS.prior - 1][1]).toBe(layout.values[result.rows[0].row - 1][result.columns.priorTier! - 1]);
    const inputs = f.sheet.cells.flatMap((line, r) => line.map((c, col) => (c.input ? `${col}:${r + 1}` : null)));
    expect(inputs.filter((x) => x !== null)).toEqual([
      "1:9",
      "1:10",
      "1:11",
      "1:12",
      "1:13",
      "1:14",
      "1:15",
      "1:17",
      "1:18",
      "1:19",
    ]);
    expect(f.sheet.validations.map((v) => [v.ref, v.min, v.max])).toEqual([
      ["B9", 0, 100],
      ["B10", 0, 100],
      ["B11", 50, 200],
      ["B12", 0, null],
      ["B13", 0, 100],
      ["B14", 0, 100],
      ["B15", 0, 100],
    ]);
    expect(f.sheet.validations[2].prompt).toBe("请填写本乡镇出生人口性别比：50 至 200");
    for (const v of f.sheet.validations) expect(v.promptTitle.length).toBeLessThanOrEqual(32);
    expect(f.sheet.page).toMatchObject({ orientation: "portrait", paper: "A4", fitWide: 1, fitTall: 1 });
  });

  test("English forms say the same in English and are read back the same", () => {
    const en = districtForms(input, result, rules, { lang: "en", year: "2024", district: "d.xlsx" })[1];
    expect(en.fileName).toBe("2024 丁集镇 form.xlsx");
    expect(en.sheet.cells[FORM_ROWS.first - 1][0].value).toBe("Planned birth rate (%)");
    const read = readReturnedFile(
      { file: "x.xlsx", sheets: [filledForm(en, [98, 90, 110, 8, 90, 90, 90])], marker: null },
      rules,
      "zh",
    );
    expect(read).toMatchObject({ kind: "form", township: "丁集镇", issues: [] });
  });

  test("two rows of one name get two file names", () => {
    const twin = layoutInput(layout);
    twin.values[result.rows[1].row - 1][result.columns.township! - 1] = "王营镇";
    const r2 = classifySheet(twin, rules, { lang: "zh" });
    const names = districtForms(twin, r2, rules, { lang: "zh", year: "2024", district: "区.xlsx" }).map(
      (f) => f.fileName,
    );
    expect(names.slice(0, 2)).toEqual(["2024年王营镇申报表.xlsx", "2024年王营镇申报表 (2).xlsx"]);
  });

  test("the year: the 年度 column, else the sheet's name or title, else none", () => {
    expect(districtYear(input, result)).toBe("2024");
    const bare: SheetInput = {
      name: "Sheet1",
      values: [
        [
          "乡镇",
          "计划生育率",
          "期内综合避孕率",
          "出生人口性别比",
          "人均计划生育事业费",
          "优质服务率",
          "群众满意率",
          "独生子女奖励金兑现率",
        ],
        ["王营", 98, 90, 108, 9, 90, 90, 90],
      ],
    };
    expect(districtYear(bare, classifySheet(bare, rules, { lang: "zh" }))).toBeNull();
    const titled = { ...bare, values: [["2015年度计生考核"], ...bare.values] };
    expect(districtYear(titled, classifySheet(titled, rules, { lang: "zh" }))).toBe("2015");
  });
});

describe("forms back: matching, checks, conflicts", () => {
  const layout = layouts(cleanDistrict(), ["plain"])[0];
  const input = layoutInput(layout);
  const typed = classifySheet(input, rules, { lang: "zh" });
  blankIndicators(
    input,
    typed,
    false,
    typed.rows.map((r) => r.row),
  );
  const result = classifySheet(input, rules, { lang: "zh" });
  const forms = districtForms(input, result, rules, { lang: "zh", year: "2024", district: "区.xlsx" });
  const good = [98.5, 90, 108, 9, 95, 95, 95];
  const plan = (files: ReturnType<typeof readReturnedFile>[]) =>
    planCollection({ district: input, result, rules, lang: "zh", year: "2024", files });
  const read = (
    form: TownshipForm,
    values: CellValue[],
    file = form.fileName,
    marker: string | null = form.marker,
    insertRows = 0,
  ) => readReturnedFile({ file, sheets: [filledForm(form, values, { insertRows })], marker }, rules, "zh");

  test("text in a number cell and a rate of 105 are reported with file and cell; nothing of that form is written", () => {
    const bad = read(forms[0], [98.5, "待核实", 108, 9, 105, 95, 95]);
    const p = plan([bad]);
    expect(p.invalid).toEqual([
      {
        file: "2024年王营镇申报表.xlsx",
        township: "王营镇",
        reasons: [
          '申报表!B10：期内综合避孕率（%） "待核实" 不是数字',
          "申报表!B13：优质服务率（%） 105 超出范围 0–100",
        ],
      },
    ]);
    expect(p.changes).toEqual([]);
    expect(p.missing.map((x) => x.township)).toContain("王营镇");
  });

  test("an empty indicator, a negative funding and a sex ratio of 300 are reported", () => {
    const r = read(forms[1], [98.5, null, 300, -1, 95, 95, 95]);
    expect(r.kind === "form" && r.issues.map((i) => i.message)).toEqual([
      "申报表!B10：期内综合避孕率（%） 未填写",
      "申报表!B11：出生人口性别比 300 超出范围 50–200",
      "申报表!B12：人均计划生育事业费（元/人） -1 不能小于 0",
    ]);
  });

  test("a form sent back blank is one line, not seven", () => {
    const r = read(forms[1], [null, null, null, null, null, null, null]);
    expect(r.kind === "form" && r.issues.map((i) => i.message)).toEqual([
      "申报表!B9:B15：七项指标都未填写（空白申报表）",
    ]);
  });

  test("rows inserted above, no marker, a renamed file: found by labels and the 乡镇 cell", () => {
    const r = read(forms[2], good, "收到的文件(1).xlsx", null, 3);
    const p = plan([r]);
    expect(p.accepted).toMatchObject([{ township: "吴城镇", by: "cell", file: "收到的文件(1).xlsx" }]);
    expect(p.changes).toHaveLength(7);
  });

  test("no marker and an empty 乡镇 cell: the file name tells (the longest township name in it)", () => {
    const sheet = filledForm(forms[3], good);
    sheet.values[FORM_ROWS.township - 1][1] = null;
    const r = readReturnedFile({ file: "袁集乡-2024.xlsx", sheets: [sheet], marker: null }, rules, "zh");
    expect(plan([r]).accepted).toMatchObject([{ township: "袁集乡", by: "file" }]);
    const none = readReturnedFile({ file: "报表.xlsx", sheets: [sheet], marker: null }, rules, "zh");
    expect(plan([none]).refused).toEqual([
      { file: "报表.xlsx", reasons: ["认不出是哪个乡镇的（没有标记，乡镇格为空，文件名里也没有乡镇名）"] },
    ]);
  });

  test("a form of another year is refused with the reason; a workbook that is not a form is ignored", () => {
    const old = districtForms(input, result, rules, { lang: "zh", year: "2023", district: "区.xlsx" })[0];
    const notForm = readReturnedFile(
      { file: "通知.xlsx", sheets: [{ name: "Sheet1", values: [["关于报送的通知"]] }], marker: null },
      rules,
      "zh",
    );
    const p = plan([read(old, good), notForm]);
    expect(p.refused).toEqual([
      { file: "2023年王营镇申报表.xlsx", reasons: ["是 2023 年度的申报表，本次收的是 2024 年度"] },
    ]);
    expect(p.ignored).toEqual([{ file: "通知.xlsx", reasons: ["不是申报表（没有申报表标记，也找不到全部指标）"] }]);
  });

  test("two different forms for one township are a conflict, not written; two identical ones are written once", () => {
    const a = read(forms[0], good, "a.xlsx");
    const b = read(forms[0], [98.6, 90, 108, 9, 95, 95, 95], "b.xlsx");
    const c = read(forms[1], good, "c.xlsx");
    const c2 = read(forms[1], good, "c2.xlsx");
    const p = plan([a, b, c, c2]);
    expect(p.conflicts).toEqual([
      {
        township: "王营镇",
        row: result.rows[0].row,
        files: ["a.xlsx", "b.xlsx"],
        message: "王营镇 收到内容不同的多份申报表：a.xlsx、b.xlsx",
      },
    ]);
    expect(p.accepted).toMatchObject([{ township: "丁集镇", file: "c.xlsx", duplicates: ["c2.xlsx"] }]);
    expect(new Set(p.changes.map((x) => x.township))).toEqual(new Set(["丁集镇"]));
    expect(p.missing).toHaveLength(forms.length - 2); // the conflict is listed as one, not as missing
  });

  test("a non-empty district cell is changed only when confirmed", () => {
    const filled: SheetInput = { ...input, values: input.values.map((r) => r.slice()) };
    filled.values[result.rows[0].row - 1][result.columns.plannedBirthRate! - 1] = 97;
    const r2 = classifySheet(filled, rules, { lang: "zh" });
    const p = planCollection({
      district: filled,
      result: r2,
      rules,
      lang: "zh",
      year: "2024",
      files: [read(forms[0], good)],
    });
    const held = p.changes.filter((c) => c.confirm);
    expect(held.map((c) => [c.cell, c.oldText, c.newText])).toEqual([[held[0].cell, "97", "98.5"]]);
    expect(changesToWrite(p, false)).not.toContain(held[0]);
    expect(changesToWrite(p, true)).toContain(held[0]);
    expect(changesToWrite(p, (c) => c.cell === held[0].cell)).toContain(held[0]);
  });
});

describe("收表记录", () => {
  const layout = layouts(cleanDistrict(), ["plain"])[0];
  const input = layoutInput(layout);
  const typed = classifySheet(input, rules, { lang: "zh" });
  blankIndicators(
    input,
    typed,
    false,
    typed.rows.map((r) => r.row),
  );
  const result = classifySheet(input, rules, { lang: "zh" });
  const forms = districtForms(input, result, rules, { lang: "zh", year: "2024", district: "区.xlsx" });
  const file = readReturnedFile(
    { file: "dir/王营.xlsx", sheets: [filledForm(forms[0], [98, 90, 108, 9, 95, 95, 95])], marker: forms[0].marker },
    rules,
    "zh",
  );

  test("which file filled which township, when and who; kept as it was by a re-run that changes nothing", () => {
    const p = planCollection({ district: input, result, rules, lang: "zh", year: "2024", files: [file] });
    const first = collectRecords(p, changesToWrite(p, false), [], new Date(2025, 0, 5, 9, 0, 0));
    expect(first).toEqual([
      {
        township: "王营镇",
        file: "王营.xlsx",
        filler: "张三",
        phone: "0517-8888888",
        date: "",
        at: "2025-01-05 09:00:00",
        cells: 7,
      },
    ]);
    const sheet = recordsSheet(first, "zh");
    expect(sheet.name).toBe("收表记录");
    const back = readRecords({ name: sheet.name, values: sheet.cells.map((l) => l.map((c) => c.value)) });
    expect(back).toEqual(first);
    const rerun = collectRecords({ ...p, changes: [] }, [], back, new Date(2025, 0, 9, 9, 0, 0));
    expect(rerun).toEqual(first);
  });
});
