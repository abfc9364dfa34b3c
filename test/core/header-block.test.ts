// Issue 13 parts 1–3: header blocks of one to three rows, a units row, the header rule, naming a column by hand.

import {
  classifySheet,
  defaultRules,
  findHeaderRow,
  mergeRules,
  readRulesSheet,
  rulesSheet,
  SheetError,
} from "../../src/core";
import type { CellValue, Rules } from "../../src/core";
import { ruleText } from "../../src/core/headers";
import { HEADER, TIER1, row } from "./grid";

const rules = defaultRules();
const N = null;

function classify(values: CellValue[][], r: Rules = rules, lang: "zh" | "en" = "zh") {
  return classifySheet({ name: "表1", values }, r, { lang });
}

// An official table: title, 填报单位, a two-row header (考核指标 merged across the indicators; 序号,
// 乡镇（单位）, 上年类别, 进位目标 and 市级验收 merged down), a units row, 片区 groups with 小计, 合计, signatures.
//                     A       B        C            D            E              F               G            H             I                J                 K           L           M
const TITLE: CellValue[] = ["2024年度乡镇人口和计划生育工作分类考核表", N, N, N, N, N, N, N, N, N, N, N, N];
const FILLER: CellValue[] = ["填报单位：××区人口计生局", N, N, N, N, N, N, N, N, N, "日期：2025年1月10日", N, N];
const GROUP: CellValue[] = [
  "序号",
  "片区",
  "乡镇（单位）",
  "考核指标",
  N,
  N,
  N,
  N,
  N,
  N,
  "上年类别",
  "进位目标",
  "市级验收",
];
const NAMES: CellValue[] = [
  N,
  N,
  N,
  "政策生育率",
  "期内综合避孕率",
  "性别比（女=100）",
  "人均计生事业费",
  "优质服务率",
  "群众满意率",
  "独生子女奖励金兑现率",
  N,
  N,
  N,
];
const UNITS: CellValue[] = [N, N, N, "%", "%", "女=100", "元/人", "%", "%", "%", N, N, N];

function township(
  no: number,
  area: CellValue,
  name: string,
  changes: Partial<Record<string, CellValue>> = {},
): CellValue[] {
  const base = row({ township: name, ...changes });
  // row(): [township, 7 indicators, prior, target, verified, veto, falsified]
  return [no, area, base[0], ...base.slice(1, 8), base[8], base[9], base[10]];
}

const OFFICIAL: CellValue[][] = [
  TITLE,
  FILLER,
  GROUP,
  NAMES,
  UNITS,
  township(1, "东片", "王营"),
  township(2, N, "丁集", { contraceptive: 88 }),
  ["东片小计", N, N, 98, 89, 111, 8, 90, 90, 90, N, N, N],
  township(3, "西片", "李集", { sexRatio: 115 }),
  [N, "小计", N, 98, 86, 115, 8, 90, 90, 90, N, N, N],
  ["合计", N, N, 98, 88, 112, 8, 90, 90, 90, N, N, N],
  [],
  ["审核人：张三", N, N, N, "填表人：李四", N, N, N, N, N, "日期：2025年1月10日", N, N],
  ["注：政策生育率按符合政策生育数计算。", N, N, N, N, N, N, N, N, N, N, N, N],
];

describe("a two-row merged header with a units row", () => {
  const r = classify(OFFICIAL);

  test("the block is read as one header; the units row is skipped; data start under it", () => {
    expect(r.headerRow).toBe(3);
    expect(r.headerRows).toBe(2);
    expect(r.unitsRow).toBe(5);
    expect(r.columns).toEqual({
      township: 3,
      plannedBirthRate: 4,
      contraceptiveRate: 5,
      sexRatio: 6,
      fundingPerCapita: 7,
      qualityServiceRate: 8,
      satisfactionRate: 9,
      rewardPaymentRate: 10,
      priorTier: 11,
      targetTier: 12,
      verified: 13,
    });
    expect(r.rows.map((x) => [x.row, x.township, x.tier])).toEqual([
      [6, "王营", 1],
      [7, "丁集", 2],
      [9, "李集", 3],
    ]);
    expect(r.summary.rows).toBe(3);
  });

  test("units, 小计 (in the 序号 or 片区 column), 合计 and signature lines are listed, in sheet order", () => {
    expect(r.skipped).toEqual([
      { row: 5, reason: "计量单位行，不参与分类" },
      { row: 8, reason: '合计行（"东片小计"），不参与分类' },
      { row: 10, reason: '合计行（"小计"），不参与分类' },
      { row: 11, reason: '合计行（"合计"），不参与分类' },
      { row: 13, reason: "说明行，不参与分类" },
      { row: 14, reason: "说明行，不参与分类" },
    ]);
  });

  test("headers taken by the rule are said, by cell; names on the list are not", () => {
    expect(r.notices).toEqual([]); // 政策生育率, 性别比（女=100）, 人均计生事业费 are on the list
    const rule = classify([
      GROUP,
      NAMES.map((v, c) => (c === 3 ? "2024年政策生育率（一类≥98%）" : v)),
      township(1, N, "王营"),
    ]);
    expect(rule.notices).toEqual(["D2“2024年政策生育率（一类≥98%）”按表头规则识别为计划生育率"]);
    expect(rule.columns.plannedBirthRate).toBe(4);
  });

  test("result headers go in the block's first row; the other block rows and the units row stay empty", () => {
    const out = r.output;
    expect(out.firstRow).toBe(3);
    expect(out.firstCol).toBe(14);
    expect(out.cells[0][0].value).toBe("达到类别");
    expect(out.cells[1].every((c) => c.value === null)).toBe(true);
    expect(out.cells[2].every((c) => c.value === null)).toBe(true);
    expect(out.cells[3][0].value).toBe("一类");
    expect(out.cells.length).toBe(OFFICIAL.length - 2);
  });

  test("a re-run on its own output finds the same block and writes the same cells", () => {
    const values = OFFICIAL.map((line) => line.slice());
    const out = r.output;
    out.cells.forEach((cells, i) =>
      cells.forEach((c, j) => {
        const line = values[out.firstRow - 1 + i] || (values[out.firstRow - 1 + i] = []);
        line[out.firstCol - 1 + j] = c.value;
      }),
    );
    const again = classify(values);
    expect([again.headerRow, again.headerRows, again.unitsRow]).toEqual([3, 2, 5]);
    expect(again.output.firstCol).toBe(14);
    expect(again.output.cells.map((x) => x.map((c) => c.value))).toEqual(out.cells.map((x) => x.map((c) => c.value)));
  });
});

test("a three-row header: 考核指标 over groups over names", () => {
  const top: CellValue[] = ["乡镇", "考核指标", N, N, N, N, N, N, "上年类别", "目标类别"];
  const groups: CellValue[] = [N, "人口计生指标", N, N, "服务管理指标", N, N, N, N, N];
  const names: CellValue[] = [N, ...HEADER.slice(1, 8), N, N];
  const r = classify([["标题"], top, groups, names, TIER1.slice(0, 10)]);
  expect([r.headerRow, r.headerRows, r.unitsRow]).toEqual([2, 3, null]);
  expect(r.rows.map((x) => [x.row, x.tier, x.status])).toEqual([[5, 1, "met"]]);
});

test("a one-row header is still one row, whatever the first data row holds", () => {
  const gaps = TIER1.map((v, c) => (c >= 8 ? N : v)); // blank prior/target/flags: header names show through them
  const r = classify([HEADER, gaps, TIER1]);
  expect([r.headerRow, r.headerRows, r.unitsRow]).toEqual([1, 1, null]);
  expect(r.rows.length).toBe(2);
});

test("a header starting in column B below a cover block", () => {
  const cover: CellValue[][] = [
    ["附件2"],
    [],
    ["××区2024年度乡镇分类考核表"],
    ["说明：1. 本表由各乡镇填报。"],
    ["2. 指标口径见考核办法。"],
    [],
  ];
  const r = classify([...cover, [N, ...HEADER], [N, ...TIER1]]);
  expect(r.headerRow).toBe(7);
  expect(r.columns.township).toBe(2);
  expect(r.rows[0]).toMatchObject({ row: 8, tier: 1 });
});

function columnsOf(header: CellValue[]) {
  return classify([header]);
}

describe("the header rule", () => {
  test("what it sets aside: brackets, bounds, numbering, a leading year, units", () => {
    expect(ruleText("计划生育率(一类≥98%)")).toBe("计划生育率");
    expect(ruleText("1、计划生育率≥98%")).toBe("计划生育率");
    expect(ruleText("2024年度 出生人口性别比 【女=100】")).toBe("出生人口性别比");
    expect(ruleText("人均计生经费 元/人")).toBe("人均计生经费");
  });

  test("key terms take a header no list has, and the run says so", () => {
    const header = [
      "乡镇",
      "符合政策生育率（%）",
      "期内综合节育率",
      "出生性别比(女=100)",
      "人均计生经费投入",
      "优质服务达标率",
      "群众满意程度",
      "奖励金兑现情况",
      "上年度考核类别",
      "2024年进位争先目标",
      "市级验收确认情况",
    ];
    const r = columnsOf(header);
    expect(r.columns).toEqual({
      township: 1,
      plannedBirthRate: 2,
      contraceptiveRate: 3,
      sexRatio: 4,
      fundingPerCapita: 5,
      qualityServiceRate: 6,
      satisfactionRate: 7,
      rewardPaymentRate: 8,
      priorTier: 9,
      targetTier: 10,
      verified: 11,
    });
    expect(r.notices).toEqual([
      "C1“期内综合节育率”按表头规则识别为期内综合避孕率",
      "E1“人均计生经费投入”按表头规则识别为人均计划生育事业费",
      "F1“优质服务达标率”按表头规则识别为优质服务率",
      "G1“群众满意程度”按表头规则识别为群众满意率",
      "H1“奖励金兑现情况”按表头规则识别为独生子女奖励金兑现率",
      "I1“上年度考核类别”按表头规则识别为上年类别",
      "J1“2024年进位争先目标”按表头规则识别为进位目标",
      "K1“市级验收确认情况”按表头规则识别为市级验收",
    ]);
  });

  test("never one indicator for another: scores, last year's figures, targets and 政策外生育率 are not taken", () => {
    const extras = [
      "计划生育率得分",
      "上年计划生育率",
      "政策外生育率",
      "满意率目标",
      "避孕率排名",
      "性别比差距",
      "计生事业费任务",
    ];
    const r = classify([[...HEADER, ...extras], TIER1]);
    expect(r.columns).toEqual(columnsOf(HEADER).columns);
    expect(r.notices).toEqual([]);
    const withoutPlanned = [HEADER[0], "政策外生育率", ...HEADER.slice(2)];
    expect(() => classify([withoutPlanned, TIER1])).toThrow(
      "工作表“表1”缺少必需的列：计划生育率；未识别的表头：B1“政策外生育率”",
    );
  });

  test("two headers the rule reads the same way: neither is guessed, both are reported", () => {
    const header = [...HEADER.slice(0, 6), "群众满意程度", "群众满意情况", ...HEADER.slice(7)];
    expect(() => classify([header, TIER1])).toThrow(
      new SheetError(
        "missing-columns",
        "工作表“表1”缺少必需的列：群众满意率；无法确定的表头：G1“群众满意程度”、H1“群众满意情况”",
        "表1",
      ),
    );
  });

  test("a header the rule reads as two indicators is reported, not taken", () => {
    const header = [...HEADER.slice(0, 5), "优质服务群众满意率", ...HEADER.slice(6)];
    expect(() => classify([header, TIER1])).toThrow(
      "工作表“表1”缺少必需的列：优质服务率；无法确定的表头：F1“优质服务群众满意率”",
    );
    const r = classify([[...HEADER, "优质服务群众满意率"], TIER1]);
    expect(r.columns.qualityServiceRate).toBe(6);
    expect(r.notices).toEqual(["N1“优质服务群众满意率”可能是优质服务率、群众满意率，无法确定，未采用"]);
  });

  test("an exact name wins over the rule for the same column", () => {
    const r = classify([[...HEADER, "人均计生经费投入"], TIER1]);
    expect(r.columns.fundingPerCapita).toBe(5);
    expect(r.notices).toEqual([]);
  });
});

describe("naming a column by hand (the 规则 sheet's 表头名称)", () => {
  const header = [...HEADER.slice(0, 1), "指标一", ...HEADER.slice(2)];

  test("without it: one message naming what is missing and the headers to pick from, in both languages", () => {
    let caught: unknown;
    try {
      classify([["说明"], header, TIER1]);
    } catch (e) {
      caught = e;
    }
    const e = caught as SheetError;
    expect(e.message).toBe("工作表“表1”缺少必需的列：计划生育率；未识别的表头：B2“指标一”");
    expect(e.columns).toEqual({
      missing: [{ key: "plannedBirthRate", name: "计划生育率" }],
      headerRow: 2,
      headers: [{ row: 2, col: 2, text: "指标一" }],
    });
    expect(() => classify([header, TIER1], rules, "en")).toThrow(
      'Sheet "表1" lacks required columns: 计划生育率; headers not recognised: B1 "指标一"',
    );
  });

  test("with it, from a rules file or from the 规则 sheet, the column is taken without a notice", () => {
    const named = mergeRules({ indicators: [{ key: "plannedBirthRate", header: "指标一" }] }, "zh");
    const r = classify([header, TIER1], named);
    expect(r.columns.plannedBirthRate).toBe(2);
    expect(r.rows[0].tier).toBe(1);
    expect(r.notices).toEqual([]);
    const sheet = rulesSheet(named, "zh");
    expect(sheet.cells[0][8].value).toBe("表头名称");
    expect(sheet.cells[1][8].value).toBe("指标一");
    const back = readRulesSheet({ name: "规则", values: sheet.cells.map((cells) => cells.map((c) => c.value)) }, "zh");
    expect(back).toEqual(named);
    expect(classify([header, TIER1], back).columns.plannedBirthRate).toBe(2);
  });

  test("a hand entry wins over a listed name of the same indicator elsewhere", () => {
    const named = mergeRules({ indicators: [{ key: "plannedBirthRate", header: "本年计生率（核定）" }] }, "zh");
    const r = classify([[...HEADER, "本年计生率（核定）"], TIER1.concat([90])], named);
    expect(r.columns.plannedBirthRate).toBe(14);
    expect(r.notices).toEqual(["B1：计划生育率 与 N1 重复，使用 N1"]);
  });

  test("a header entry that is not text is refused, naming the field", () => {
    expect(() => mergeRules({ indicators: [{ key: "sexRatio", header: 5 }] }, "en")).toThrow(
      "Invalid rules: indicators[0].header: must be non-empty text",
    );
  });
});

test("findHeaderRow finds the block's first row", () => {
  expect(findHeaderRow({ name: "s", values: [TITLE, FILLER, GROUP, NAMES, UNITS] })).toBe(3);
});
