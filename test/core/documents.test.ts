// The 推荐名单, 公示 and 奖惩明细 sheets, and when a step cannot run yet.

import {
  classifiedRun,
  classifySheet,
  defaultRules,
  noticeSheet,
  paymentSheet,
  personColumns,
  priorTiersOf,
  recommendSheet,
  sampleWorkbook,
  SheetError,
  summarySheet,
} from "../../src/core";
import type { CellValue, Lang, OutCell, SheetInput, SheetOutput } from "../../src/core";
import { classified } from "./classified";
import { HEADER, row } from "./grid";

const rules = defaultRules();
const values = (sheet: SheetOutput) => sheet.cells.map((r) => r.map((c: OutCell) => c.value));

function errorOf(run: () => unknown): SheetError {
  try {
    run();
  } catch (e) {
    return e as SheetError;
  }
  throw new Error("no error");
}

describe("a step that cannot run yet says why", () => {
  const raw = sampleWorkbook().sheet;

  test("no result columns: classify first", () => {
    const e = errorOf(() => classifiedRun(raw, rules, { lang: "zh" }, "doc.recommend"));
    expect(e).toBeInstanceOf(SheetError);
    expect(e.code).toBe("not-classified");
    expect(e.message).toBe("工作表“2014年考核”还没有分类结果（达到类别、完成情况等结果列），请先分类");
  });

  test("results older than the data: the first cell that differs is named", () => {
    const input = classified(raw);
    input.values[3] = input.values[3].slice();
    input.values[3][2] = 90; // 王营's 计划生育率: now 三类, the sheet still says 一类
    const e = errorOf(() => classifiedRun(input, rules, { lang: "en" }, "doc.payments"));
    expect(e.code).toBe("stale-results");
    expect(e.message).toBe(
      'The results on sheet "2014年考核" are out of date (P4 does not match the data): classify again, then make the payment sheet',
    );
  });

  test("results written in English are read by a Chinese run", () => {
    expect(classifiedRun(classified(raw, "en"), rules, { lang: "zh" }, "doc.recommend").rows.length).toBe(22);
  });

  test("no township with a tier", () => {
    const input = classified({ name: "考核", values: [HEADER.slice(), row({ planned: "缺" })] });
    const e = errorOf(() => classifiedRun(input, rules, { lang: "zh" }, "doc.review"));
    expect(e.code).toBe("no-classified-rows");
    expect(e.message).toBe("工作表“考核”没有得到类别的乡镇，无法生成抽样名单");
  });

  test("no 市级验收 column: no notice", () => {
    const grid = [HEADER.slice(0, 10), row().slice(0, 10)];
    const input = classified({ name: "考核", values: grid });
    const result = classifiedRun(input, rules, { lang: "zh" }, "doc.notice");
    const e = errorOf(() => noticeSheet(result, priorTiersOf(input, result, { lang: "zh" }), "zh"));
    expect(e.code).toBe("no-verified-column");
    expect(e.message).toBe("工作表“考核”没有“市级验收”列：市级验收后才能生成公示");
  });
});

describe("the sample district's documents", () => {
  const input = classified(sampleWorkbook().sheet);
  const result = classifiedRun(input, rules, { lang: "zh" }, "doc.recommend");
  const priors = priorTiersOf(input, result, { lang: "zh" });
  const byStatus = (...statuses: string[]) =>
    result.rows.filter((r) => statuses.indexOf(r.status) >= 0).map((r) => r.township);

  test("推荐名单: 提前完成, 达标 and 待验收 with prior tier, target, tier and the indicators as read", () => {
    const sheet = recommendSheet(input, result, priors, rules, "zh");
    const v = values(sheet);
    expect(sheet.name).toBe("推荐名单");
    expect(v[0]).toEqual(["______年度乡镇人口和计划生育工作进位争先推荐名单"]);
    expect(v[1]).toEqual(["报送单位：____________________（盖章）"]);
    expect(v[2]).toEqual(["日期：______年____月____日"]);
    const h = v.findIndex((r) => r[0] === "序号");
    expect(v[h]).toEqual([
      "序号",
      "乡镇（单位）",
      "上年类别",
      "进位目标",
      "达到类别",
      "计划生育率（%）",
      "期内综合避孕率（%）",
      "出生人口性别比",
      "人均计划生育事业费（元/人）",
      "优质服务率（%）",
      "群众满意率（%）",
      "独生子女奖励金兑现率（%）",
    ]);
    const listed = v.slice(h + 1, h + 1 + byStatus("ahead", "met", "pending").length);
    expect(listed.map((r) => r[1])).toEqual(byStatus("ahead", "met", "pending"));
    // 吴集: "98.5%" as text; 徐溜: a full-width ratio; 0.0%-formatted fractions read as percentages
    expect(listed.find((r) => r[1] === "吴集")).toEqual([
      expect.any(Number),
      "吴集",
      "一类",
      "一类",
      "一类",
      98.5,
      90,
      110,
      8,
      90,
      90,
      90,
    ]);
    expect(listed.find((r) => r[1] === "徐溜")).toEqual([
      expect.any(Number),
      "徐溜",
      "一类",
      "一类",
      "一类",
      98.8,
      90.9,
      110.5,
      8.8,
      94.5,
      92.2,
      94.6,
    ]);
    expect(listed.find((r) => r[1] === "西宋集")!.slice(2, 5)).toEqual(["三类", "二类", "一类"]);
    expect(v[h + 1 + listed.length]).toEqual(["共 " + listed.length + " 个乡镇（单位）"]);
    expect(sheet.page).toMatchObject({
      orientation: "landscape",
      fitWide: 1,
      fitTall: 0,
      titleRows: { first: h + 1, last: h + 1 },
    });
  });

  test("公示: the city-confirmed 提前完成 and 达标, advanced or kept", () => {
    const sheet = noticeSheet(result, priors, "zh");
    const v = values(sheet);
    expect(sheet.name).toBe("公示");
    expect(v[0]).toEqual(["______年度乡镇人口和计划生育工作进位争先结果公示"]);
    const h = v.findIndex((r) => r[0] === "序号");
    const paragraph = v
      .slice(2, h - 1)
      .map((r) => r[0])
      .join("");
    expect(paragraph).toBe(
      `经乡镇申报、区级审核和市级验收，以下 ${byStatus("ahead", "met").length} 个乡镇（单位）达到______年度进位争先目标，现予公示。公示期间，任何单位和个人如有异议，请向区人口和计划生育工作领导小组办公室反映；对发现弄虚作假的乡镇，将视具体情况推迟或取消其进位资格。`,
    );
    const listed = v.slice(h + 1, h + 1 + byStatus("ahead", "met").length);
    expect(listed.map((r) => r[1])).toEqual(byStatus("ahead", "met"));
    expect(listed.find((r) => r[1] === "西宋集")).toEqual([
      expect.any(Number),
      "西宋集",
      "三类",
      "一类",
      "由三类进一类",
    ]);
    expect(listed.find((r) => r[1] === "王营")).toEqual([expect.any(Number), "王营", "一类", "一类", "保持一类"]);
    expect(v).toContainEqual(["公示期：______年____月____日至______年____月____日"]);
    expect(v).toContainEqual(["联系人：____________　联系电话：____________"]);
    expect(sheet.page).toMatchObject({ orientation: "portrait", paper: "A4", fitWide: 1 });
  });

  test("公示 in English", () => {
    const en = classifiedRun(input, rules, { lang: "en" }, "doc.notice");
    const v = values(noticeSheet(en, priorTiersOf(input, en, { lang: "en" }), "en"));
    expect(v[0]).toEqual(["Public notice: ______ township advancement results"]);
    expect(v).toContainEqual([expect.any(Number), "西宋集", "Tier 3", "Tier 1", "Advanced from Tier 3 to Tier 1"]);
  });

  test("奖惩明细: four rows per township with money, subtotals and totals that add up to the run's", () => {
    const sheet = paymentSheet(input, result, rules, "zh");
    const v = values(sheet);
    expect(sheet.name).toBe("奖惩明细");
    const h = v.findIndex((r) => r[0] === "序号");
    expect(v[h]).toEqual(["序号", "乡镇（单位）", "完成情况", "职务", "姓名", "金额（元）", "签字"]);
    const wangying = v.findIndex((r) => r[1] === "王营");
    expect(v.slice(wangying, wangying + 5)).toEqual([
      [1, "王营", "达标", "党委书记", null, 6000, null],
      [null, null, null, "乡镇长", null, 6000, null],
      [null, null, null, "分管领导", null, 4000, null],
      [null, null, null, "计生专干", null, 4000, null],
      [null, "王营 小计", null, null, null, 20000, null],
    ]);
    const total = (label: string) => v.find((r) => r[1] === label)![5];
    expect(total("奖励合计")).toBe(result.summary.rewards);
    expect(total("罚款合计")).toBe(result.summary.fines);
    expect(total("总计")).toBe(result.summary.rewards + result.summary.fines);
    const perPerson = v
      .filter((r) => typeof r[3] === "string" && r[3] !== "职务")
      .reduce((sum, r) => sum + (r[5] as number), 0);
    expect(perPerson).toBe(result.summary.rewards + result.summary.fines);
    expect(v[v.length - 1]).toEqual([
      "未列入（金额为 0 或无金额）：待验收 1 个、一票否决 1 个、取消资格 1 个、无目标 1 个、数据有误 3 个",
    ]);
    expect(sheet.cells[h + 1].every((c) => c.border)).toBe(true);
  });
});

describe("names of the responsible persons", () => {
  const head: CellValue[] = HEADER.concat(["党委书记姓名", "镇长", "分管领导（姓名）", "计生办主任", "备注"]);
  const grid: CellValue[][] = [
    head,
    row({ township: "甲" }).concat(["张三", "李四", "王五", "赵六", null]),
    row({ township: "乙", prior: "二类" }).concat(["钱七", null, " ", "孙八", "x"]),
  ];

  test("are recognised in the header and written beside each role; blanks stay blank", () => {
    const input = classified({ name: "考核", values: grid });
    const result = classifiedRun(input, rules, { lang: "zh" }, "doc.payments");
    expect(personColumns(input, result, rules).columns).toEqual([14, 15, 16, 17]);
    const v = values(paymentSheet(input, result, rules, "zh"));
    expect(v.filter((r) => typeof r[4] === "string" && r[4] !== "姓名").map((r) => [r[3], r[4]])).toEqual([
      ["党委书记", "张三"],
      ["乡镇长", "李四"],
      ["分管领导", "王五"],
      ["计生专干", "赵六"],
      ["党委书记", "钱七"],
      ["计生专干", "孙八"],
    ]);
  });

  test("never the result columns (党委书记 … hold shares), in either language, nor a sheet without names", () => {
    for (const lang of ["zh", "en"] as Lang[]) {
      const input = classified({ name: "考核", values: [HEADER.slice(), row()] }, lang);
      const result = classifySheet(input, rules, { lang });
      expect(personColumns(input, result, rules).columns).toEqual([null, null, null, null]);
    }
  });

  test("English headers need the word name", () => {
    const en: SheetInput = {
      name: "s",
      values: [
        HEADER.concat(["Party secretary name", "Head", "Deputy in charge name"]),
        row().concat(["Zhang", "Li", "Wang"]),
      ],
    };
    const input = classified(en);
    expect(personColumns(input, classifySheet(input, rules, { lang: "en" }), rules).columns).toEqual([
      14,
      null,
      16,
      null,
    ]);
  });
});

test("分类汇总 lists the document sheets the workbook holds, at its end; without them nothing changes", () => {
  const result = classifySheet(sampleWorkbook().sheet, rules, { lang: "zh" });
  const at = new Date(2015, 0, 10);
  const plain = summarySheet(result, rules, "zh", at);
  const listed = summarySheet(result, rules, "zh", at, ["抽样名单", "公示"]);
  expect(summarySheet(result, rules, "zh", at, [])).toEqual(plain);
  expect(listed.cells.slice(0, plain.cells.length)).toEqual(plain.cells);
  expect(values(listed).slice(plain.cells.length)).toEqual([[], ["已生成的文书"], ["抽样名单"], ["公示"]]);
  expect(listed.chart).toEqual(plain.chart);
});
