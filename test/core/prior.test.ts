// Last year's tiers: read from a classified sheet, matched by name (normalised, traditional = simplified),
// carried over by the documented rule, with every difference and unmatched name listed.

import { carriedPriorTiers, classifySheet, defaultRules, priorSheet, priorTiersUsed, SheetError } from "../../src/core";
import type { CellValue, Lang, SheetInput } from "../../src/core";
import { carriedTier, priorFromLastYear, priorReport, readLastYear, townshipKey } from "../../src/core/prior";
import { classified } from "./classified";
import { HEADER, row } from "./grid";

const rules = defaultRules();

/** Last year's district, classified and written back in `lang`. */
function lastYear(lang: Lang = "zh") {
  const grid: CellValue[][] = [
    HEADER.slice(),
    row({ township: "王營" }), // met, 一类
    row({ township: "丁集", prior: "二类", verified: "否" }), // pending: 一类 not confirmed
    row({ township: "碼頭", prior: "二类", falsified: "是" }), // falsified: 一类 not credited
    row({ township: "韓橋", planned: "x" }), // invalid
    row({ township: "吳 城", planned: 96 }), // dropped to 二类
    row({ township: "三树" }), // met, 一类
    row({ township: "五里", prior: "二类", target: "二类", planned: 96 }), // met, 二类, gone this year
    row({ township: "袁集" }),
    row({ township: "袁集", planned: 96 }), // two rows of one name
    [null, "合计"],
  ];
  return classified({ name: "2013年考核", values: grid }, lang);
}

function thisYear() {
  const names = ["王营", "丁集", "码头", "韩桥", "吴城", "三树", "新渡", "袁集"];
  const grid: CellValue[][] = [
    HEADER.slice(),
    ...names.map((n) => row({ township: n, prior: n === "三树" ? "二类" : null, planned: 96 })),
  ];
  const input = { name: "2014年考核", values: grid };
  return { input, result: classifySheet(input, rules, { lang: "zh" }) };
}

test("names are matched in NFKC, without spaces, in simplified characters (OpenCC)", () => {
  expect(townshipKey("吳 城")).toBe(townshipKey("吴城"));
  expect(townshipKey("開發區")).toBe("开发区");
  expect(townshipKey("ＡＢ　鄉")).toBe("ab乡");
  expect(townshipKey("王营")).not.toBe(townshipKey("王营镇"));
});

test("last year's sheet is read from our result columns, in either language; totals and blank rows are not townships", () => {
  for (const lang of ["zh", "en"] as Lang[]) {
    const rows = readLastYear(lastYear(lang), rules, lang);
    expect(rows.map((r) => [r.cell, r.township, r.tier, r.status, r.prior])).toEqual([
      ["A2", "王營", 1, "met", 1],
      ["A3", "丁集", 1, "pending", 2],
      ["A4", "碼頭", 1, "failed", 2], // falsified: credited 二类, below its target
      ["A5", "韓橋", null, "invalid", 1],
      ["A6", "吳 城", 2, "dropped", 1],
      ["A7", "三树", 1, "met", 1],
      ["A8", "五里", 2, "met", 2],
      ["A9", "袁集", 1, "met", 1],
      ["A10", "袁集", 2, "dropped", 1],
    ]);
  }
});

test("what carries over: the tier; for 待验收, 取消资格 and 弄虚作假 the lower of tier and last prior tier; nothing for 数据有误", () => {
  const [wang, ding, matou, hanqiao] = readLastYear(lastYear(), rules, "zh");
  expect(carriedTier(wang)).toBe(1);
  expect(carriedTier(ding)).toBe(2);
  expect(carriedTier(matou)).toBe(2);
  expect(carriedTier(hanqiao)).toBeNull();
  expect(matou.falsified).toBe(true);
  expect(carriedTier({ ...wang, status: "disqualified", prior: 3 })).toBe(3);
});

describe("matching this year's sheet", () => {
  const { input, result } = thisYear();
  const p = priorFromLastYear(lastYear(), input, result, rules, "zh");

  test("prior tiers by sheet row, to pass to the run; lists of what matched how, and what did not", () => {
    expect(p.priorTiers).toEqual({ 2: 1, 3: 2, 4: 2, 6: 2, 7: 1 });
    expect(p.matches.map((m) => m.township)).toEqual(["王营", "丁集", "码头", "韩桥", "吴城", "三树"]);
    expect(p.normalised.map((m) => [m.township, m.last.township])).toEqual([
      ["王营", "王營"],
      ["码头", "碼頭"],
      ["韩桥", "韓橋"],
      ["吴城", "吳 城"],
    ]);
    expect(p.differences.map((d) => [d.sheetCell, d.sheetTier, d.tier])).toEqual([["I7", 2, 1]]);
    expect(p.unconfirmed.map((m) => m.township)).toEqual(["丁集", "码头"]);
    expect(p.invalid.map((m) => m.township)).toEqual(["韩桥"]);
    expect(p.unmatched.map((r) => r.township)).toEqual(["新渡"]);
    expect(p.unmatchedLast.map((r) => r.township)).toEqual(["五里"]);
    expect(p.duplicates.map((r) => [r.cell, r.lastYear])).toEqual([
      ["A9", false],
      ["A9", true],
      ["A10", true],
    ]);
  });

  test("the report says it all, in Chinese", () => {
    expect(priorReport(p, "zh")).toEqual([
      "上年结果：工作表“2013年考核”，6 个乡镇已对应",
      "以下名称经规范化（全角/空格/繁简）后对应：A2“王营” = 上年 A2“王營”、A4“码头” = 上年 A4“碼頭”、A5“韩桥” = 上年 A5“韓橋”、A6“吴城” = 上年 A6“吳 城”",
      "上年类别与上年结果不同，以本表为准：I7“三树”本表为二类，上年结果为一类",
      "上年为待验收，进位未经确认，带入二类（上年结果与上年类别中较低者）：A3“丁集”",
      "上年为弄虚作假，进位未经确认，带入二类（上年结果与上年类别中较低者）：A4“码头”",
      "上年为数据有误，没有类别可带入（空白按三类）：A5“韩桥”",
      "名称重复，无法确定，未对应：A9“袁集”、上年 A9“袁集”、上年 A10“袁集”",
      "本表未对应到上年结果的乡镇：A8“新渡”",
      "上年结果中未对应到本表的乡镇：上年 A8“五里”",
    ]);
    expect(priorReport(p, "en")[0]).toBe('Last year\'s results: sheet "2013年考核", 6 townships matched');
  });

  test("the run with them: a drop from last year's 一类 is a drop; the sheet's own cell wins", () => {
    const run = classifySheet(input, rules, { lang: "zh", priorTiers: p.priorTiers });
    const status = (name: string) => run.rows.filter((r) => r.township === name)[0].status;
    expect(status("王营")).toBe("dropped"); // 二类 this year, 一类 last year
    expect(status("丁集")).toBe("failed"); // carried 二类: kept, but the target is 一类
    expect(status("三树")).toBe("failed"); // the sheet says 二类
    expect(status("新渡")).toBe("failed"); // nothing carried: blank is 三类
  });
});

test("a sheet without classified results is refused, naming it", () => {
  const { input, result } = thisYear();
  const bare = { name: "2013年", values: [HEADER.slice(), row()] };
  expect(() => priorFromLastYear(bare, input, result, rules, "zh")).toThrow(SheetError);
  expect(() => priorFromLastYear(bare, input, result, rules, "zh")).toThrow(
    "工作表“2013年”中找不到上年的分类结果（需要乡镇列和“达到类别”“完成情况”列）",
  );
});

test("a results-only sheet (乡镇, 达到类别, 完成情况) is enough", () => {
  const { input, result } = thisYear();
  const list = {
    name: "上年",
    values: [["2013年结果"], ["乡镇", "达到类别", "完成情况"], ["王營", "一类", "达标"], ["丁集", "二类", "未完成"]],
  };
  expect(priorFromLastYear(list, input, result, rules, "zh").priorTiers).toEqual({ 2: 1, 3: 2 });
});

describe("上年对照: the prior tiers a run used, kept in the workbook and read back", () => {
  const { input, result } = thisYear();
  const p = priorFromLastYear(lastYear(), input, result, rules, "zh");
  /** The sheet as a front end reads it back: values only, no trailing empties. */
  const asRead = (lang: Lang): SheetInput => {
    const out = priorSheet(p, "2014年考核", lang);
    return { name: out.name, values: out.cells.map((r) => r.map((c) => (c.value === "" ? null : c.value))) };
  };

  test("one row per match with what was carried, then the report; read back to the same prior tiers, in either language", () => {
    const zh = asRead("zh");
    expect(zh.values[4]).toEqual([
      "乡镇",
      "所在行",
      "上年名称",
      "上年位置",
      "上年达到类别",
      "上年完成情况",
      "沿用为上年类别",
    ]);
    expect(zh.values[5]).toEqual(["王营", 2, "王營", "A2", "一类", "达标", "一类"]);
    expect(zh.values.map((r) => r[0])).toContain("本表未对应到上年结果的乡镇：A8“新渡”");
    expect(zh.values.find((r) => r[0] === "韩桥")![6]).toBe("不沿用");
    for (const lang of ["zh", "en"] as Lang[])
      expect(carriedPriorTiers(asRead(lang), "2014年考核", result)).toEqual(p.priorTiers);
  });

  test("matched by name, not row: inserted rows keep each township's tier; another sheet's 上年对照 is not used", () => {
    const moved = { name: "2014年考核", values: [input.values[0], [null, "插入的行"], ...input.values.slice(1)] };
    const movedRun = classifySheet(moved, rules, { lang: "zh" });
    const carried = carriedPriorTiers(asRead("zh"), "2014年考核", movedRun)!;
    expect(carried[3]).toBe(1); // 王营, now on row 3
    expect(carried[4]).toBe(2); // 丁集
    expect(carriedPriorTiers(asRead("zh"), "2015年考核", result)).toBeNull();
    expect(carriedPriorTiers({ name: "x", values: [["别的表"]] }, "2014年考核", result)).toBeNull();
  });

  test("only rows without a prior-tier cell of their own count as using them", () => {
    // 三树 has 二类 in its cell; the other matched rows are blank.
    expect(priorTiersUsed(input, result, p.priorTiers)).toBe(Object.keys(p.priorTiers).length - 1);
  });
});
