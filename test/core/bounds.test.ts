// SPEC §2: both sides of every bound, inclusive, exact decimal comparison.

import { one } from "./grid";

describe("tier bounds are inclusive and exact", () => {
  test.each([
    // [column, value, expected tier] — every other indicator sits exactly on its tier-1 bound
    ["planned", 98, 1],
    ["planned", 97.995, 2],
    ["planned", 95, 2],
    ["planned", 94.99, 3],
    ["contraceptive", 90, 1],
    ["contraceptive", 89.99, 2],
    ["contraceptive", 86, 2],
    ["contraceptive", 85.99, 3],
    ["sexRatio", 111, 1],
    ["sexRatio", 111.01, 2],
    ["sexRatio", 114, 2],
    ["sexRatio", 114.01, 3],
    ["sexRatio", 50, 1],
    ["funding", 8, 1],
    ["funding", 7.99, 3],
    ["funding", 1234.5, 1],
    ["quality", 90, 1],
    ["quality", 89.99, 3],
    ["satisfaction", 90, 1],
    ["satisfaction", 89.9, 3],
    ["reward", 90, 1],
    ["reward", 89.999, 3],
    ["reward", 100, 1],
  ] as const)("%s = %p → tier %p", (column, value, tier) => {
    expect(one({ [column]: value, target: null }).tier).toBe(tier);
  });
});

describe("reasons name the bound that blocks the next tier up and the gap", () => {
  test("tier 2 row lists its tier-1 failures, zh", () => {
    expect(one({ contraceptive: 88.2, sexRatio: 112.4, target: null }).reasons).toEqual(["期内综合避孕率 88.2 < 90（一类）差 1.8", "出生人口性别比 112.4 > 111（一类）超 1.4"]);
  });

  test("tier 3 row lists its tier-2 failures only, en", () => {
    expect(one({ planned: 97.995, contraceptive: 85.2, target: null }, "en").reasons).toEqual(["Contraceptive rate 85.2 < 86 (tier 2), short by 0.8"]);
  });

  test("gaps print without float noise", () => {
    expect(one({ planned: 97.995, target: null }).reasons).toEqual(["计划生育率 97.995 < 98（一类）差 0.005"]);
    expect(one({ sexRatio: 114.5, target: null }).reasons).toEqual(["出生人口性别比 114.5 > 114（二类）超 0.5"]);
  });

  test("tier 1 has no bound reasons", () => {
    expect(one({ target: null }).reasons).toEqual([]);
  });
});
