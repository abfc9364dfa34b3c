// The sample district as an .xlsx: a cover sheet first (so the default-sheet logic has to look past it),
// then the core's sample sheet with its merged banner and column widths.
import { sampleWorkbook } from "../core";
import { createWorkbook } from "../xlsx";

const COVER = [
  ["2014年度乡镇人口和计划生育进位争先考核"],
  ["区人口和计划生育委员会"],
  [null],
  ["本工作簿第二张工作表为各乡镇考核数据。"],
  ["运行 township-tiers classify 后，结果写在数据右侧，并生成“规则”和“分类汇总”工作表。"],
];

export function sampleXlsx(): Uint8Array {
  const sample = sampleWorkbook();
  return createWorkbook([
    { name: "封面", values: COVER, columnWidths: [80] },
    {
      name: sample.sheet.name,
      values: sample.sheet.values,
      formats: sample.sheet.formats,
      merges: sample.merges,
      columnWidths: sample.columnWidths,
    },
  ]);
}
