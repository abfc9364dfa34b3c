import { readFileSync } from "fs";
import { createWorkbook, openWorkbook, XlsxError } from "../../src/xlsx";
import { richWorkbook } from "../fixtures/rich-workbook";
import { buildZip } from "../fixtures/zip";

const FIXTURE = "/work/shared/fixtures/district-with-chart.xlsx";

describe("openWorkbook", () => {
  test("lists sheets with state and kind (openpyxl fixture, absolute rel targets)", () => {
    const wb = openWorkbook(readFileSync(FIXTURE));
    expect(wb.sheets).toEqual([
      { name: "封面", state: "visible", kind: "worksheet", path: "xl/worksheets/sheet1.xml" },
      { name: "2015年考核", state: "visible", kind: "worksheet", path: "xl/worksheets/sheet2.xml" },
      { name: "趋势图", state: "visible", kind: "worksheet", path: "xl/worksheets/sheet3.xml" },
      { name: "计算", state: "hidden", kind: "worksheet", path: "xl/worksheets/sheet4.xml" },
    ]);
  });

  test("reads the fixture's cells, formats and merges", () => {
    const sheet = openWorkbook(readFileSync(FIXTURE)).readSheet("2015年考核");
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.merges).toEqual(["A1:O1"]);
    expect(sheet.values).toHaveLength(10);
    expect(sheet.values.every((row) => row.length === 15)).toBe(true);
    expect(sheet.values[0]).toEqual(["淮阴区2013年度乡镇考核表", ...Array(14).fill(null)]);
    expect(sheet.values[2]).toEqual([1, "城南", 98.5, 91, 108, 9, 95, 95, 95, 2, 1, "是", "否", "否", "备注1"]);
    expect(sheet.values[4][2]).toBe(97.98999999999999);
    expect(sheet.formats?.[2].slice(0, 4)).toEqual(["General", "General", "0.0", "0.0"]);
  });

  test("shared strings (rich text joined, phonetic runs left out), errors, booleans, cached formula values, percent formats", () => {
    const sheet = openWorkbook(richWorkbook()).readSheet("数据");
    expect(sheet.values[1]).toEqual(["王营 ", 0.992, 0.915, 108.3, 9.6, 95, 95, 97, "一类", "保持一类", 508.807]);
    expect(sheet.values[2]).toEqual(["=1+1", "#N/A", 90.4, "108:100", 8.5, 93, 92.6, 95.5, "二类", "进一类", true]);
    expect(sheet.values[3]).toEqual(["乡镇", "98.5%", 36526, null, null, null, null, null, null, null, null]);
    expect(sheet.formats?.[1].slice(0, 3)).toEqual(["General", "0.00%", "0.0%"]);
    expect(sheet.formats?.[2][2]).toBe("0.00");
    expect(sheet.formats?.[3][2]).toBe("m/d/yyyy");
  });

  test("maxRows stops early (probing for a header row)", () => {
    const sheet = openWorkbook(richWorkbook()).readSheet("数据", { maxRows: 2 });
    expect(sheet.values).toHaveLength(2);
  });

  test("unknown sheet and non-zip bytes throw XlsxError with a code", () => {
    const wb = openWorkbook(richWorkbook());
    expect(() => wb.readSheet("没有")).toThrow(new XlsxError("unknown-sheet", "没有"));
    expect(() => openWorkbook(new TextEncoder().encode("not a zip"))).toThrow(XlsxError);
    expect(() => openWorkbook(buildZip({ "a.txt": "x" }))).toThrow(expect.objectContaining({ code: "not-xlsx" }));
  });
});

describe("createWorkbook", () => {
  test("values, booleans, formats, merges and widths read back", () => {
    const bytes = createWorkbook([
      { name: "封面", values: [["说明"]] },
      {
        name: "数据",
        values: [["标题", null], ["乡镇", "率"], ["王营", 0.985], ["=1+1", true]],
        formats: [["General", "General"], ["General", "General"], ["General", "0.0%"], ["General", "General"]],
        merges: ["A1:B1"],
        columnWidths: [12, 8],
      },
    ]);
    const wb = openWorkbook(bytes);
    expect(wb.sheets.map((s) => s.name)).toEqual(["封面", "数据"]);
    const sheet = wb.readSheet("数据");
    expect(sheet.values).toEqual([["标题", null], ["乡镇", "率"], ["王营", 0.985], ["=1+1", true]]);
    expect(sheet.formats?.[2][1]).toBe("0.0%");
    expect(sheet.merges).toEqual(["A1:B1"]);
  });

  test("text with XML specials, control characters and _xHHHH_ survives", () => {
    const tricky = ['a<b>&"c"', "tab\tnew\nline", "_x0041_ stays", "ctrl\u0001x", " lead"];
    const sheet = openWorkbook(createWorkbook([{ name: "S", values: [tricky] }])).readSheet("S");
    expect(sheet.values[0]).toEqual(tricky);
  });
});

describe("formula cells without a calculated result (a file a program wrote, never opened in Excel)", () => {
  const cells = [
    '<c r="A1"><f>98.6</f></c>', // a constant: its result is certain
    '<c r="B1"><f> -2.5E1 </f><v></v></c>', // openpyxl writes an empty <v/>
    '<c r="C1"><f>98.6%</f></c>',
    '<c r="D1"><f>B9/2</f></c>',
    '<c r="E1"><f t="shared" ref="E1:E2" si="0">A1&amp;"x"</f></c>',
    '<c r="E2"><f t="shared" si="0"/></c>',
    '<c r="F1" t="str"><f>LEFT(A1,0)</f><v></v></c>', // a text result that is empty: a result
    '<c r="G1"><f>1+1</f><v>2</v></c>', // calculated
    '<c r="H1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
  ];
  const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells.slice(0, 5).join("")}${cells.slice(6).join("")}</row><row r="2">${cells[5]}</row></sheetData></worksheet>`;
  const book = buildZip({
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": xml,
  });

  test("constants are read as their number; other formulas are listed by cell, with a null value", () => {
    const sheet = openWorkbook(book).readSheet("表1");
    expect(sheet.values[0]).toEqual([98.6, -25, 0.986, null, null, "", 2, "#DIV/0!"]);
    expect(sheet.values[1][4]).toBeNull();
    expect(sheet.uncalculated).toEqual({ D1: "=B9/2", E1: '=A1&"x"', E2: "" });
  });

  test("a calculated workbook has no uncalculated list", () => {
    expect(openWorkbook(richWorkbook()).readSheet("数据").uncalculated).toBeUndefined();
  });
});
