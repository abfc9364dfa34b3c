// Small text and number helpers the whole core leans on.

import fc from "fast-check";
import { columnLetters, exactDifference, formatYuan, headerText, round15 } from "../../src/core/text";
import { splitAmount } from "../../src/core";

test.each([[1, "A"], [26, "Z"], [27, "AA"], [52, "AZ"], [53, "BA"], [702, "ZZ"], [703, "AAA"], [16384, "XFD"]])("column %p is %p", (col, letters) => {
  expect(columnLetters(col)).toBe(letters);
});

test.each([
  [0.97995 * 100, 97.995],
  [0.985 * 100, 98.5],
  [0.1 + 0.2, 0.3],
  [-0.97995 * 100, -97.995],
  [97.99499999999999, 97.995],
  [1 / 3, 0.333333333333333],
  [123456789.123456789, 123456789.123457],
  [1e-9 / 3, 3.33333333333333e-10],
])("round15(%p) = %p", (x, expected) => {
  expect(round15(x)).toBe(expected);
});

// round15's fast paths must give exactly what the 15-digit decimal gives (zero's sign aside); whole
// numbers are kept as they are, however many digits they have.
const byPrecision = (x: number): number => (Math.floor(x) === x ? x : Number(x.toPrecision(15)));
const sameNumber = (a: number, b: number): boolean => a === b || (a !== a && b !== b);

test("round15 is Number(x.toPrecision(15)) for any double", () => {
  fc.assert(
    fc.property(fc.double(), (x) => sameNumber(round15(x), byPrecision(x))),
    { numRuns: 20000 },
  );
});

test("round15 is Number(x.toPrecision(15)) for sheet decimals scaled as a % format scales them", () => {
  const decimal = fc
    .tuple(fc.integer({ min: -99999999, max: 99999999 }), fc.integer({ min: 0, max: 8 }))
    .map(([m, places]) => m / Math.pow(10, places));
  fc.assert(
    fc.property(decimal, fc.constantFrom(1, 100, 0.01, 1.1, 3), (x, k) => sameNumber(round15(x * k), byPrecision(x * k))),
    { numRuns: 20000 },
  );
});

test("round15 is Number(x.toPrecision(15)) next to a rounding tie", () => {
  // 15 digits, then a 5 (or 4999…) in the 16th place: the cases where scaling by 10^k could round the wrong way.
  const nearTie = fc
    .tuple(fc.integer({ min: 100000000000000, max: 999999999999999 }), fc.integer({ min: -18, max: -9 }), fc.constantFrom("5", "49999", "50001"))
    .map(([m, e, tail]) => Number(`${m}${tail}e${e - tail.length + 1}`));
  fc.assert(
    fc.property(nearTie, (x) => sameNumber(round15(x), byPrecision(x)) && sameNumber(round15(-x), byPrecision(-x))),
    { numRuns: 20000 },
  );
});

test.each([
  [98, 97.4, 0.6],
  [90, 85.2, 4.8],
  [114.5, 114, 0.5],
  [98, 97.995, 0.005],
  [8, 7.99, 0.01],
])("exactDifference(%p, %p) = %p", (a, b, d) => {
  expect(exactDifference(a, b)).toBe(d);
});

test.each([
  ["期内综合避孕率（%）", "期内综合避孕率"],
  ["人均计划生育事业费 (元/人)", "人均计划生育事业费"],
  ["出生人口性别比(:100)", "出生人口性别比"],
  ["计划生育率%", "计划生育率"],
  ["Amount (yuan)", "amount"],
  ["乡镇\n(单位)", "乡镇"],
  ["(%)", "(%)"],
])("headerText(%p) = %p", (raw, expected) => {
  expect(headerText(raw)).toBe(expected);
});

test.each([
  [20000, [3, 3, 2, 2], [6000, 6000, 4000, 4000]],
  [30000, [3, 3, 2, 2], [9000, 9000, 6000, 6000]],
  [-20000, [3, 3, 2, 2], [-6000, -6000, -4000, -4000]],
  [10001, [3, 3, 2, 2], [3001, 3000, 2000, 2000]],
  [10003, [3, 3, 2, 2], [3001, 3001, 2001, 2000]],
  [-7, [1, 1, 1, 1], [-2, -2, -2, -1]],
  [0, [3, 3, 2, 2], [0, 0, 0, 0]],
])("splitAmount(%p, %p) = %p", (amount, ratio, shares) => {
  expect(splitAmount(amount, ratio)).toEqual(shares);
});

test.each([
  [0, "0"],
  [999, "999"],
  [1000, "1,000"],
  [190000, "190,000"],
  [-150000, "-150,000"],
  [1234567, "1,234,567"],
  [-20000.4, "-20,000"],
])("%p yuan is written %p", (amount, text) => {
  expect(formatYuan(amount)).toBe(text);
});
