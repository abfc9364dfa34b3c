// Widths, wrapped reasons, row heights and page setup written into the classified sheet; a page setup
// of the user's own left alone; worksheet children kept in schema order; a re-run identical.
import { readFileSync } from "fs";
import { strFromU8 } from "fflate";
import {
  classifySheet,
  defaultRules,
  pageFooter,
  resultLayout,
  resultPageSetup,
  sampleWorkbook,
  summarySheet,
} from "../../src/core";
import { sampleXlsx } from "../../src/cli/sample";
import { openWorkbook, patchWorkbook } from "../../src/xlsx";
import { topChildren } from "../../src/xlsx/sheet-layout";
import { unzipParts } from "../fixtures/zip";

const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The CLI's patch, without files: classify `sheet` and write results, layout and 分类汇总. */
function classify(bytes: Uint8Array, sheet: string, lang: "zh" | "en" = "zh"): Uint8Array {
  const result = classifySheet(openWorkbook(bytes).readSheet(sheet), defaultRules(), { lang });
  const layout = {
    ...resultLayout(result.output),
    page: resultPageSetup(result, lang),
    productFooters: [pageFooter("zh"), pageFooter("en")],
  };
  const summary = summarySheet(result, defaultRules(), lang, new Date(2015, 0, 10, 9, 30));
  return patchWorkbook(bytes, { sheet, blocks: [result.output], sheets: [summary], layout });
}

function part(bytes: Uint8Array, path: string): string {
  return strFromU8(unzipParts(bytes)[path]);
}

function children(sheetXml: string): string[] {
  const body = sheetXml.slice(
    sheetXml.indexOf(">", sheetXml.indexOf("<worksheet")) + 1,
    sheetXml.lastIndexOf("</worksheet>"),
  );
  return topChildren(body).map((c) => c.name);
}

function expectSchemaOrder(sheetXml: string): void {
  const names = children(sheetXml);
  const ranks = names.map((n) => ORDER.indexOf(n));
  expect(ranks.every((r) => r >= 0)).toBe(true);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
}

/** The sample with the classified sheet's part edited. */
function withSheetEdit(edit: (xml: string) => string, bookEdit: (xml: string) => string = (x) => x): Uint8Array {
  const parts = unzipParts(sampleXlsx());
  const { zipSync, strToU8 } = require("fflate") as typeof import("fflate");
  parts["xl/worksheets/sheet2.xml"] = strToU8(edit(strFromU8(parts["xl/worksheets/sheet2.xml"])));
  parts["xl/workbook.xml"] = strToU8(bookEdit(strFromU8(parts["xl/workbook.xml"])));
  return zipSync(parts);
}

const SHEET = sampleWorkbook().sheet.name;

describe("the classified sample", () => {
  const out = classify(sampleXlsx(), SHEET);
  const xml = part(out, "xl/worksheets/sheet2.xml");

  test("result columns get their widths; the input columns keep theirs", () => {
    const cols = Array.from(xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g), (m) => [
      Number(m[1]),
      Number(m[3]),
    ]);
    expect(cols.slice(0, 15).map((c) => c[1])).toEqual(sampleWorkbook().columnWidths);
    expect(cols.slice(15)).toEqual([
      [16, 10],
      [17, 10],
      [18, 10],
      [19, 10],
      [20, 8],
      [21, 10],
      [22, 10],
      [23, 48],
    ]);
  });

  test("reasons wrap, and rows with long reasons are raised", () => {
    const styles = part(out, "xl/styles.xml");
    const xfs = Array.from(
      /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
      (m) => m[0],
    );
    const w6 = /<c r="W6" s="(\d+)"/.exec(xml)!; // 吴城: dropped, with reasons
    expect(xfs[Number(w6[1])]).toContain('wrapText="1"');
    const p6 = /<c r="P6" s="(\d+)"/.exec(xml)!;
    expect(xfs[Number(p6[1])]).not.toContain("wrapText");
    expect(xml).toMatch(/<row r="13"[^>]* ht="\d+" customHeight="1">/); // 开发区: five failed bounds
  });

  test("landscape A4, one page wide, the footer, print titles over the header row; children in schema order", () => {
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain(
      "<headerFooter><oddFooter>&amp;C&amp;A　第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>",
    );
    expect(part(out, "xl/workbook.xml")).toContain(
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'${SHEET}'!$3:$3</definedName></definedNames></workbook>`,
    );
    expectSchemaOrder(xml);
  });

  test("分类汇总: one landscape page, the chart's bars in the tier colours with their counts", () => {
    const summary = part(out, "xl/worksheets/sheet3.xml");
    expect(summary).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>');
    expectSchemaOrder(summary);
    const chart = part(out, "xl/charts/chart1.xml");
    const fills = Array.from(
      chart.matchAll(/<c:dPt><c:idx val="(\d)"\/>.*?<a:solidFill><a:srgbClr val="(\w+)"/g),
      (m) => [m[1], m[2]],
    );
    expect(fills).toEqual([
      ["0", "C6EFCE"],
      ["1", "FFEB9C"],
      ["2", "FFC7CE"],
    ]);
    expect(chart).toMatch(/<c:ser><c:idx val="0"\/><c:order val="0"\/><c:spPr><a:solidFill>/); // a fill of its own
    expect(chart).toContain('<c:showVal val="1"/>');
  });

  test("a re-run gives the identical sheet, styles and workbook", () => {
    const again = classify(out, SHEET);
    for (const path of ["xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/workbook.xml"])
      expect(part(again, path)).toBe(part(out, path));
  });

  test("a re-run in the other language rewrites our footer (it is ours, not the user's)", () => {
    const en = part(classify(out, SHEET, "en"), "xl/worksheets/sheet2.xml");
    expect(en).toContain("<oddFooter>&amp;C&amp;A  page &amp;P of &amp;N</oddFooter>");
  });
});

describe("a page setup of the user's own is left alone", () => {
  test.each([
    [
      "landscape",
      (x: string) =>
        x
          .replace("<pageMargins", "<pageMargins")
          .replace(/(<pageMargins[^>]*\/>)/, '$1<pageSetup orientation="landscape"/>'),
    ],
    ["a scale", (x: string) => x.replace(/(<pageMargins[^>]*\/>)/, '$1<pageSetup paperSize="9" scale="80"/>')],
    ["A3 paper", (x: string) => x.replace(/(<pageMargins[^>]*\/>)/, '$1<pageSetup paperSize="8"/>')],
    [
      "fit to page",
      (x: string) => x.replace("<dimension", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension'),
    ],
    [
      "a header",
      (x: string) =>
        x.replace(/(<pageMargins[^>]*\/>)/, "$1<headerFooter><oddHeader>&amp;C考核表</oddHeader></headerFooter>"),
    ],
    ["printed gridlines", (x: string) => x.replace(/(<pageMargins)/, '<printOptions gridLines="1"/>$1')],
  ])("%s", (_what, edit) => {
    const input = withSheetEdit(edit);
    const before = part(input, "xl/worksheets/sheet2.xml");
    const xml = part(classify(input, SHEET), "xl/worksheets/sheet2.xml");
    const tail = (s: string) => s.slice(s.indexOf("</sheetData>"));
    expect(tail(xml)).toBe(tail(before));
    expect(xml.slice(0, xml.indexOf("<dimension"))).toBe(before.slice(0, before.indexOf("<dimension")));
  });

  test("a print area (a defined name of the sheet)", () => {
    const input = withSheetEdit(
      (x) => x,
      (b) =>
        b.replace(
          "</sheets>",
          `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">'${SHEET}'!$A$1:$O$26</definedName></definedNames>`,
        ),
    );
    const out = classify(input, SHEET);
    expect(part(out, "xl/worksheets/sheet2.xml")).not.toContain("<pageSetup");
    expect(part(out, "xl/workbook.xml")).not.toContain("Print_Titles");
  });

  test("Excel's default <pageSetup> is not the user's: replaced, keeping its printer settings r:id", () => {
    const input = withSheetEdit((x) =>
      x.replace(/(<pageMargins[^>]*\/>)/, '$1<pageSetup paperSize="9" orientation="portrait" r:id="rId9"/>'),
    );
    const xml = part(classify(input, SHEET), "xl/worksheets/sheet2.xml");
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" r:id="rId9" fitToWidth="1" fitToHeight="0"/>',
    );
  });

  test("the openpyxl fixture (landscape, a header, legacy drawing): untouched page setup, children in order", () => {
    const fixture = readFileSync("/work/shared/fixtures/district-with-chart.xlsx");
    const before = part(fixture, "xl/worksheets/sheet2.xml");
    const out = classify(fixture, "2015年考核");
    const xml = part(out, "xl/worksheets/sheet2.xml");
    expect(xml.slice(xml.indexOf("<mergeCells"))).toBe(before.slice(before.indexOf("<mergeCells")));
    expect(xml).toMatch(
      /<cols><col width="14" customWidth="1" min="2" max="2" \/><col width="30" customWidth="1" min="15" max="15" \/><col min="16" max="16" width="\d+" customWidth="1"\/>/,
    );
    expectSchemaOrder(xml);
  });
});

describe("<cols> ranges over result columns are split", () => {
  test("a styled range keeps its style on both sides and on the result columns", () => {
    const input = withSheetEdit((x) =>
      x.replace(/<cols>[\s\S]*?<\/cols>/, '<cols><col min="1" max="30" width="12" style="0" customWidth="1"/></cols>'),
    );
    const xml = part(classify(input, SHEET), "xl/worksheets/sheet2.xml");
    const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml)![1];
    expect(
      cols.startsWith(
        '<col min="1" max="15" width="12" style="0" customWidth="1"/><col min="16" max="16" width="10" style="0" customWidth="1"/>',
      ),
    ).toBe(true);
    expect(
      cols.endsWith(
        '<col min="23" max="23" width="48" style="0" customWidth="1"/><col min="24" max="30" width="12" style="0" customWidth="1"/>',
      ),
    ).toBe(true);
  });
});
