// SPEC §6 rows: blank rows, totals rows, an empty township; summary counts only result rows.

import { classifySheet, defaultRules, resultJson } from "../../src/core";
import type { CellValue } from "../../src/core";
import { HEADER, outputValues, run, row, TIER1 } from "./grid";

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

test("rows skipped between data rows (blank, totals, note) leave every data row its own cells and result row", () => {
  const r = run([
    row({ township: "甲", planned: 97 }), // sheet row 2: tier 2
    [], // 3: blank
    row({ township: "小计" }), // 4: totals
    row({ township: "乙" }), // 5: tier 1
    [null, "注：本表数据截至年底"], // 6: note
    row({ township: "丙", sexRatio: 120 }), // 7: tier 3
  ]);
  expect(r.rows.map((x) => [x.row, x.township, x.tier])).toEqual([
    [2, "甲", 2],
    [5, "乙", 1],
    [7, "丙", 3],
  ]);
  expect(r.rows[0].reasons[0]).toContain("97");
  expect(r.rows[2].reasons[0]).toContain("120");
  expect(r.skipped.map((x) => x.row)).toEqual([4, 6]);
  expect(r.summary).toMatchObject({ rows: 3, skipped: 2 });
  // The result block starts at the header (row 1) and covers rows 2–7; skipped rows get empty cells.
  const tiers = outputValues(r).map((cells) => cells[0]);
  expect(tiers.slice(1)).toEqual(["二类", null, null, "一类", null, "三类"]);
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

describe("note rows under the table are skipped, never classified", () => {
  const NOTE_ZH = "说明行，不参与分类";
  const blanks = (n: number): null[] => Array.from({ length: n }, () => null);

  test("footnotes and signature lines in the township column", () => {
    const r = run([
      row(),
      ["注：1. 数据来源于区统计局；2. 比率保留一位小数。", ...blanks(12)],
      ["注:", ...blanks(12)],
      ["  说明  以上数据经乡镇核对", ...blanks(12)],
      ["備註：全年數據", ...blanks(12)],
      ["填表人：张三", null, null, null, null, "审核：李四", null, null, null, "制表日期：2015年1月", null, null, null],
      ["数据来源：区人口计生委", ...blanks(12)],
      ["單位負責人：王五", ...blanks(12)],
      ["Note: rates in %", ...blanks(12)],
    ]);
    expect(r.rows.map((x) => x.row)).toEqual([2]);
    expect(r.skipped).toEqual([3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ row: n, reason: NOTE_ZH })));
    expect(r.summary).toMatchObject({ rows: 1, skipped: 8 });
  });

  test("a merged note in column A while the township column is blank", () => {
    const grid = [["序号", ...HEADER], [1, ...TIER1], ["注：本表由各乡镇填报，区计生委汇总。", ...blanks(13)], [null, null, ...blanks(12), "备注栏"]];
    const r = classifySheet({ name: "考核", values: grid }, defaultRules(), { lang: "en" });
    expect(r.rows.map((x) => [x.row, x.township, x.status])).toEqual([[2, "王营", "met"]]);
    expect(r.skipped).toEqual([
      { row: 3, reason: "note row, not classified" },
      { row: 4, reason: "note row, not classified" },
    ]);
    expect(outputValues(r)[2]).toEqual(blanks(8));
  });

  test("a real township with every indicator blank stays invalid: missing data is reported, never guessed", () => {
    const r = run([["王营", ...blanks(12)], ["丁集", ...blanks(7), "一类", "一类", "是", "否", "否"]], "en");
    expect(r.skipped).toEqual([]);
    expect(r.rows.map((x) => [x.township, x.status, x.errors.length])).toEqual([
      ["王营", "invalid", 7],
      ["丁集", "invalid", 7],
    ]);
    expect(r.rows[0].reasons[0]).toBe("B2: 计划生育率 is empty");
  });

  test("a note marker is not enough when the row holds data, or when a tier or flag cell is filled", () => {
    const r = run([row({ township: "注：王营" }), ["注：目标", ...blanks(8), "一类", null, null, null], [null, 98, ...blanks(11)]]);
    expect(r.skipped).toEqual([]);
    expect(r.rows.map((x) => x.status)).toEqual(["met", "invalid", "invalid"]);
  });
});

describe("results behave as plain data", () => {
  test("rows equal literal objects, spread and serialise with every field; output is in JSON and spreads", () => {
    const r = run([row(), row({ township: "丁集", contraceptive: 88.2 }), row({ township: "李集", contraceptive: 85, sexRatio: 115 })]);
    expect(r.rows[1]).toEqual({ row: 3, township: "丁集", year: null, tier: 2, status: "dropped", amount: -30000, shares: [-9000, -9000, -6000, -6000], reasons: ["期内综合避孕率 88.2 < 90（一类）差 1.8", "取消当年评先评优资格；分管领导和计生专干当年不予提拔"], errors: [] });
    expect(JSON.parse(JSON.stringify(r.rows[2])).reasons).toEqual(["期内综合避孕率 85 < 86（二类）差 1", "出生人口性别比 115 > 114（二类）超 1", "取消当年评先评优资格；分管领导和计生专干当年不予提拔"]);
    expect(Object.keys(r)).toEqual(["sheet", "headerRow", "headerRows", "unitsRow", "columns", "rows", "problems", "skipped", "summary", "notices", "output"]);
    const copy = { ...r };
    expect(copy.output).toBe(r.output);
    expect(copy.rows).toBe(r.rows); // made once, on first access
    expect(JSON.parse(JSON.stringify(r)).output.cells[2][7]).toEqual({ value: "期内综合避孕率 88.2 < 90（一类）差 1.8；取消当年评先评优资格；分管领导和计生专干当年不予提拔" });
    const replaced = { firstRow: 1, firstCol: 1, cells: [] };
    r.output = replaced;
    expect(r.output).toBe(replaced);
  });

  test("problems are exactly the rows with a bad cell, the same objects as in rows, in sheet order", () => {
    const r = run([
      row({ township: "甲", contraceptive: "abc" }),
      row({ township: "乙" }),
      row({ township: "丙", sexRatio: "#N/A" }),
      row({ township: "丁", contraceptive: 88.2 }),
    ]);
    expect(r.problems.map((p) => [p.township, p.status, p.errors.map((e) => e.cell)])).toEqual([
      ["甲", "invalid", ["C2"]],
      ["丙", "invalid", ["D4"]],
    ]);
    expect(r.problems).toEqual(r.rows.filter((x) => x.errors.length > 0));
    expect(r.problems[1]).toBe(r.rows[2]);
    expect(run([row(), row({ township: "丁集" })]).problems).toEqual([]);
  });

  test("each row keeps its own year, whether years repeat, change, are text or blank, and across runs", () => {
    const sheet = (years: CellValue[]) =>
      classifySheet(
        { name: "考核", values: [["年度", ...HEADER], ...years.map((y, i) => [y, ...row({ township: "乡" + i })])] },
        defaultRules(),
        { lang: "zh" },
      );
    const years: CellValue[] = [2014, 2014, " 2015年 ", " 2015年 ", null, 2014, "", 2016];
    const expected = [2014, 2014, "2015年", "2015年", null, 2014, null, 2016];
    expect(sheet(years).rows.map((r) => r.year)).toEqual(expected);
    expect(sheet([2020, 2020]).rows.map((r) => r.year)).toEqual([2020, 2020]);
    expect(sheet(years).rows.map((r) => r.year)).toEqual(expected);
  });

  test("a 20,000-row sheet: every row keeps its township, reasons and result cells (storage in blocks, lists that grow)", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 20000; i++) {
      // Every third row misses two bounds (a list of failed bounds), every fifth one, every 997th has a bad cell.
      const changes: Parameters<typeof row>[0] = { township: "乡镇" + i };
      if (i % 3 === 0) Object.assign(changes, { contraceptive: 85 + (i % 7) / 10, sexRatio: 115 });
      else if (i % 5 === 0) changes.planned = 90 + (i % 11) / 10;
      if (i % 997 === 0) changes.funding = "abc";
      rows.push(row(changes));
    }
    const r = run(rows);
    expect(r.rows).toHaveLength(20000);
    expect(r.problems).toHaveLength(Math.ceil(20000 / 997));
    const cells = r.output.cells;
    const wrong = r.rows.filter((x, i) => {
      const reasons = x.reasons.length ? x.reasons.join("；") : null;
      return (
        x.township !== "乡镇" + i ||
        x.row !== i + 2 ||
        (x.status === "invalid") !== (i % 997 === 0) ||
        (i % 997 !== 0 && i % 3 === 0 && x.reasons.length !== 3) ||
        cells[i + 1][7].value !== reasons ||
        cells[i + 1][2].value !== (x.status === "invalid" ? null : x.amount)
      );
    });
    expect(wrong).toEqual([]);
    expect(r.rows[3].reasons).toEqual(["期内综合避孕率 85.3 < 86（二类）差 0.7", "出生人口性别比 115 > 114（二类）超 1", "取消当年评先评优资格；分管领导和计生专干当年不予提拔"]);
  });

  test("shared arrays are frozen, so a front end that writes into one fails loudly instead of changing other rows", () => {
    const r = run([row(), row({ township: "丁集" })]);
    expect(r.rows[0].shares).toEqual([6000, 6000, 4000, 4000]);
    expect(() => (r.rows[0].shares as number[]).push(1)).toThrow(TypeError);
    expect(r.rows[1].shares).toEqual([6000, 6000, 4000, 4000]);
  });

  test("runs one after another with different rules or languages do not leak into each other", () => {
    const strict = defaultRules();
    strict.indicators[2].tier1 = 107;
    const grid = [row({ sexRatio: 108 })];
    expect(run(grid).rows[0].tier).toBe(1);
    expect(run(grid, "zh", strict).rows[0].reasons).toEqual(["出生人口性别比 108 > 107（一类）超 1", "取消当年评先评优资格；分管领导和计生专干当年不予提拔"]);
    expect(run(grid, "en", strict).rows[0].reasons[0]).toBe("Sex ratio at birth 108 > 107 (tier 1), over by 1");
    expect(run(grid).rows[0].reasons).toEqual([]);
  });
});
