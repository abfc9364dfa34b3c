// The review draw: claimants always listed, coverage of at least the share, the same seed the same list.

import fc from "fast-check";
import {
  classifiedRun,
  defaultRules,
  drawReview,
  mulberry32,
  parseSeed,
  priorTiersOf,
  requiredCount,
  reviewSheet,
  sampleWorkbook,
  textWidth,
  TiersError,
} from "../../src/core";
import type { CellValue, Rules, Tier } from "../../src/core";
import { classified } from "./classified";
import { HEADER, row } from "./grid";

/** mulberry32 as its author published it (a second, independent copy of the generator). */
function reference(a: number): () => number {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("mulberry32 gives the published generator's numbers, in [0, 1)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 4294967295 }), (seed) => {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 20; i++) {
        const u = ours();
        expect(u).toBe(theirs());
        expect(u >= 0 && u < 1).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});

test("required count: ceil(share × total) without float noise", () => {
  expect(requiredCount(0.5, 21)).toBe(11);
  expect(requiredCount(0.5, 22)).toBe(11);
  expect(requiredCount(0.7, 10)).toBe(7); // 0.7 × 10 is 7.000000000000001 in floating point
  expect(requiredCount(1, 3)).toBe(3);
  expect(requiredCount(0.01, 1)).toBe(1);
});

test("seeds: whole numbers 0…4294967295", () => {
  expect(parseSeed("20141231", "zh")).toBe(20141231);
  expect(parseSeed(" 0 ", "en")).toBe(0);
  for (const bad of ["-1", "1.5", "abc", "4294967296", ""]) expect(() => parseSeed(bad, "zh")).toThrow(TiersError);
  expect(() => parseSeed("x", "zh")).toThrow("随机种子应为 0 到 4294967295 之间的整数：x");
  expect(() => parseSeed("x", "en")).toThrow("The seed must be a whole number from 0 to 4294967295: x");
});

/** A district of n townships; those in `claims` report a tier above their prior tier (二类 → 一类). */
function district(n: number, claims: Set<number>): CellValue[][] {
  const rows: CellValue[][] = [HEADER.slice()];
  for (let i = 0; i < n; i++) rows.push(row({ township: "乡镇" + (i + 1), prior: claims.has(i) ? "二类" : "一类" }));
  return rows;
}

function drawOf(n: number, claims: Set<number>, seed: number, rules: Rules) {
  const input = classified({ name: "考核", values: district(n, claims) }, "zh", rules);
  const result = classifiedRun(input, rules, { lang: "zh" }, "doc.review");
  const priors = priorTiersOf(input, result, { lang: "zh" });
  return { result, priors, draw: drawReview(result, priors, rules, seed, "zh") };
}

test("property: for 1 to 200 townships, every claimant is listed, coverage ≥ the share, and a seed always gives the same list", () => {
  const claimsOf = (n: number) => fc.uniqueArray(fc.nat(n - 1), { maxLength: n }).map((a) => new Set(a));
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 200 }).chain((n) => fc.tuple(fc.constant(n), claimsOf(n))),
      fc.integer({ min: 0, max: 4294967295 }),
      fc.constantFrom(0.5, 0.3, 0.75, 1, 0.01),
      ([n, claims], seed, share) => {
        const rules = { ...defaultRules(), sampleShare: share };
        const { result, draw } = drawOf(n, claims, seed, rules);
        expect(draw.total).toBe(n);
        const listed = draw.claimants.concat(draw.drawn);
        expect(listed.length / n).toBeGreaterThanOrEqual(share);
        expect(new Set(listed).size).toBe(listed.length);
        expect(draw.claimants.map((r) => r.township).sort()).toEqual([...claims].map((i) => "乡镇" + (i + 1)).sort());
        expect(draw.drawn.every((r) => !claims.has(result.rows.indexOf(r)))).toBe(true);
        const again = drawOf(n, claims, seed, rules).draw;
        expect(again.drawn.map((r) => r.row)).toEqual(draw.drawn.map((r) => r.row));
      },
    ),
    { numRuns: 150 },
  );
});

test("the draw follows the printed method: Fisher–Yates with j = 1 + floor(u × i), the first ones taken", () => {
  const { result, draw } = drawOf(21, new Set([0, 5]), 20141231, defaultRules());
  const rest = result.rows.filter((_, k) => k !== 0 && k !== 5).map((r) => r.township);
  const u = reference(20141231);
  for (let i = rest.length; i >= 2; i--) {
    const j = 1 + Math.floor(u() * i);
    [rest[i - 1], rest[j - 1]] = [rest[j - 1], rest[i - 1]];
  }
  expect(draw.required).toBe(11);
  expect(draw.drawn.map((r) => r.township)).toEqual(rest.slice(0, 9));
  const other = drawOf(21, new Set([0, 5]), 7, defaultRules()).draw;
  expect(other.drawn.map((r) => r.township)).not.toEqual(draw.drawn.map((r) => r.township));
});

test("no draw when the claimants already cover the share", () => {
  const { draw } = drawOf(4, new Set([0, 1, 2]), 1, defaultRules());
  expect(draw.claimants.length).toBe(3);
  expect(draw.drawn).toEqual([]);
});

describe("the 抽样名单 sheet of the sample district", () => {
  const rules = defaultRules();
  const input = classified(sampleWorkbook().sheet);
  const result = classifiedRun(input, rules, { lang: "zh" }, "doc.review");
  const priors = priorTiersOf(input, result, { lang: "zh" });
  const draw = drawReview(result, priors, rules, 20150110, "zh");
  const at = new Date(2015, 0, 10, 9, 30, 0);

  test("lists the claimant, draws the rest to 11 of 22, prints seed, time and method", () => {
    // 二类 → 一类 (古寨 has no target: it still claims the better tier), 西宋集 三类 → 一类
    expect(draw.claimants.map((r) => r.township)).toEqual(["刘老庄", "赵集", "古寨", "西宋集", "南陈集", "新渡"]);
    expect(draw.total).toBe(22);
    expect(draw.drawn.length).toBe(5);
    const sheet = reviewSheet(draw, result.rows, priors, input.name, "zh", at);
    expect(sheet.name).toBe("抽样名单");
    const text = sheet.cells.map((r) => r.map((c) => c.value));
    expect(text[0]).toEqual(["2014年考核 区级审核抽样调查名单"]);
    expect(text[2]).toEqual(["抽取时间", "2015-01-10 09:30:00"]);
    expect(text[3]).toEqual(["随机种子", 20150110]);
    expect(text[4]).toEqual(["覆盖面要求：不少于 50%，即 22 个乡镇中至少 11 个"]);
    expect(text[5]).toEqual(["名单：申报进位 6 个，随机抽取 5 个，共 11 个，覆盖 50%"]);
    const method = text.map((r) => String(r[0])).join("\n");
    expect(method).toContain("mulberry32");
    expect(method).toContain("j = 1 + ⌊u × i⌋");
    const header = text.findIndex((r) => r[0] === "序号");
    expect(sheet.page).toMatchObject({
      orientation: "portrait",
      paper: "A4",
      fitWide: 1,
      titleRows: { first: header + 1, last: header + 1 },
    });
    const listed = text.slice(header + 1, header + 12);
    expect(listed.map((r) => r[1]).sort()).toEqual([...draw.claimants, ...draw.drawn].map((r) => r.township).sort());
    expect(listed.find((r) => r[1] === "西宋集")).toEqual([
      expect.any(Number),
      "西宋集",
      21,
      "三类",
      "一类",
      "申报进位",
      null,
    ]);
    expect(
      listed
        .map((r) => r[6])
        .filter((x) => x !== null)
        .sort((a, b) => Number(a) - Number(b)),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(text[header + 12]).toEqual(["共 11 个乡镇（单位）"]);
    for (const cells of sheet.cells.slice(header, header + 12)) expect(cells.every((c) => c.border)).toBe(true);
  });

  test("every method line fits the table's width, in Chinese and English", () => {
    for (const lang of ["zh", "en"] as const) {
      const sheet = reviewSheet(
        drawReview(result, priors, rules, 20150110, lang),
        result.rows,
        priors,
        input.name,
        lang,
        at,
      );
      const width = (sheet.columnWidths as number[]).reduce((a, b) => a + b, 0);
      const start = sheet.cells.findIndex(
        (r) =>
          r[0] && r[0].value === (lang === "zh" ? "抽取方法（可据此复核）：" : "Method (anyone can redraw and check):"),
      );
      const end = sheet.cells.findIndex((r, i) => i > start && r.length === 0);
      expect(end - start).toBeGreaterThan(5); // the five steps, some over two lines
      for (const r of sheet.cells.slice(start + 1, end))
        expect(textWidth(String(r[0].value))).toBeLessThanOrEqual(width);
      if (lang === "en") expect(sheet.cells[3].map((c) => c.value)).toEqual(["Seed", 20150110]);
    }
  });
});

test("a claimant is a township whose tier is above the prior tier the run used (prior tiers passed in too)", () => {
  const input = classified(
    {
      name: "考核",
      values: [HEADER.slice(), row({ township: "甲", prior: null }), row({ township: "乙", prior: "一类" })],
    },
    "zh",
    defaultRules(),
    { priorTiers: { 3: 2 as Tier } },
  );
  const options = { lang: "zh" as const, priorTiers: { 3: 2 as Tier } };
  const result = classifiedRun(input, defaultRules(), options, "doc.review");
  const priors = priorTiersOf(input, result, options);
  expect(priors).toEqual([3, 1]); // 乙's own cell (一类) wins over the carried 二类
  expect(drawReview(result, priors, defaultRules(), 1, "zh").claimants.map((r) => r.township)).toEqual(["甲"]);
});
