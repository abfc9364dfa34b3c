// The 规则 sheet: a table a person can edit, read back exactly, errors named by cell.

import { defaultRules, readRulesSheet, RulesError, rulesSheet, RULES_SHEET } from "../../src/core";
import type { CellValue, SheetOutput } from "../../src/core";

function values(sheet: SheetOutput): CellValue[][] {
  return sheet.cells.map((r) => r.map((c) => c.value));
}

test("the zh table", () => {
  const sheet = rulesSheet(defaultRules(), "zh");
  expect(sheet.name).toBe("规则");
  expect(RULES_SHEET).toBe("规则");
  const v = values(sheet);
  expect(v.slice(0, 4)).toEqual([
    ["键", "指标", "比较", "一类标准", "二类标准", "最小值", "最大值", "单位", "表头名称"],
    ["plannedBirthRate", "计划生育率", "≥", 98, 95, 0, 100, "%", null],
    ["contraceptiveRate", "期内综合避孕率", "≥", 90, 86, 0, 100, "%", null],
    ["sexRatio", "出生人口性别比", "≤", 111, 114, 50, 200, null, null],
  ]);
  expect(v[4]).toEqual(["fundingPerCapita", "人均计划生育事业费", "≥", 8, 8, 0, null, "元/人", null]);
  expect(v.slice(8, 20)).toEqual([
    [],
    ["键", "完成情况", "金额（元）"],
    ["ahead", "提前完成", 30000],
    ["met", "达标", 20000],
    ["failed", "未完成", -20000],
    ["dropped", "退位", -30000],
    [],
    ["键", "责任人", "分配比例"],
    ["role1", "党委书记", 3],
    ["role2", "乡镇长", 3],
    ["role3", "分管领导", 2],
    ["role4", "计生专干", 2],
  ]);
  expect(v[21][0]).toMatch(/^说明：/);
  expect(sheet.cells[0][0]).toEqual({ value: "键", bold: true });
});

test("round trip in both languages", () => {
  expect(readRulesSheet({ name: "规则", values: values(rulesSheet(defaultRules(), "zh")) }, "zh")).toEqual(defaultRules());
  expect(readRulesSheet({ name: "规则", values: values(rulesSheet(defaultRules(), "en")) }, "en")).toEqual(defaultRules());
});

test("edits a person makes are accepted: text numbers, >= and <=, full-width, moved rows", () => {
  const v = values(rulesSheet(defaultRules(), "zh"));
  v[3][2] = "<=";
  v[3][3] = "１０７";
  v[3][4] = " 111 ";
  v[1][2] = "gte";
  const moved = [["规则（2015年修订）"], ...v];
  const rules = readRulesSheet({ name: "规则", values: moved }, "zh");
  expect(rules.indicators[2]).toEqual({ key: "sexRatio", label: "出生人口性别比", op: "lte", tier1: 107, tier2: 111, min: 50, max: 200, unit: "" });
});

function errorOf(edit: (v: CellValue[][]) => void, lang: "zh" | "en" = "zh"): RulesError {
  const v = values(rulesSheet(defaultRules(), lang));
  edit(v);
  try {
    readRulesSheet({ name: "规则", values: v }, lang);
  } catch (e) {
    return e as RulesError;
  }
  throw new Error("no error");
}

test.each([
  ["tier 1 looser than tier 2", (v: CellValue[][]) => (v[3][3] = 120), "规则!D4", "规则!D4：一类标准不能比二类宽松"],
  ["a bound that is not a number", (v: CellValue[][]) => (v[1][4] = "九十五"), "规则!E2", "规则!E2：应为数字"],
  ["a bad comparison", (v: CellValue[][]) => (v[2][2] = "="), "规则!C3", "规则!C3：比较方式应为 ≥ 或 ≤"],
  ["min ≥ max", (v: CellValue[][]) => (v[5][5] = 100), "规则!F6", "规则!F6：最小值必须小于最大值"],
  ["a ratio of 0", (v: CellValue[][]) => (v[18][2] = 0), "规则!C19", "规则!C19：分配比例应为 4 个正数"],
  ["an empty role", (v: CellValue[][]) => (v[17][1] = null), "规则!B18", "规则!B18：责任人应为 4 个非空名称"],
  ["a positive fine", (v: CellValue[][]) => (v[12][2] = 5), "规则!C13", "规则!C13：罚款金额应为负数或 0"],
  ["an empty label", (v: CellValue[][]) => (v[6][1] = ""), "规则!B7", "规则!B7：应为非空文字"],
  ["a duplicated row", (v: CellValue[][]) => (v[2][0] = "plannedBirthRate"), "规则!A3", "规则!A3：指标 plannedBirthRate 重复"],
  ["a missing row", (v: CellValue[][]) => (v[7][0] = null), "规则", "规则：缺少 rewardPaymentRate 行"],
])("%s → %s", (_what, edit, cell, message) => {
  const e = errorOf(edit);
  expect(e).toBeInstanceOf(RulesError);
  expect(e.cell).toBe(cell);
  expect(e.message).toBe(message);
});

test("English message", () => {
  expect(errorOf((v) => (v[3][3] = 120), "en").message).toBe("规则!D4: tier 1 must not be looser than tier 2");
});

test("cell names respect the sheet origin", () => {
  const v = values(rulesSheet(defaultRules(), "zh"));
  v[3][3] = 120;
  expect(() => readRulesSheet({ name: "规则", values: v, origin: { row: 3, col: 2 } }, "zh")).toThrow("规则!E6：一类标准不能比二类宽松");
});
