// SPEC §6 header row rules and brief §1: banners, traditional/English/unit-suffixed headers, whole matches.

import { classifySheet, defaultRules, findHeaderRow, SheetError } from "../../src/core";
import type { CellValue } from "../../src/core";
import { HEADER, TIER1 } from "./grid";

const rules = defaultRules();

describe("findHeaderRow", () => {
  test("below a merged title banner and a subtitle", () => {
    const values: CellValue[][] = [["2014年度考核表", null, null], ["填报单位：区人口计生委"], HEADER, TIER1];
    expect(findHeaderRow({ name: "s", values })).toBe(3);
  });

  test("counts from the input origin", () => {
    expect(findHeaderRow({ name: "s", values: [[], HEADER], origin: { row: 5, col: 2 } })).toBe(6);
  });

  test("a row with only 2 known headers is not the header row", () => {
    expect(findHeaderRow({ name: "s", values: [["乡镇", "计划生育率", "备注"]] })).toBeNull();
  });

  test("only the first 20 rows are searched (a cover block above the table is common)", () => {
    const values: CellValue[][] = [];
    for (let i = 0; i < 19; i++) values.push(["标题"]);
    values.push(HEADER);
    expect(findHeaderRow({ name: "s", values })).toBe(20);
    values.unshift(["附件2"]);
    expect(findHeaderRow({ name: "s", values })).toBeNull();
  });

  test("no header row → SheetError in the run's language", () => {
    const input = { name: "Sheet1", values: [["a", "b"], [1, 2]] };
    expect(() => classifySheet(input, rules, { lang: "zh" })).toThrow(new SheetError("no-header", "工作表“Sheet1”前 20 行中找不到表头（至少 3 个可识别的列名）", "Sheet1"));
    expect(() => classifySheet(input, rules, { lang: "en" })).toThrow('No header found in the first 20 rows of sheet "Sheet1" (at least 3 known column names)');
  });
});

function columnsOf(header: CellValue[]) {
  return classifySheet({ name: "s", values: [header] }, rules, { lang: "zh" }).columns;
}

describe("header text matching", () => {
  test("traditional, unit-suffixed, line-broken and full-width-spaced headers", () => {
    const header = ["鄉鎮", "計劃生育率(%)", "期內綜合避孕率\n（%）", "出生人口性別比（:100）", "人均計劃生育事業費（元/人）", "優質服務率（‰）", "群　眾　滿　意　率", "獨生子女獎勵金兌現率 %", "上年類別", "進位目標", "市級驗收", "一票否決", "弄虛作假"];
    expect(columnsOf(header)).toEqual({ township: 1, plannedBirthRate: 2, contraceptiveRate: 3, sexRatio: 4, fundingPerCapita: 5, qualityServiceRate: 6, satisfactionRate: 7, rewardPaymentRate: 8, priorTier: 9, targetTier: 10, verified: 11, veto: 12, falsified: 13 });
  });

  test("issues name the column as the sheet has it, line breaks as spaces", () => {
    const header = HEADER.map((h) => (h === "期内综合避孕率" ? "期內綜合避孕率\n（%）" : h));
    const r = classifySheet({ name: "s", values: [header, TIER1.map((v, c) => (c === 2 ? "abc" : v))] }, rules, { lang: "en" });
    expect(r.rows[0].reasons).toEqual(['C2: 期內綜合避孕率 （%） "abc" is not a number']);
  });

  test("English headers, any case", () => {
    const header = ["Township", "PLANNED BIRTH RATE", "Contraceptive rate (%)", "Sex ratio", "Funding per capita (yuan)", "Quality service rate", "Satisfaction rate", "Reward payment rate", "Prior tier", "Target tier", "Verified", "Veto", "Falsified", "Year"];
    expect(Object.keys(columnsOf(header)).length).toBe(14);
  });

  test("office short forms", () => {
    const header = ["单位", "计生率", "综合避孕率", "性别比", "事业费", "优质服务率", "满意度", "兑现率", "原类别", "进位目标", "验收"];
    expect(columnsOf(header)).toEqual({ township: 1, plannedBirthRate: 2, contraceptiveRate: 3, sexRatio: 4, fundingPerCapita: 5, qualityServiceRate: 6, satisfactionRate: 7, rewardPaymentRate: 8, priorTier: 9, targetTier: 10, verified: 11 });
  });

  test("whole headers only: 达到类别 is not 上年类别, 序号 and 备注 are not fields", () => {
    const header = ["序号", ...HEADER, "备注", "达到类别"];
    const cols = columnsOf(header);
    expect(cols.township).toBe(2);
    expect(Object.keys(cols).length).toBe(13);
  });

  test("a duplicate header: the first wins and a notice says so", () => {
    const header = [...HEADER, "計劃生育率"];
    const row = [...TIER1, "abc"];
    const r = classifySheet({ name: "s", values: [header, row] }, rules, { lang: "zh" });
    expect(r.columns.plannedBirthRate).toBe(2);
    expect(r.rows[0].status).toBe("met");
    expect(r.notices).toEqual(["N1：計劃生育率 与 B1 重复，使用 B1"]);
  });

  test("a rules label that was renamed still finds its column", () => {
    const custom = defaultRules();
    custom.indicators[0].label = "计生合格率";
    const header = HEADER.map((h) => (h === "计划生育率" ? "计生合格率" : h));
    expect(classifySheet({ name: "s", values: [header] }, custom, { lang: "zh" }).columns.plannedBirthRate).toBe(2);
  });

  test("a missing indicator column stops the run with the column named", () => {
    const header = HEADER.filter((h) => h !== "出生人口性别比");
    expect(() => classifySheet({ name: "表1", values: [header] }, rules, { lang: "zh" })).toThrow("工作表“表1”缺少必需的列：出生人口性别比");
    expect(() => classifySheet({ name: "表1", values: [header.slice(1)] }, rules, { lang: "en" })).toThrow('Sheet "表1" lacks required columns: Township, 出生人口性别比');
  });
});
