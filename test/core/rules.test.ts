// SPEC §5, §10: defaults, merging a partial file, and validation messages that name the field.

import { defaultRules, mergeRules, RulesError, validateRules } from "../../src/core";
import type { Rules } from "../../src/core";
import { HEADER, row, run } from "./grid";

test("defaults are the SPEC table, a fresh copy each call", () => {
  const a = defaultRules();
  expect(a.indicators.map((r) => [r.key, r.op, r.tier1, r.tier2, r.min, r.max])).toEqual([
    ["plannedBirthRate", "gte", 98, 95, 0, 100],
    ["contraceptiveRate", "gte", 90, 86, 0, 100],
    ["sexRatio", "lte", 111, 114, 50, 200],
    ["fundingPerCapita", "gte", 8, 8, 0, Infinity],
    ["qualityServiceRate", "gte", 90, 90, 0, 100],
    ["satisfactionRate", "gte", 90, 90, 0, 100],
    ["rewardPaymentRate", "gte", 90, 90, 0, 100],
  ]);
  expect(a.amounts).toEqual({ ahead: 30000, met: 20000, failed: -20000, dropped: -30000 });
  expect(a.split).toEqual({ ratio: [3, 3, 2, 2], roles: ["党委书记", "乡镇长", "分管领导", "计生专干"] });
  a.indicators[0].tier1 = 1;
  expect(defaultRules().indicators[0].tier1).toBe(98);
});

describe("mergeRules", () => {
  test("seed 004: a sex ratio within 107 changes only that indicator", () => {
    const rules = mergeRules({ indicators: [{ key: "sexRatio", tier1: 107, tier2: 111 }] });
    const expected = defaultRules();
    expected.indicators[2].tier1 = 107;
    expected.indicators[2].tier2 = 111;
    expect(rules).toEqual(expected);
    expect(run([row({ sexRatio: 108 })], "zh", rules).rows[0]).toMatchObject({ tier: 2, reasons: ["出生人口性别比 108 > 107（一类）超 1", "取消当年评先评优资格；分管领导和计生专干当年不予提拔"] });
  });

  test("null or an empty object gives the defaults; a null max means no upper limit", () => {
    expect(mergeRules(null)).toEqual(defaultRules());
    expect(mergeRules({})).toEqual(defaultRules());
    expect(mergeRules(JSON.parse(JSON.stringify(defaultRules())))).toEqual(defaultRules());
  });

  test("amounts and split merge too; custom amounts split by largest remainder", () => {
    const rules = mergeRules({ amounts: { met: 10001 }, split: { ratio: [1, 1, 1, 1] } });
    expect(rules.amounts.met).toBe(10001);
    expect(run([row()], "zh", rules).rows[0].shares).toEqual([2501, 2500, 2500, 2500]);
  });

  test.each([
    ["unknown key", { indicators: [{ key: "birthRate", tier1: 1 }] }, "indicators[0].key", "规则有误：indicators[0].key：未知指标 birthRate"],
    ["non-number bound", { indicators: [{ key: "sexRatio" }, { key: "plannedBirthRate", tier1: "98" }] }, "indicators[1].tier1", "规则有误：indicators[1].tier1：应为数字"],
    ["unknown indicator field", { indicators: [{ key: "sexRatio", teir1: 1 }] }, "indicators[0].teir1", "规则有误：indicators[0].teir1：未知字段"],
    ["bad op", { indicators: [{ key: "sexRatio", op: ">=" }] }, "indicators[0].op", "规则有误：indicators[0].op：比较方式应为 ≥ 或 ≤"],
    ["gte tier 1 looser than tier 2", { indicators: [{ key: "plannedBirthRate", tier1: 94 }] }, "plannedBirthRate.tier1", "规则有误：plannedBirthRate.tier1：一类标准不能比二类宽松"],
    ["lte tier 1 looser than tier 2", { indicators: [{ key: "sexRatio", tier1: 115 }] }, "sexRatio.tier1", "规则有误：sexRatio.tier1：一类标准不能比二类宽松"],
    ["min ≥ max", { indicators: [{ key: "sexRatio", min: 200 }] }, "sexRatio.min", "规则有误：sexRatio.min：最小值必须小于最大值"],
    ["bound outside [min, max]", { indicators: [{ key: "contraceptiveRate", tier1: 101 }] }, "contraceptiveRate.tier1", "规则有误：contraceptiveRate.tier1：标准超出取值范围 0–100"],
    ["ratio of three", { split: { ratio: [3, 3, 4] } }, "split.ratio", "规则有误：split.ratio：分配比例应为 4 个正数"],
    ["ratio with zero", { split: { ratio: [3, 3, 0, 2] } }, "split.ratio[2]", "规则有误：split.ratio[2]：分配比例应为 4 个正数"],
    ["empty role", { split: { roles: ["a", "b", " ", "d"] } }, "split.roles[2]", "规则有误：split.roles[2]：责任人应为 4 个非空名称"],
    ["positive fine", { amounts: { failed: 100 } }, "amounts.failed", "规则有误：amounts.failed：罚款金额应为负数或 0"],
    ["negative reward", { amounts: { ahead: -1 } }, "amounts.ahead", "规则有误：amounts.ahead：奖励金额不能为负数"],
    ["fractional amount", { amounts: { met: 20000.5 } }, "amounts.met", "规则有误：amounts.met：金额应为整数（元）"],
    ["unknown amount", { amounts: { bonus: 1 } }, "amounts.bonus", "规则有误：amounts.bonus：未知字段"],
    ["unknown top-level field", { indicator: [] }, "indicator", "规则有误：indicator：未知字段"],
    ["indicators not a list", { indicators: {} }, "indicators", "规则有误：indicators：应为列表"],
    ["not an object", 42, "(rules)", "规则有误：(rules)：应为对象"],
  ])("%s", (_what, partial, field, message) => {
    let error: unknown;
    try {
      mergeRules(partial);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RulesError);
    expect(error).toMatchObject({ code: "invalid-rules", field, message });
  });

  test("English messages", () => {
    expect(() => mergeRules({ indicators: [{ key: "sexRatio", tier1: 115 }] }, "en")).toThrow("Invalid rules: sexRatio.tier1: tier 1 must not be looser than tier 2");
  });
});

describe("validateRules", () => {
  test("a missing or duplicated indicator", () => {
    const missing: Rules = defaultRules();
    missing.indicators.pop();
    expect(() => validateRules(missing, "en")).toThrow("Invalid rules: indicators: indicator rewardPaymentRate is missing");
    const twice: Rules = defaultRules();
    twice.indicators[6] = { ...twice.indicators[0] };
    expect(() => validateRules(twice, "en")).toThrow("Invalid rules: indicators[6].key: indicator plannedBirthRate appears twice");
  });

  test("NaN bounds are refused", () => {
    const r = defaultRules();
    r.indicators[3].tier2 = NaN;
    expect(() => validateRules(r)).toThrow("规则有误：fundingPerCapita.tier2：应为数字");
  });

  test("valid rules pass", () => {
    expect(() => validateRules(defaultRules())).not.toThrow();
  });

  test("the header list of the test grid names every default indicator", () => {
    expect(HEADER.slice(1, 8)).toEqual(defaultRules().indicators.map((r) => r.label));
  });
});
