// The 分类汇总 sheet, the sample district, messages and pickLang.

import { classifySheet, defaultRules, pickLang, resultJson, sampleWorkbook, summarySheet, SUMMARY_SHEET, t } from "../../src/core";
import type { Status } from "../../src/core";

const rules = defaultRules();

describe("sampleWorkbook", () => {
  const sample = sampleWorkbook();
  const result = classifySheet(sample.sheet, rules, { lang: "zh" });

  test("is deterministic and looks like a district's sheet", () => {
    expect(sampleWorkbook()).toEqual(sample);
    expect(sample.sheet.name).toBe("2014年考核");
    expect(sample.merges).toEqual(["A1:O1", "A2:O2"]);
    expect(sample.columnWidths.length).toBe(15);
    expect(result.headerRow).toBe(3);
    expect(result.rows.length).toBe(22);
    expect(result.skipped).toEqual([{ row: 26, reason: '合计行（"合计"），不参与分类' }]);
    expect(result.notices).toEqual([]);
  });

  test("every status is present", () => {
    const all: Status[] = ["ahead", "met", "failed", "dropped", "pending", "vetoed", "disqualified", "no-target", "invalid"];
    for (const s of all) expect(result.summary.byStatus[s]).toBeGreaterThan(0);
    expect(result.summary).toMatchObject({ rewards: 190000, fines: -150000, byTier: { "1": 13, "2": 4, "3": 2, none: 3 } });
  });

  test("the bad cells are reported with their addresses", () => {
    const errors = resultJson(result).rows.flatMap((r) => r.errors.map((e) => e.message));
    expect(errors).toEqual(['D10：期内综合避孕率（%） "待核实" 不是数字', "C17：計劃生育率(%) 是错误值 #N/A", "H22：群众满意率 105 超出范围 0–100"]);
  });

  test("the 0.0% column, the percent text, the ratio and the full-width number are read", () => {
    const byName = (name: string) => result.rows.filter((r) => r.township === name)[0];
    expect(byName("吴集")).toMatchObject({ tier: 1, status: "met" });
    expect(byName("三树")).toMatchObject({ tier: 1, status: "met" });
    expect(byName("徐溜")).toMatchObject({ tier: 1, status: "met" });
    expect(byName("开发区").reasons).toContain("优质服务率 85 < 90（二类）差 5");
  });
});

describe("summarySheet", () => {
  const result = classifySheet(sampleWorkbook().sheet, rules, { lang: "zh" });
  const sheet = summarySheet(result, rules, "zh", new Date(2015, 0, 10, 9, 5, 7));
  const v = sheet.cells.map((r) => r.map((c) => c.value));

  test("counts, totals, run time and rules", () => {
    expect(sheet.name).toBe(SUMMARY_SHEET);
    expect(SUMMARY_SHEET).toBe("分类汇总");
    expect(v.slice(0, 9)).toEqual([["乡镇分类汇总"], ["运行时间", "2015-01-10 09:05:07"], ["工作表", "2014年考核"], [], ["类别", "乡镇数"], ["一类", 13], ["二类", 4], ["三类", 2], ["无类别", 3]]);
    expect(v.slice(10, 23)).toEqual([
      ["完成情况", "乡镇数"], ["提前完成", 1], ["达标", 8], ["未完成", 3], ["退位", 3], ["待验收", 1], ["一票否决", 1], ["取消资格", 1], ["无目标", 1], ["数据有误", 3],
      ["跳过的行（合计、说明）", 1], ["奖励合计（元）", 190000], ["罚款合计（元）", -150000],
    ]);
    expect(sheet.cells[21][1]).toEqual({ value: 190000, numFmt: "#,##0" });
    expect(v.slice(24, 27)).toEqual([["使用的规则", "一类标准", "二类标准"], ["计划生育率", "≥ 98%", "≥ 95%"], ["期内综合避孕率", "≥ 90%", "≥ 86%"]]);
    expect(v[v.length - 1]).toEqual(["分配比例", "3:3:2:2", "党委书记 : 乡镇长 : 分管领导 : 计生专干"]);
  });

  test("the chart covers the three tier counts and sits right of the tables", () => {
    expect(sheet.chart).toEqual({
      title: "各类别乡镇数",
      categories: "A6:A8",
      values: "B6:B8",
      anchor: "E2",
      fills: ["green", "amber", "red"], // the fills of 一类, 二类, 三类 cells
      dataLabels: true,
    });
    expect(v[5][0]).toBe("一类");
    expect(v[7][0]).toBe("三类");
  });

  test("prints on one landscape A4 page with the sheet name and page number in the footer", () => {
    expect(sheet.page).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitWide: 1,
      fitTall: 1,
      titleRows: null,
      footer: "&A　第 &P 页，共 &N 页",
    });
  });
});

describe("messages", () => {
  test.each([["zh-CN", "zh"], ["zh-TW", "zh"], ["ZH-hk", "zh"], ["en-US", "en"], ["fr-FR", "en"], [undefined, "en"]] as const)("pickLang(%p) = %p", (tag, lang) => {
    expect(pickLang(tag)).toBe(lang);
  });

  test("t fills placeholders and leaves unknown ones", () => {
    expect(t("en", "error.noHeader", { sheet: "S" })).toBe('No header found in the first 20 rows of sheet "S" (at least 3 known column names)');
    expect(t("zh", "issue.missing", { cell: "A1" })).toBe("A1：{column} 为空");
  });
});
