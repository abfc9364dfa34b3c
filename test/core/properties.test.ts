// Property tests (fast-check). numRuns is set on every property; the total is 10,500 generated cases.

import fc from "fast-check";
import { classifySheet, defaultRules, parseCell, readRulesSheet, RulesError, rulesSheet, splitAmount, validateRules } from "../../src/core";
import type { CellValue, IndicatorKey, IndicatorRule, Lang, Rules, RunResult } from "../../src/core";
import { tierOf } from "../../src/core/classify";
import { parseFlag, parseTarget, parseTier } from "../../src/core/parse-fields";
import { HEADER } from "./grid";

const KEYS: IndicatorKey[] = defaultRules().indicators.map((r) => r.key);
const trimmedText = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== "");
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

const indicatorRule = (key: IndicatorKey): fc.Arbitrary<IndicatorRule> =>
  fc
    .record({ label: trimmedText, op: fc.constantFrom("gte" as const, "lte" as const), points: fc.array(finite, { minLength: 4, maxLength: 4 }), open: fc.boolean(), unit: fc.oneof(fc.constant(""), trimmedText) })
    .map(({ label, op, points, open, unit }) => {
      const [a, b, c, d] = points.slice().sort((x, y) => x - y);
      const max = open ? Infinity : d > a ? d : a + 1;
      return { key, label, op, tier1: op === "gte" ? c : b, tier2: op === "gte" ? b : c, min: a, max, unit };
    });

const validRules: fc.Arbitrary<Rules> = fc
  .record({
    order: fc.shuffledSubarray(KEYS, { minLength: 7, maxLength: 7 }),
    ahead: fc.integer({ min: 0, max: 1e9 }),
    met: fc.integer({ min: 0, max: 1e9 }),
    failed: fc.integer({ min: -1e9, max: 0 }),
    dropped: fc.integer({ min: -1e9, max: 0 }),
    ratio: fc.array(fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.001, max: 1e4, noNaN: true })), { minLength: 4, maxLength: 4 }),
    roles: fc.array(trimmedText, { minLength: 4, maxLength: 4 }),
  })
  .chain((g) =>
    fc.tuple(...g.order.map(indicatorRule)).map((indicators) => ({
      indicators,
      amounts: { ahead: g.ahead, met: g.met, failed: g.failed, dropped: g.dropped },
      split: { ratio: g.ratio as Rules["split"]["ratio"], roles: g.roles as Rules["split"]["roles"] },
    })),
  );

test("shares always add up to the amount, with the amount's sign", () => {
  const ratio = fc.array(fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 1e-3, max: 1e6, noNaN: true })), { minLength: 4, maxLength: 4 });
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), ratio, (amount, r) => {
      const shares = splitAmount(amount, r);
      expect(shares[0] + shares[1] + shares[2] + shares[3]).toBe(amount);
      for (const s of shares) expect(s % 1 === 0 && (amount >= 0 ? s >= 0 : s <= 0)).toBe(true);
    }),
    { numRuns: 3000 },
  );
});

test("improving one indicator never worsens the tier", () => {
  fc.assert(
    fc.property(validRules, fc.array(finite, { minLength: 7, maxLength: 7 }), fc.nat(6), fc.double({ min: 0, max: 1e6, noNaN: true }), (rules, values, i, delta) => {
      const better = values.slice();
      better[i] = rules.indicators[i].op === "gte" ? values[i] + delta : values[i] - delta;
      expect(tierOf(better, rules.indicators)).toBeLessThanOrEqual(tierOf(values, rules.indicators));
    }),
    { numRuns: 2000 },
  );
});

test("parseCell and the field parsers never throw, whatever the value and format", () => {
  const raw = fc.oneof(fc.anything(), fc.string(), fc.string({ unit: "grapheme" }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("98.5%", "108:100", "1,234", "#N/A", "１０８．５", "%", ":", "1e400"));
  const format = fc.oneof(fc.string(), fc.constantFrom("0.0%", '"%"', "\\%", "[%]", "General", "["), fc.anything());
  fc.assert(
    fc.property(raw, format, fc.constantFrom("rate" as const, "ratio" as const, "money" as const), (v, f, kind) => {
      const read = parseCell(v as CellValue, f as string, kind);
      expect(read.ok ? isFinite(read.value) : typeof read.code).toBe(read.ok ? true : "string");
      parseTier(v as CellValue);
      parseTarget(v as CellValue);
      parseFlag(v as CellValue);
    }),
    { numRuns: 2500 },
  );
});

const indicatorCell = fc.oneof(
  fc.double({ min: -5, max: 220, noNaN: true }),
  fc.integer({ min: 0, max: 120 }),
  fc.constantFrom<CellValue>("98.5%", "abc", "#N/A", null, "108:100", true, "１０８．５", "", "8", "1,234", "=1+1"),
);
const sheetRow = fc.tuple(
  fc.constantFrom<CellValue>("王营", "丁集", "合计", "", null, "=SUM(A1)", "Total"),
  ...Array.from({ length: 7 }, () => indicatorCell),
  fc.constantFrom<CellValue>("一类", "二类", "三类", null, "x", 1, 2),
  fc.constantFrom<CellValue>("进一类", "保持二类", null, "二类进一类", "?", 3),
  ...Array.from({ length: 3 }, () => fc.constantFrom<CellValue>("是", "否", null, true, "Y", "maybe")),
  fc.constantFrom<CellValue>(null, "备注", "-5"),
);

function writeBack(values: CellValue[][], r: RunResult): CellValue[][] {
  const out = values.map((x) => x.slice());
  r.output.cells.forEach((cells, i) => {
    const target = out[r.output.firstRow - 1 + i];
    while (target.length < r.output.firstCol - 1 + cells.length) target.push(null);
    cells.forEach((c, j) => (target[r.output.firstCol - 1 + j] = c.value));
  });
  return out;
}

test("classifySheet on its own output sheet gives the identical output, in either language", () => {
  const lang = fc.constantFrom<Lang>("zh", "en");
  fc.assert(
    fc.property(fc.array(sheetRow, { maxLength: 12 }), lang, lang, (rows, first, second) => {
      const values: CellValue[][] = [[...HEADER, "备注"], ...rows.map((r) => r.slice())];
      const rules = defaultRules();
      const once = classifySheet({ name: "s", values }, rules, { lang: first });
      const fresh = classifySheet({ name: "s", values }, rules, { lang: second });
      const again = classifySheet({ name: "s", values: writeBack(values, once) }, rules, { lang: second });
      expect(again.output).toEqual(fresh.output);
      expect(again.rows).toEqual(fresh.rows);
      expect(again.notices).toEqual(fresh.notices);
    }),
    { numRuns: 500 },
  );
});

type Breaker = (r: Rules, i: number) => void;
const BREAKERS: Breaker[] = [
  (r, i) => {
    const x = r.indicators[i];
    // Make tier 1 looser than tier 2: equal bounds are pulled apart the wrong way, others swapped.
    if (x.tier1 === x.tier2) x.tier2 = x.op === "gte" ? x.tier1 + 1 : x.tier1 - 1;
    else [x.tier1, x.tier2] = [x.tier2, x.tier1];
  },
  (r, i) => (r.indicators[i].min = r.indicators[i].max === Infinity ? Infinity : r.indicators[i].max),
  (r, i) => (r.indicators[i].tier1 = NaN),
  (r, i) => (r.indicators[i].key = "unknown" as IndicatorKey),
  (r, i) => (r.indicators[i].label = " "),
  (r, i) => (r.indicators[i].op = "eq" as "gte"),
  (r, i) => r.indicators.splice(i, 1),
  (r, i) => (r.split.ratio[i % 4] = -Math.abs(r.split.ratio[i % 4])),
  (r, i) => (r.split.ratio[i % 4] = 0),
  (r) => ((r.split.ratio as number[]).length = 3),
  (r, i) => (r.split.roles[i % 4] = ""),
  (r) => (r.amounts.ahead = -1 - r.amounts.ahead),
  (r) => (r.amounts.dropped = 1 - r.amounts.dropped),
  (r) => (r.amounts.met += 0.5),
];

test("invalid rules are always refused", () => {
  fc.assert(
    fc.property(validRules, fc.nat(BREAKERS.length - 1), fc.nat(6), (generated, b, i) => {
      // Break a copy: fast-check may hand the same instance to a later run while shrinking, and a
      // breaker applied twice can undo itself (swapping tier bounds back).
      const rules = structuredClone(generated);
      BREAKERS[b](rules, i);
      expect(() => validateRules(rules)).toThrow(RulesError);
    }),
    { numRuns: 1500 },
  );
});

test("readRulesSheet(rulesSheet(r)) = r for valid rules, in either language", () => {
  fc.assert(
    fc.property(validRules, fc.constantFrom<Lang>("zh", "en"), (rules, lang) => {
      validateRules(rules);
      const values = rulesSheet(rules, lang).cells.map((row) => row.map((c) => c.value));
      expect(readRulesSheet({ name: "规则", values }, lang)).toEqual(rules);
    }),
    { numRuns: 1000 },
  );
});
