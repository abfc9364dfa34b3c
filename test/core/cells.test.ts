// SPEC §6 and brief §3–4: every cell form, every error with its exact address and message.

import { classifySheet, defaultRules, isPercentFormat, parseCell } from "../../src/core";
import { HEADER, one, run, row } from "./grid";

describe("numeric cell forms", () => {
  test.each([
    ["plain number", "planned", 98.5, 98.5],
    ["numeric text", "planned", "98.5", 98.5],
    ["percent text", "planned", "98.5%", 98.5],
    ["full-width percent text", "planned", "９８．５％", 98.5],
    ["text with spaces", "planned", " 98.5 ", 98.5],
    ["sex ratio with colon", "sexRatio", "108.5:100", 108.5],
    ["sex ratio with full-width colon", "sexRatio", "108.5：100", 108.5],
    ["sex ratio with slash", "sexRatio", "108.5/100", 108.5],
    ["full-width sex ratio", "sexRatio", "１０８．５", 108.5],
    ["money with thousands separator", "funding", "1,234", 1234],
    ["money with yuan sign", "funding", "¥8.5", 8.5],
    ["money with 元", "funding", "8.5元", 8.5],
    ["money with 元/人", "funding", "8.5元/人", 8.5],
  ] as const)("%s: %p", (_what, column, raw, value) => {
    const r = one({ [column]: raw, target: null });
    expect(r.errors).toEqual([]);
    expect(r.status).toBe("no-target");
    expect(parseCell(raw, undefined, column === "sexRatio" ? "ratio" : column === "funding" ? "money" : "rate")).toEqual({ ok: true, value, plain: expect.any(Boolean) });
  });

  test("a %-formatted number is a fraction ×100, scaled exactly", () => {
    expect(parseCell(0.985, "0.0%", "rate")).toEqual({ ok: true, value: 98.5, plain: false });
    expect(parseCell(0.97995, "0.00%", "rate")).toEqual({ ok: true, value: 97.995, plain: false });
    const formats = [HEADER.map(() => "General"), row().map((_, c) => (c === 1 ? "0.0%" : "General"))];
    const r = run([row({ planned: 0.97995 })], "zh", undefined, formats);
    expect(r.rows[0]).toMatchObject({ tier: 2, reasons: ["计划生育率 97.995 < 98（一类）差 0.005", "取消当年评先评优资格；分管领导和计生专干当年不予提拔"] });
    expect(r.notices).toEqual([]);
  });

  test.each([
    ["0.0%", true],
    ["0%", true],
    ['0.0"%"', false],
    ["0.0\\%", false],
    ["[Red]0.0", false],
    ["General", false],
    ['"pct "0.00%', true],
  ])("isPercentFormat(%p) = %p", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });

  test("a rate column of plain fractions is read as fractions and the run says so", () => {
    const r = run([row({ quality: 0.95 }), row({ quality: 0.899, township: "丁集" })]);
    expect(r.rows.map((x) => x.tier)).toEqual([1, 3]);
    expect(r.rows[1].reasons[0]).toBe("优质服务率 89.9 < 90（二类）差 0.1");
    expect(r.notices).toEqual(["优质服务率 列的数值都在 0–1 之间，按小数读取（0.985 = 98.5%）"]);
  });

  test("the fractions rule does not apply when one cell of the column is %-formatted", () => {
    const formats = [HEADER.map(() => "General"), HEADER.map((_, c) => (c === 5 ? "0%" : "General")), HEADER.map(() => "General")];
    const r = run([row({ quality: 0.95 }), row({ quality: 0.95, township: "丁集" })], "zh", undefined, formats);
    expect(r.notices).toEqual([]);
    expect(r.rows[1].errors).toEqual([]);
    expect(r.rows[1].tier).toBe(3);
  });
});

describe("bad cells: exact address and message", () => {
  test.each([
    ["not a number", { contraceptive: "abc" }, "C2", "not-a-number", 'C2：期内综合避孕率 "abc" 不是数字', 'C2: 期内综合避孕率 "abc" is not a number'],
    ["error value", { planned: "#N/A" }, "B2", "error-value", "B2：计划生育率 是错误值 #N/A", "B2: 计划生育率 holds the error #N/A"],
    ["#DIV/0!", { quality: "#DIV/0!" }, "F2", "error-value", "F2：优质服务率 是错误值 #DIV/0!", "F2: 优质服务率 holds the error #DIV/0!"],
    ["boolean", { reward: true }, "H2", "boolean", "H2：独生子女奖励金兑现率 是逻辑值 TRUE，不是数字", "H2: 独生子女奖励金兑现率 is the logical value TRUE, not a number"],
    ["blank", { satisfaction: null }, "G2", "missing", "G2：群众满意率 为空", "G2: 群众满意率 is empty"],
    ["rate above 100", { satisfaction: 105 }, "G2", "out-of-range", "G2：群众满意率 105 超出范围 0–100", "G2: 群众满意率 105 is outside 0–100"],
    ["sex ratio below 50", { sexRatio: 49 }, "D2", "out-of-range", "D2：出生人口性别比 49 超出范围 50–200", "D2: 出生人口性别比 49 is outside 50–200"],
    ["negative funding", { funding: -1 }, "E2", "below-min", "E2：人均计划生育事业费 -1 不能小于 0", "E2: 人均计划生育事业费 -1 is below 0"],
    ["percent text out of range", { planned: "101%" }, "B2", "out-of-range", "B2：计划生育率 101 超出范围 0–100", "B2: 计划生育率 101 is outside 0–100"],
    ["ratio with zero denominator", { sexRatio: "108:0" }, "D2", "not-a-number", 'D2：出生人口性别比 "108:0" 不是数字', 'D2: 出生人口性别比 "108:0" is not a number'],
    ["bad tier", { prior: "四类" }, "I2", "bad-tier", 'I2：上年类别 "四类" 不是类别（一类/二类/三类）', 'I2: 上年类别 "四类" is not a tier (一类/二类/三类, 1/2/3)'],
    ["bad target", { target: "争取" }, "J2", "bad-target", 'J2：目标类别 "争取" 不是进位目标（如 进一类、保持一类）', 'J2: 目标类别 "争取" is not a target tier (e.g. 进一类, 保持一类, 1)'],
    ["bad flag", { veto: "也许" }, "L2", "bad-flag", 'L2：一票否决 "也许" 应为 是 或 否', 'L2: 一票否决 "也许" should be yes or no'],
    ["empty township", { township: "  " }, "A2", "missing", "A2：乡镇 为空", "A2: 乡镇 is empty"],
  ] as const)("%s", (_what, changes, cell, code, zh, en) => {
    const r = one(changes);
    expect(r).toMatchObject({ tier: null, status: "invalid", amount: 0, shares: [0, 0, 0, 0], reasons: [zh] });
    expect(r.errors).toEqual([expect.objectContaining({ cell, code, message: zh })]);
    expect(one(changes, "en").reasons).toEqual([en]);
  });

  test("every error value is recognised", () => {
    for (const e of ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]) {
      expect(parseCell(e, "General", "rate")).toEqual({ ok: false, code: "error-value" });
    }
  });

  test("addresses respect the input origin", () => {
    const r = classify2();
    expect(r.rows[0].errors[0].cell).toBe("E12");
    expect(r.rows[0].row).toBe(12);
  });

  test("several issues are all reported, in column order", () => {
    expect(one({ planned: "x", veto: "?" }).reasons).toEqual(['B2：计划生育率 "x" 不是数字', 'L2：一票否决 "?" 应为 是 或 否']);
  });
});

function classify2() {
  // the used range starts at C10: header on sheet row 11, data on row 12; 期内综合避孕率 is column E
  return classifySheet({ name: "s", values: [[null], HEADER.slice(), row({ contraceptive: "abc" })], origin: { row: 10, col: 3 } }, defaultRules(), { lang: "zh" });
}

describe("tier, target and flag cells", () => {
  test.each(["一类", "一類", 1, "1", "I", "Tier 1", "一类乡镇", "一類鄉鎮", " 一 类 "])("prior %p means tier 1", (prior) => {
    expect(one({ prior, target: "一类" }).status).toBe("met");
  });

  test.each(["三类", "三類", 3, "III", "未达标", "未達標", null])("prior %p means tier 3", (prior) => {
    expect(one({ prior, target: "二类" }).status).toBe("ahead");
  });

  test.each([
    ["进一类", 1], ["進一類", 1], ["保持一类", 1], ["保持一類", 1], ["二类进一类", 1], ["一类", 1], [1, 1],
    ["进二类", 2], ["保持二类", 2], ["二類", 2], ["Tier 2", 2], ["三类进二类", 2], ["力争二类", 2], ["确保二类", 2], ["2类", 2],
  ] as const)("target %p means tier %p", (target, tier) => {
    // achieved 1, prior 3: met when the target is 1, ahead when it is 2
    expect(one({ prior: "三类", target }).status).toBe(tier === 1 ? "met" : "ahead");
  });

  test.each(["是", "Y", "yes", "TRUE", true, 1, "1", "√", "✓", "对", "有"])("veto %p means yes", (veto) => {
    expect(one({ veto }).status).toBe("vetoed");
  });

  test.each(["否", "N", "No", "FALSE", false, 0, "0", "×", "✗", "错", "无", null, ""])("veto %p means no", (veto) => {
    expect(one({ veto }).status).toBe("met");
  });

  test("a blank 市级验收 means confirmed", () => {
    expect(one({ verified: null }).status).toBe("met");
  });
});
