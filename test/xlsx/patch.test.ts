import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { crc32, deflateRawSync } from "zlib";
import { strFromU8 } from "fflate";
import { OutputBlock, SheetOutput } from "../../src/core/types";
import { openWorkbook, patchWorkbook, XlsxError } from "../../src/xlsx";
import { richWorkbook, richWorkbookParts } from "../fixtures/rich-workbook";
import { buildZip, cellsOf, sectionCounts, textOf, unzipParts } from "../fixtures/zip";
import { findTool, needs } from "../support/tools";

const FIXTURE = readFileSync("/work/shared/fixtures/district-with-chart.xlsx");

const block = (firstRow: number, firstCol: number): OutputBlock => ({
  firstRow,
  firstCol,
  cells: [
    [{ value: "达到类别", bold: true }, { value: "奖惩金额", bold: true }, { value: "说明", bold: true }],
    [{ value: "一类", fill: "green" }, { value: 20000, numFmt: "#,##0" }, { value: "=1+1" }],
    [{ value: "二类", fill: "amber" }, { value: -30000, numFmt: "#,##0", fill: "red" }, { value: "@SUM(A1)" }],
    [{ value: "三类", fill: "red" }, { value: 0, numFmt: "#,##0" }, { value: null }],
  ],
});

const summary = (name = "分类汇总"): SheetOutput => ({
  name,
  cells: [[{ value: "类别", bold: true }, { value: "乡镇数", bold: true }], [{ value: "一类" }, { value: 3 }], [{ value: "二类" }, { value: 2 }], [{ value: "三类" }, { value: 1 }]],
  chart: { title: "各类别乡镇数", categories: "A2:A4", values: "B2:B4", anchor: "D2" },
  columnWidths: [10, 8],
});

/** Parts whose bytes must not change when only `sheetPath` gets result cells and sheets are added. */
function assertUntouched(before: Uint8Array, after: Uint8Array, rewritten: string[]): void {
  const a = unzipParts(before);
  const b = unzipParts(after);
  for (const [path, data] of Object.entries(a)) {
    if (rewritten.includes(path)) continue;
    expect({ path, same: Buffer.from(b[path] ?? []).equals(Buffer.from(data)) }).toEqual({ path, same: true });
  }
}

describe("patchWorkbook on the openpyxl fixture (chart, comments, VML, validation, hidden sheet)", () => {
  const out = patchWorkbook(FIXTURE, { sheet: "2015年考核", blocks: [block(2, 16)], sheets: [summary()] });
  const rewritten = ["xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];

  test("every other part is byte-identical", () => assertUntouched(FIXTURE, out, rewritten));

  test("every original cell of the classified sheet is unchanged", () => {
    const before = cellsOf(textOf(FIXTURE, "xl/worksheets/sheet2.xml"));
    const after = cellsOf(textOf(out, "xl/worksheets/sheet2.xml"));
    for (const [ref, xml] of before) expect([ref, after.get(ref)]).toEqual([ref, xml]);
    expect(after.size).toBe(before.size + 11); // 12 block cells, one of them empty and unstyled
  });

  test("the rest of <worksheet> stays in place; dimension grows", () => {
    const xml = textOf(out, "xl/worksheets/sheet2.xml");
    const tail = (s: string) => s.slice(s.indexOf("</sheetData>"));
    expect(tail(xml)).toBe(tail(textOf(FIXTURE, "xl/worksheets/sheet2.xml")));
    expect(xml).toContain('<dimension ref="A1:R10" />');
    expect(xml.indexOf("<sheetViews>")).toBeLessThan(xml.indexOf("<sheetData>"));
  });

  test("formula-looking text lands as text", () => {
    const xml = textOf(out, "xl/worksheets/sheet2.xml");
    expect(xml).toContain('<c r="R3" t="inlineStr"><is><t>=1+1</t></is></c>');
    expect(xml).not.toMatch(/<f>1\+1|<f>SUM/);
    const sheet = openWorkbook(out).readSheet("2015年考核");
    expect(sheet.values[2].slice(15)).toEqual(["一类", 20000, "=1+1"]);
    expect(sheet.values[3].slice(15)).toEqual(["二类", -30000, "@SUM(A1)"]);
    expect(sheet.formats?.[2][16]).toBe("#,##0");
  });

  test("styles: fills, bold font and xfs appended with every count right", () => {
    const styles = textOf(out, "xl/styles.xml");
    for (const [section, item] of [["fonts", "font"], ["fills", "fill"], ["cellXfs", "xf"], ["numFmts", "numFmt"]]) {
      const c = sectionCounts(styles, section, item);
      expect([section, c.count]).toEqual([section, c.items]);
    }
    expect(sectionCounts(styles, "fills", "fill").items).toBe(3 + 3);
    expect(sectionCounts(styles, "fonts", "font").items).toBe(3 + 1);
    expect(styles).toContain('<fgColor rgb="FFC6EFCE"/>');
    expect(styles).toContain('<fgColor rgb="FFFFEB9C"/>');
    expect(styles).toContain('<fgColor rgb="FFFFC7CE"/>');
  });

  test("the summary sheet is added with a chart; names, hidden state and defined names kept", () => {
    const wb = openWorkbook(out);
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([["封面", "visible"], ["2015年考核", "visible"], ["趋势图", "visible"], ["计算", "hidden"], ["分类汇总", "visible"]]);
    const workbook = textOf(out, "xl/workbook.xml");
    expect(workbook).toContain(`<definedName name="参评乡镇">'2015年考核'!$B$3:$B$10</definedName>`);
    expect(workbook).toContain('<sheet name="分类汇总" sheetId="5" r:id="rId7"/>');
    const parts = unzipParts(out);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing2.xml", "xl/worksheets/sheet5.xml"]));
    const chart = strFromU8(parts["xl/charts/chart2.xml"]);
    expect(chart).toContain("<c:f>'分类汇总'!$A$2:$A$4</c:f>");
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<a:t>各类别乡镇数</a:t>");
    const types = textOf(out, "[Content_Types].xml");
    for (const p of ["/xl/worksheets/sheet5.xml", "/xl/drawings/drawing2.xml", "/xl/charts/chart2.xml"]) expect(types).toContain(`PartName="${p}"`);
    expect(strFromU8(parts["xl/worksheets/_rels/sheet5.xml.rels"])).toContain('Target="../drawings/drawing2.xml"');
    expect(strFromU8(parts["xl/drawings/_rels/drawing2.xml.rels"])).toContain('Target="../charts/chart2.xml"');
  });

  test("a re-run gives the identical sheet and styles, and replaces the summary without growing", () => {
    const again = patchWorkbook(out, { sheet: "2015年考核", blocks: [block(2, 16)], sheets: [summary()] });
    for (const path of ["xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml", "xl/worksheets/sheet5.xml", "xl/charts/chart2.xml"]) {
      expect([path, textOf(again, path)]).toEqual([path, textOf(out, path)]);
    }
    expect(Object.keys(unzipParts(again)).sort()).toEqual(Object.keys(unzipParts(out)).sort());
  });

  needs("xmllint")("every XML part is well-formed (xmllint)", () => {
    const dir = mkdtempSync(join(tmpdir(), "tt-xml-"));
    for (const [path, data] of Object.entries(unzipParts(out))) {
      if (!/\.(xml|rels|vml)$/.test(path)) continue;
      const file = join(dir, path.replace(/[/[\]]/g, "_"));
      writeFileSync(file, data);
      expect(() => execFileSync(findTool("xmllint")!, ["--noout", file], { stdio: "pipe" })).not.toThrow();
    }
  });
});

describe("patchWorkbook on a hand-built workbook (image, pivot, table, hyperlinks, printer settings, calcChain)", () => {
  const rich = richWorkbook();
  const out = patchWorkbook(rich, { sheet: "数据", blocks: [block(1, 12)], sheets: [summary()] });

  test("every part other than the rewritten ones is byte-identical, calcChain included", () => {
    const rewritten = ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml"];
    assertUntouched(rich, out, rewritten);
    expect(unzipParts(out)["xl/calcChain.xml"]).toBeDefined();
  });

  test("original cells, hyperlinks, table part, drawing and page setup stay", () => {
    const before = textOf(rich, "xl/worksheets/sheet1.xml");
    const after = textOf(out, "xl/worksheets/sheet1.xml");
    for (const [ref, xml] of cellsOf(before)) expect([ref, cellsOf(after).get(ref)]).toEqual([ref, xml]);
    expect(after.slice(after.indexOf("</sheetData>"))).toBe(before.slice(before.indexOf("</sheetData>")));
    expect(after).toContain('<row r="3" spans="1:14">');
  });

  test("app.xml lists the new sheet title and count", () => {
    const app = textOf(out, "docProps/app.xml");
    expect(app).toContain("<vt:i4>3</vt:i4>");
    expect(app).toContain('<vt:vector size="4" baseType="lpstr"><vt:lpstr>数据</vt:lpstr><vt:lpstr>透视</vt:lpstr><vt:lpstr>分类汇总</vt:lpstr><vt:lpstr>数据!Print_Area</vt:lpstr></vt:vector>');
  });

  test("a custom number format is appended once with a fresh id", () => {
    const custom: OutputBlock = { firstRow: 2, firstCol: 13, cells: [[{ value: 1.5, numFmt: "0.000" }]] };
    const once = patchWorkbook(rich, { sheet: "数据", blocks: [custom], sheets: [] });
    const twice = patchWorkbook(once, { sheet: "数据", blocks: [custom], sheets: [] });
    const styles = textOf(twice, "xl/styles.xml");
    expect(styles).toContain('<numFmts count="2"><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="0.000"/></numFmts>');
    expect(styles).toBe(textOf(once, "xl/styles.xml"));
    expect(openWorkbook(twice).readSheet("数据").formats?.[1][12]).toBe("0.000");
  });

  test("overwriting a formula cell drops calcChain with its rel and content type", () => {
    const withFormula = richWorkbook({ formulaInResultColumn: true });
    const patched = patchWorkbook(withFormula, { sheet: "数据", blocks: [block(1, 12)], sheets: [] });
    expect(unzipParts(patched)["xl/calcChain.xml"]).toBeUndefined();
    expect(textOf(patched, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(textOf(patched, "[Content_Types].xml")).not.toContain("calcChain");
    expect(textOf(patched, "xl/worksheets/sheet1.xml")).not.toContain("K2*2");
  });

  test("clearing: a null OutCell removes the old value", () => {
    const first = patchWorkbook(rich, { sheet: "数据", blocks: [{ firstRow: 2, firstCol: 12, cells: [[{ value: "旧" }]] }], sheets: [] });
    const cleared = patchWorkbook(first, { sheet: "数据", blocks: [{ firstRow: 2, firstCol: 12, cells: [[{ value: null }]] }], sheets: [] });
    expect(openWorkbook(first).readSheet("数据").values[1][11]).toBe("旧");
    expect(openWorkbook(cleared).readSheet("数据").values[1]).toHaveLength(11);
  });

  test("new rows are inserted in order, and a sheet name is made unique and at most 31 characters", () => {
    const far: OutputBlock = { firstRow: 6, firstCol: 2, cells: [[{ value: "六" }], [{ value: "七" }]] };
    const long = "这是一个非常非常非常非常非常非常非常非常长的工作表名称：含[非法]字符";
    const patched = patchWorkbook(rich, { sheet: "数据", blocks: [far], sheets: [summary(long), summary("Summary"), summary("SUMMARY")] });
    const rows = Array.from(textOf(patched, "xl/worksheets/sheet1.xml").matchAll(/<row r="(\d+)"/g), (m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 3, 4, 6, 7]);
    const names = openWorkbook(patched).sheets.map((s) => s.name);
    expect(names.slice(2)[0]).toBe(long.replace(/[[\]:]/g, "_").slice(0, 31));
    expect(names.slice(2)[0]).toHaveLength(31);
    expect(names).toEqual(["数据", "透视", names[2], "Summary"]); // "SUMMARY" replaced "Summary", ignoring case
  });

  test("a caller-supplied deflater (Node zlib) writes the same parts as fflate", () => {
    const zlib = { deflateRaw: (d: Uint8Array, level: number) => deflateRawSync(d, { level }), crc32: (d: Uint8Array) => crc32(d) };
    const viaZlib = unzipParts(patchWorkbook(rich, { sheet: "数据", blocks: [block(1, 12)], sheets: [summary()] }, { deflater: zlib }));
    const viaFflate = unzipParts(out);
    expect(Object.keys(viaZlib)).toEqual(Object.keys(viaFflate));
    for (const [path, data] of Object.entries(viaFflate)) expect([path, Buffer.from(viaZlib[path]).equals(Buffer.from(data))]).toEqual([path, true]);
  });

  test("a sheet written with a namespace prefix (x:worksheet, x:row, x:c) reads and patches the same", () => {
    const parts = richWorkbookParts();
    const sheet = (parts["xl/worksheets/sheet1.xml"] as string)
      .replace(/<(\/?)(?!\?)([A-Za-z]+)(?=[\s>/])/g, "<$1x:$2")
      .replace('xmlns="http://schemas', 'xmlns:x="http://schemas');
    parts["xl/worksheets/sheet1.xml"] = sheet;
    const prefixed = buildZip(parts);
    expect(openWorkbook(prefixed).readSheet("数据").values).toEqual(openWorkbook(rich).readSheet("数据").values);
    const patched = patchWorkbook(prefixed, { sheet: "数据", blocks: [block(1, 12)], sheets: [] });
    const xml = textOf(patched, "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<x:c r="L2" s="6" t="inlineStr"><x:is><x:t>一类</x:t></x:is></x:c>');
    expect(xml).toContain('<x:dimension ref="A1:N4"/>');
    expect(openWorkbook(patched).readSheet("数据").values[2].slice(11)).toEqual(["二类", -30000, "@SUM(A1)"]);
  });

  test("errors name the problem", () => {
    expect(() => patchWorkbook(rich, { sheet: "无此表", blocks: [], sheets: [] })).toThrow(new XlsxError("unknown-sheet", "无此表"));
  });
});
