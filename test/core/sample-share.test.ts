// The review's share (规则: sampleShare, default 50 %) and prior tiers passed to a run.

import {
  classifySheet,
  defaultRules,
  mergeRules,
  readRulesSheet,
  RulesError,
  rulesSheet,
  sampleShareOf,
} from "../../src/core";
import type { CellValue, Tier } from "../../src/core";
import { HEADER, row } from "./grid";

const cells = (rules = defaultRules(), lang: "zh" | "en" = "zh") =>
  rulesSheet(rules, lang).cells.map((r) => r.map((c) => c.value));

test("the default is the regulation's 50 %, in the rules file and in 规则, after the note", () => {
  expect(defaultRules().sampleShare).toBe(0.5);
  const v = cells();
  expect(v.slice(22)).toEqual([[], ["键", "区级审核", "比例"], ["sampleShare", "抽样调查覆盖面（至少）", 0.5]]);
  expect(rulesSheet(defaultRules(), "zh").cells[24][2]).toEqual({ value: 0.5, numFmt: "0%" });
  expect(cells(defaultRules(), "en")[23]).toEqual(["Key", "District review", "Share"]);
});

test("a district's own share: rules file, 50% typed as text, a percent cell; round trip in both languages", () => {
  expect(mergeRules({ sampleShare: 0.6 }).sampleShare).toBe(0.6);
  const v = cells();
  v[24][2] = "60%";
  expect(readRulesSheet({ name: "规则", values: v }, "zh").sampleShare).toBe(0.6);
  v[24][2] = 0.75;
  expect(readRulesSheet({ name: "规则", values: v }, "zh").sampleShare).toBe(0.75);
  for (const lang of ["zh", "en"] as const) {
    const rules = { ...defaultRules(), sampleShare: 0.35 };
    expect(readRulesSheet({ name: "规则", values: cells(rules, lang) }, lang)).toEqual(rules);
  }
});

test("a 规则 sheet written before the row existed reads as 50 %", () => {
  const old = cells().slice(0, 22);
  const rules = readRulesSheet({ name: "规则", values: old }, "zh");
  expect(rules.sampleShare).toBeUndefined();
  expect(sampleShareOf(rules)).toBe(0.5);
});

test.each([
  [0, "规则有误：sampleShare：抽样覆盖面应为大于 0、不超过 100% 的比例（如 50%）"],
  [1.5, "规则有误：sampleShare：抽样覆盖面应为大于 0、不超过 100% 的比例（如 50%）"],
  ["half", "规则有误：sampleShare：应为数字"],
])("an invalid share %p is refused, naming the field", (share, message) => {
  expect(() => mergeRules({ sampleShare: share })).toThrow(RulesError);
  expect(() => mergeRules({ sampleShare: share })).toThrow(message);
});

test("an invalid share in 规则 names its cell", () => {
  const v = cells();
  v[24][2] = "150%";
  expect(() => readRulesSheet({ name: "规则", values: v }, "en")).toThrow(
    "规则!C25: the review share must be above 0 and at most 100% (e.g. 50%)",
  );
});

describe("prior tiers passed to a run", () => {
  const grid = (prior: CellValue, withColumn = true): CellValue[][] => {
    const cut = (r: CellValue[]) => (withColumn ? r : r.slice(0, 8).concat(r.slice(9)));
    return [cut(HEADER.slice()), cut(row({ prior, target: "一类" }))];
  };
  const statusOf = (values: CellValue[][], priorTiers?: Record<number, Tier>) =>
    classifySheet({ name: "s", values }, defaultRules(), { lang: "zh", priorTiers }).rows[0].status;

  test("fill a blank prior-tier cell or a missing column; without them blank means 三类", () => {
    // a tier-1 row with target 一类: met whatever the prior tier, ahead never; a 二类 row would differ
    expect(statusOf(grid(null))).toBe("met");
    const tier2 = (prior: CellValue, withColumn = true) =>
      grid(prior, withColumn).map((r, i) => (i === 1 ? r.map((v, c) => (c === 1 ? 96 : v)) : r));
    expect(statusOf(tier2(null))).toBe("failed"); // prior 三类: 二类 is below the target, not a drop
    expect(statusOf(tier2(null), { 2: 1 })).toBe("dropped"); // last year 一类
    expect(statusOf(tier2(null, false), { 2: 1 })).toBe("dropped");
    expect(statusOf(tier2(null, false))).toBe("failed");
  });

  test("a prior-tier cell the sheet has wins", () => {
    const tier2 = grid("二类").map((r, i) => (i === 1 ? r.map((v, c) => (c === 1 ? 96 : v)) : r));
    expect(statusOf(tier2, { 2: 1 })).toBe("failed");
  });
});
