#!/usr/bin/env node
// Writes samples/district-sample.xlsx: a cover sheet, then the core's sample district (banner merged, widths set).
// Uses the compiled build (run `npm run build:cli` first), so it works with plain node after `npm install`.
"use strict";
const fs = require("fs");
const path = require("path");
const { sampleWorkbook } = require("../build/core");
const { createWorkbook } = require("../build/xlsx");

const COVER = [
  ["2014年度乡镇人口和计划生育进位争先考核"],
  ["区人口和计划生育委员会"],
  [null],
  ["本工作簿第二张工作表为各乡镇考核数据。"],
  ["运行 township-tiers classify 后，结果写在数据右侧，并生成“规则”和“分类汇总”工作表。"],
];

function main() {
  const sample = sampleWorkbook();
  const bytes = createWorkbook([
    { name: "封面", values: COVER, columnWidths: [80] },
    { name: sample.sheet.name, values: sample.sheet.values, formats: sample.sheet.formats, merges: sample.merges, columnWidths: sample.columnWidths },
  ]);
  const out = path.join(__dirname, "..", "samples", "district-sample.xlsx");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  process.stdout.write(`${path.relative(process.cwd(), out)}\n`);
}

main();
