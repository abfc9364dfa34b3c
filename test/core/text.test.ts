// Small text and number helpers the whole core leans on.

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
