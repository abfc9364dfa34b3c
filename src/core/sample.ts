// The deterministic sample district (the seed's 22 townships, 2014 targets). It exercises every
// status, the cell forms of SPEC §6, a banner above the header, a totals row and three bad cells.

import { a1 } from "./text";
import type { CellValue, OutCell, OutputBlock, SheetInput } from "./types";

const HEADERS = [
  "序号",
  "乡镇(单位)",
  "計劃生育率(%)",
  "期内综合避孕率（%）",
  "出生人口性別比",
  "人均计划生育事业费（元）",
  "優質服務率",
  "群众满意率",
  "独生子女奖励金兑现率",
  "上年类别",
  "目标类别",
  "市级验收",
  "一票否决",
  "弄虚作假",
  "备注",
];

type Row = [
  string,
  CellValue,
  CellValue,
  CellValue,
  number,
  number,
  number,
  CellValue,
  string,
  CellValue,
  CellValue,
  CellValue,
  CellValue,
  string,
];

// township, 计划生育率, 避孕率, 性别比, 事业费, 优质服务率 (a fraction, 0.0% format), 满意率, 兑现率,
// 上年类别, 目标类别, 市级验收, 一票否决, 弄虚作假, 备注 — the comment at the end is the expected status.
const ROWS: Row[] = [
  ["王营", 99.2, 91.5, 108.3, 9.6, 0.952, 95.1, 97, "一类", "保持一类", "是", "否", "否", ""], // met
  ["丁集", 98.6, 90.4, 109.1, 8.5, 0.931, 92.6, 95.5, "一类", "保持一类", "否", "否", "否", "市级验收未完成"], // pending
  ["吴城", 97.4, 90.8, 110.2, 8.2, 0.915, 93, 94.2, "一类", "保持一类", "是", "否", "否", ""], // dropped
  ["袁集", 99, 92.1, 107.9, 10.3, 0.962, 96.4, 98.1, "一类", "保持一类", "是", "是", "否", "发生一票否决事项"], // vetoed
  ["吴集", "98.5%", 90, 110, 8, 0.9, 90, 90, "一類", "保持一類", "是", "否", "否", ""], // met, on the bounds
  ["码头", 98.3, 91, 109.5, 9, 0.94, 94, 96, "一类", "保持一类", "是", "否", "是", "统计数据弄虚作假"], // disqualified
  ["韩桥", 98.1, "待核实", 108.8, 8.7, 0.93, 91.5, 93.4, "一类", "保持一类", "是", "否", "否", "避孕率待核实"], // invalid
  ["徐溜", 98.8, 90.9, "１１０．５", 8.8, 0.945, 92.2, 94.6, "一类", "保持一类", "Y", "N", "N", ""], // met
  ["三树", 99.5, 93.3, "108:100", 11.2, 0.971, 97.3, 99, "一类", "保持一类", "√", "×", "×", ""], // met
  ["开发区", 96.1, 85.2, 115, 7.5, 0.85, 88, 89, "一类", "保持一类", "是", "否", "否", ""], // dropped
  ["刘老庄", 98.2, 90.3, 110.8, 8.1, 0.925, 91.2, 92, "二类", "二类进一类", "是", "否", "否", ""], // met
  ["五里", 96.5, 88.2, 112.4, 8.3, 0.91, 91, 93, "二类", "二类进一类", "是", "否", "否", ""], // failed
  ["棉花庄", 94.2, 85.2, 113, 8, 0.9, 90.5, 91, "二类", "二类进一类", "是", "否", "否", ""], // dropped
  ["渔沟", "#N/A", 90.6, 109.9, 8.4, 0.92, 92, 93, "二类", "二类进一类", "是", "否", "否", "报表公式出错"], // invalid
  ["赵集", 98, 90, 111, 8, 0.9, 90, 90, "二类", "二类进一类", "是", "否", "否", ""], // met, on the bounds
  ["老张集", 97.9, 89.1, 113.8, 8.6, 0.93, 92.4, 94, "二类", "二类进一类", "是", "否", "否", ""], // failed
  ["古寨", 98.4, 90.2, 109, 8.9, 0.94, 93, 95, "二类", null, "是", "否", "否", "新设单位，未定目标"], // no-target
  ["西宋集", 98.9, 91.8, 108.1, 9.9, 0.955, 94.7, 96.2, "三类", "进二类", "是", "否", "否", ""], // ahead
  ["凌桥", 98.3, 90.5, 109.6, 8.5, 0.93, 105, 92, "二类", "二类进一类", "是", "否", "否", "满意率填报有误"], // invalid
  ["南陈集", 99.1, 92.6, 109.3, 9.1, 0.948, 95.5, 97.7, "二类", "二类进一类", "是", "否", "否", ""], // met
  ["王兴", 96.8, 87.4, 112.9, 8.2, 0.912, 90.8, 91.6, "二类", "二类进一类", "是", "是", "否", ""], // failed, veto
  ["新渡", 98.7, 91.1, 110.4, 8.8, 0.936, 93.9, 95.2, "二类", "进一类", true, false, false, ""], // met
];

const TITLE = "2014年度乡镇人口和计划生育进位争先考核表";
const SUBTITLE = "填报单位：区人口和计划生育委员会　　填报日期：2015年1月10日";
const TOTALS: CellValue[] = [
  null,
  "合计",
  97.9,
  89.8,
  110.6,
  8.7,
  0.926,
  92.5,
  94.1,
  null,
  null,
  null,
  null,
  null,
  null,
];
const WIDTHS = [6, 12, 14, 18, 14, 22, 12, 12, 20, 10, 12, 10, 10, 10, 18];
const RATE_AS_FRACTION_COL = 6; // 優質服務率 holds fractions shown with a 0.0% format

function blankRow(first: CellValue): CellValue[] {
  const row: CellValue[] = [first];
  for (let c = 1; c < HEADERS.length; c++) row.push(null);
  return row;
}

export function sampleWorkbook(): { sheet: SheetInput; merges: string[]; columnWidths: number[] } {
  const values: CellValue[][] = [blankRow(TITLE), blankRow(SUBTITLE), HEADERS.slice()];
  ROWS.forEach((r, i) => values.push([i + 1, ...r.map((v) => (v === "" ? null : v))]));
  values.push(TOTALS.slice());
  const formats = values.map((row, r) =>
    row.map((_, c) => (r >= 3 && c === RATE_AS_FRACTION_COL ? "0.0%" : "General")),
  );
  return {
    sheet: { name: "2014年考核", values, formats },
    merges: ["A1:O1", "A2:O2"],
    columnWidths: WIDTHS.slice(),
  };
}

export type SampleWorkbook = ReturnType<typeof sampleWorkbook>;

/**
 * The sample sheet as a front end writes it: one block of values with their number formats, and the
 * flag cells typed as TRUE/FALSE apart (OutCell holds no booleans: they are null in the block).
 */
export function sampleCells(sample: SampleWorkbook): { block: OutputBlock; flags: { cell: string; value: boolean }[] } {
  const origin = sample.sheet.origin || { row: 1, col: 1 };
  const flags: { cell: string; value: boolean }[] = [];
  const cells: OutCell[][] = sample.sheet.values.map((row, r) =>
    row.map((v, c) => {
      if (typeof v === "boolean") {
        flags.push({ cell: a1(origin.row + r, origin.col + c), value: v });
        return { value: null };
      }
      const fmt = sample.sheet.formats?.[r]?.[c];
      return fmt && fmt !== "General" ? { value: v, numFmt: fmt } : { value: v };
    }),
  );
  return { block: { firstRow: origin.row, firstCol: origin.col, cells }, flags };
}

/** "2014年考核", "2014年考核 (2)", … the first name not taken (sheet names compare case-insensitively). */
export function sampleSheetName(base: string, taken: string[]): string {
  const lower = taken.map((n) => n.toLowerCase());
  let name = base;
  for (let i = 2; lower.indexOf(name.toLowerCase()) >= 0; i++) name = `${base} (${i})`;
  return name;
}
