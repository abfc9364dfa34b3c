// SPEC §6 rows: blank rows, totals rows, an empty township; summary counts only result rows.

import { resultJson } from "../../src/core";
import { run, row } from "./grid";

test("blank rows are skipped silently, totals rows are skipped with a reason", () => {
  const r = run([
    row(),
    [null, "", "  ", null],
    row({ township: "丁集", planned: 97 }),
    row({ township: "合  计", planned: 97.5 }),
    row({ township: "Grand Total" }),
    row({ township: "全縣" }),
  ]);
  expect(r.rows.map((x) => [x.row, x.township, x.status])).toEqual([
    [2, "王营", "met"],
    [4, "丁集", "dropped"],
  ]);
  expect(r.skipped).toEqual([
    { row: 5, reason: '合计行（"合  计"），不参与分类' },
    { row: 6, reason: '合计行（"Grand Total"），不参与分类' },
    { row: 7, reason: '合计行（"全縣"），不参与分类' },
  ]);
  expect(r.summary).toEqual({
    byTier: { "1": 1, "2": 1, "3": 0, none: 0 },
    byStatus: { ahead: 0, met: 1, failed: 0, dropped: 1, pending: 0, vetoed: 0, disqualified: 0, "no-target": 0, invalid: 0 },
    rewards: 20000,
    fines: -30000,
    rows: 2,
    skipped: 3,
  });
});

test.each(["合计", "合計", "总计", "總計", "小计", "小計", "全区", "全區", "全县", "全縣", "全市", "全镇", "全鎮", "Total", "TOTAL", "grand total"])("%p is a totals row", (label) => {
  expect(run([row({ township: label })], "en").skipped).toEqual([{ row: 2, reason: `totals row ("${label}"), not classified` }]);
});

test("a non-blank row with an empty township is invalid with an issue on the township cell", () => {
  const r = run([row({ township: null })], "en");
  expect(r.rows[0]).toMatchObject({ row: 2, township: "", status: "invalid", reasons: ["A2: 乡镇 is empty"] });
});

test("township names and years are kept as the sheet has them", () => {
  const r = run([row({ township: " 开发区 " })]);
  expect(r.rows[0].township).toBe("开发区");
  expect(r.rows[0].year).toBeNull();
});

test("resultJson has exactly the SPEC §9 shape", () => {
  const r = run([row({ planned: "abc" }), row({ township: "合计" })], "en");
  expect(resultJson(r)).toEqual({
    sheet: "考核",
    headerRow: 1,
    rows: [{ row: 2, township: "王营", tier: null, status: "invalid", amount: 0, shares: [0, 0, 0, 0], reasons: ['B2: 计划生育率 "abc" is not a number'], errors: [{ cell: "B2", message: 'B2: 计划生育率 "abc" is not a number' }] }],
    skipped: [{ row: 3, reason: 'totals row ("合计"), not classified' }],
    summary: {
      byTier: { "1": 0, "2": 0, "3": 0, none: 1 },
      byStatus: { ahead: 0, met: 0, failed: 0, dropped: 0, pending: 0, vetoed: 0, disqualified: 0, "no-target": 0, invalid: 1 },
      rewards: 0,
      fines: 0,
    },
  });
});
