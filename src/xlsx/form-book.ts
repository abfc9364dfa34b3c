// A township's 申报表 as a new .xlsx (issue 16.1): one protected sheet (no password) whose input cells
// are unlocked, decimal data validations with input messages, portrait A4 on one page, and the marker
// twice: a workbook-level defined name (a string constant) and a custom document property. LibreOffice
// keeps both through xlsx → xlsx and xlsx → xls → xlsx (docs/decisions/forms.md).
import type { FormSheet, TownshipForm } from "../core/form-model";
import { FORM_MARKER_NAME } from "../core/forms";
import { cellXml, SharedStrings } from "./cells";
import { Entries, setPartText, writeEntries } from "./package";
import type { Deflater } from "./package";
import { DEFAULT_MARGINS, newSheetPage } from "./sheet-layout";
import { StyleBook } from "./styles";
import { cellRef, escapeXml } from "./xml";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const BASE_STYLES =
  HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  `<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

function validationsXml(sheet: FormSheet): string {
  if (!sheet.validations.length) return "";
  const items = sheet.validations.map((v) => {
    const range = v.max === null ? ` operator="greaterThanOrEqual"` : ` operator="between"`;
    const formulas = `<formula1>${v.min}</formula1>` + (v.max === null ? "" : `<formula2>${v.max}</formula2>`);
    return (
      `<dataValidation type="decimal" errorStyle="stop"${range} allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
      ` errorTitle="${escapeXml(v.errorTitle)}" error="${escapeXml(v.error)}" promptTitle="${escapeXml(v.promptTitle)}"` +
      ` prompt="${escapeXml(v.prompt)}" sqref="${v.ref}">${formulas}</dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** The worksheet part, children in CT_Worksheet order (sheetProtection, mergeCells, dataValidations, page…). */
function formSheetXml(sheet: FormSheet, book: StyleBook, strings: SharedStrings): string {
  const rows: string[] = [];
  let width = 0;
  sheet.cells.forEach((line, r) => {
    const body = line
      .map((cell, c) => {
        const s = book.xfFor({
          bold: cell.bold,
          wrap: cell.wrap,
          numFmt: cell.numFmt,
          border: cell.border || cell.input,
          unlocked: cell.input,
        });
        return cellXml("", r + 1, c + 1, cell, s, strings);
      })
      .join("");
    const ht = sheet.rowHeights[r + 1];
    const attrs = ht ? ` ht="${ht}" customHeight="1"` : "";
    if (body || attrs) rows.push(`<row r="${r + 1}"${attrs}>${body}</row>`);
    width = Math.max(width, line.length);
  });
  const dimension = `A1:${cellRef(Math.max(1, sheet.cells.length), Math.max(1, width))}`;
  const cols = sheet.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  const page = newSheetPage(sheet.page);
  return (
    HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}">${page.sheetPr}<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0" tabSelected="1"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
    `<sheetProtection sheet="1" objects="1" scenarios="1"/>${merges}${validationsXml(sheet)}` +
    `<printOptions horizontalCentered="1"/><pageMargins ${DEFAULT_MARGINS}/>${page.setup}</worksheet>`
  );
}

/** A defined name's value is a formula: a string constant is quoted, its quotes doubled. */
function nameConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function formWorkbook(form: TownshipForm, deflater?: Deflater): Uint8Array {
  const entries: Entries = new Map();
  const book = new StyleBook(BASE_STYLES);
  const strings = new SharedStrings();
  const sheet = formSheetXml(form.sheet, book, strings);
  const types =
    HEAD +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
    `<Override PartName="/docProps/custom.xml" ContentType="${CT}.custom-properties+xml"/></Types>`;
  setPartText(entries, "[Content_Types].xml", types);
  setPartText(
    entries,
    "_rels/.rels",
    `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
  );
  setPartText(
    entries,
    "docProps/custom.xml",
    `${HEAD}<Properties xmlns="${R.replace("relationships", "custom-properties")}" xmlns:vt="${R.replace("relationships", "docPropsVTypes")}">` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${FORM_MARKER_NAME}"><vt:lpwstr>${escapeXml(form.marker)}</vt:lpwstr></property></Properties>`,
  );
  setPartText(
    entries,
    "xl/workbook.xml",
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView/></bookViews>` +
      `<sheets><sheet name="${escapeXml(form.sheet.name)}" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="${FORM_MARKER_NAME}">${escapeXml(nameConstant(form.marker))}</definedName></definedNames></workbook>`,
  );
  setPartText(
    entries,
    "xl/_rels/workbook.xml.rels",
    `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  setPartText(entries, "xl/worksheets/sheet1.xml", sheet);
  setPartText(entries, "xl/styles.xml", book.toXml());
  setPartText(entries, "xl/sharedStrings.xml", strings.toXml());
  return writeEntries(entries, 6, deflater);
}
