// SPEC §7 placement and brief §2, §9: fresh block, re-run in place, language switch, a user column in the way.

import { classifySheet, defaultRules } from "../../src/core";
import type { CellValue, RunResult } from "../../src/core";
import { HEADER, outputValues, row, run } from "./grid";

const ZH_HEADERS = ["达到类别", "完成情况", "奖惩金额", "党委书记", "乡镇长", "分管领导", "计生专干", "未达标指标/说明"];
const EN_HEADERS = ["Tier", "Status", "Amount (yuan)", "Party secretary", "Township head", "Deputy in charge", "Family-planning officer", "Reasons"];

/** The sheet after a front end wrote the output block into it. */
function writeBack(values: CellValue[][], r: RunResult): CellValue[][] {
  const out = values.map((x) => x.slice());
  r.output.cells.forEach((cells, i) => {
    const target = out[r.output.firstRow - 1 + i];
    cells.forEach((c, j) => (target[r.output.firstCol - 1 + j] = c.value));
  });
  return out;
}

describe("a fresh block", () => {
  test("starts one column right of the last non-empty cell of any row", () => {
    const values = [["考核表", null, null, null, null, null, null, null, null, null, null, null, null, null, null, "说明"], HEADER.slice(), row()];
    const r = classifySheet({ name: "s", values }, defaultRules(), { lang: "zh" });
    expect(r.output.firstRow).toBe(2);
    expect(r.output.firstCol).toBe(17);
    expect(r.notices).toEqual([]);
  });

  test("cells: header bold, one row per sheet row, fills and number formats", () => {
    const r = run([row(), [], row({ township: "合计" }), row({ township: "丁集", planned: 97 }), row({ township: "吴城", planned: "x" }), row({ township: "古寨", target: null, verified: "否" })]);
    expect(r.output.firstCol).toBe(14);
    expect(r.output.cells[0]).toEqual(ZH_HEADERS.map((value) => ({ value, bold: true })));
    expect(outputValues(r).slice(1)).toEqual([
      ["一类", "达标", 20000, 6000, 6000, 4000, 4000, null],
      [null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ["二类", "退位", -30000, -9000, -9000, -6000, -6000, "计划生育率 97 < 98（一类）差 1；取消当年评先评优资格；分管领导和计生专干当年不予提拔"],
      [null, "数据有误", null, null, null, null, null, 'B6：计划生育率 "x" 不是数字'],
      ["一类", "无目标", null, null, null, null, null, null],
    ]);
    const [met, , , dropped, invalid, noTarget] = r.output.cells.slice(1);
    expect(met.slice(0, 4)).toEqual([{ value: "一类", fill: "green" }, { value: "达标", fill: "green" }, { value: 20000, numFmt: "#,##0" }, { value: 6000, numFmt: "#,##0" }]);
    expect(dropped.slice(0, 3)).toEqual([{ value: "二类", fill: "amber" }, { value: "退位", fill: "red" }, { value: -30000, numFmt: "#,##0", fill: "red" }]);
    expect(invalid[1]).toEqual({ value: "数据有误", fill: "red" });
    expect(noTarget[1]).toEqual({ value: "无目标" });
  });

  test("English labels and a 0 amount for pending", () => {
    const r = run([row({ verified: "否" }), row({ planned: 94, prior: "三类", target: "二类" })], "en");
    expect(r.output.cells[0].map((c) => c.value)).toEqual(EN_HEADERS);
    expect(outputValues(r).slice(1)).toEqual([
      ["Tier 1", "Pending verification", 0, 0, 0, 0, 0, "Awaiting city verification"],
      ["Tier 3", "Failed", -20000, -6000, -6000, -4000, -4000, "Planned birth rate 94 < 95 (tier 2), short by 1; No honours this year; public criticism and an admonitory talk"],
    ]);
    expect(r.output.cells[1][1]).toEqual({ value: "Pending verification", fill: "amber" });
    expect(r.output.cells[2][0]).toEqual({ value: "Tier 3", fill: "red" });
  });
});

describe("re-runs", () => {
  const input = [HEADER.slice(), row(), row({ township: "丁集", planned: 97, prior: "二类" }), row({ township: "合计" })];

  test("a re-run replaces the block in place and gives the identical output", () => {
    const first = classifySheet({ name: "s", values: input }, defaultRules(), { lang: "zh" });
    const again = classifySheet({ name: "s", values: writeBack(input, first) }, defaultRules(), { lang: "zh" });
    expect(again.output).toEqual(first.output);
    expect(again.rows).toEqual(first.rows);
  });

  test("a re-run in the other language replaces the same columns", () => {
    const zh = classifySheet({ name: "s", values: input }, defaultRules(), { lang: "zh" });
    const en = classifySheet({ name: "s", values: writeBack(input, zh) }, defaultRules(), { lang: "en" });
    expect(en.output.firstCol).toBe(zh.output.firstCol);
    expect(en.output.cells[0].map((c) => c.value)).toEqual(EN_HEADERS);
    const zhAgain = classifySheet({ name: "s", values: writeBack(input, en) }, defaultRules(), { lang: "zh" });
    expect(zhAgain.output).toEqual(zh.output);
  });

  test("old result values are never read as input and clear when a row empties", () => {
    const zh = classifySheet({ name: "s", values: input }, defaultRules(), { lang: "zh" });
    const sheet = writeBack(input, zh);
    sheet[2] = sheet[2].map((v, c) => (c < 13 ? null : v)); // the user cleared 丁集's input cells
    const again = classifySheet({ name: "s", values: sheet }, defaultRules(), { lang: "zh" });
    expect(again.rows.map((r) => r.township)).toEqual(["王营"]);
    expect(outputValues(again)[2]).toEqual([null, null, null, null, null, null, null, null]);
  });

  test("a user column inside the old block: a fresh block goes to the right end, and the run says so", () => {
    const zh = classifySheet({ name: "s", values: input }, defaultRules(), { lang: "zh" });
    const sheet = writeBack(input, zh);
    sheet[0][15] = "备注"; // the user typed over 奖惩金额 (column P)
    const again = classifySheet({ name: "s", values: sheet }, defaultRules(), { lang: "zh" });
    expect(again.output.firstCol).toBe(22);
    expect(again.notices).toEqual(["原有结果列位置不完整或被占用，结果写在 V1 起的新列"]);
    expect(again.rows).toEqual(zh.rows);
  });

  test("result headers out of order are not reused", () => {
    const header = [...HEADER, "完成情况", "达到类别", "奖惩金额", "党委书记", "乡镇长", "分管领导", "计生专干", "未达标指标/说明"];
    const r = classifySheet({ name: "s", values: [header, row()] }, defaultRules(), { lang: "en" });
    expect(r.output.firstCol).toBe(22);
    expect(r.rows[0].status).toBe("met");
  });

  test("custom role names head the share columns and are recognised on re-run", () => {
    const rules = defaultRules();
    rules.split.roles = ["书记", "镇长", "副镇长", "专干"];
    const first = classifySheet({ name: "s", values: input }, rules, { lang: "en" });
    expect(first.output.cells[0].map((c) => c.value)).toEqual(["Tier", "Status", "Amount (yuan)", "书记", "镇长", "副镇长", "专干", "Reasons"]);
    const again = classifySheet({ name: "s", values: writeBack(input, first) }, rules, { lang: "en" });
    expect(again.output.firstCol).toBe(first.output.firstCol);
  });
});
