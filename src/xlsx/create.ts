// createWorkbook: a small valid .xlsx from scratch (the sample workbook and test workbooks).
import { CellValue } from "../core/types";
import { SharedStrings, WriteCell } from "./cells";
import { sheetXml } from "./new-sheet";
import { Entries, setPartText, writeEntries } from "./package";
import { StyleBook } from "./styles";
import { escapeXml } from "./xml";

export interface CreateSheet {
  name: string;
  values: CellValue[][];
  /** Number format codes, same shape as values ("0.0%", "@"). */
  formats?: string[][];
  merges?: string[];
  columnWidths?: number[];
}

const BASE_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function toWriteCell(value: CellValue, numFmt: string | undefined): WriteCell {
  return numFmt && numFmt !== "General" ? { value, numFmt } : { value };
}

export function createWorkbook(sheets: CreateSheet[]): Uint8Array {
  const entries: Entries = new Map();
  const book = new StyleBook(BASE_STYLES);
  const styleIndex = book.xfFor.bind(book);
  const strings = new SharedStrings(); // what Excel writes, and smaller than inline strings
  const overrides: string[] = [];
  const sheetEls: string[] = [];
  const rels: string[] = [];
  sheets.forEach((s, i) => {
    const cells = s.values.map((line, r) => line.map((v, c) => toWriteCell(v, s.formats?.[r]?.[c])));
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    setPartText(
      entries,
      path,
      sheetXml({ cells, columnWidths: s.columnWidths, merges: s.merges }, styleIndex, strings),
    );
    overrides.push(
      `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    sheetEls.push(`<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  });
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${R}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets.length + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  setPartText(entries, "xl/sharedStrings.xml", strings.toXml());
  setPartText(entries, "xl/styles.xml", book.toXml());
  setPartText(
    entries,
    "xl/workbook.xml",
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView/></bookViews><sheets>${sheetEls.join("")}</sheets></workbook>`,
  );
  setPartText(
    entries,
    "xl/_rels/workbook.xml.rels",
    `${HEAD}<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`,
  );
  setPartText(
    entries,
    "_rels/.rels",
    `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${overrides.join("")}</Types>`;
  const ordered: Entries = new Map([["[Content_Types].xml", new TextEncoder().encode(types)]]);
  for (const [k, v] of entries) ordered.set(k, v);
  return writeEntries(ordered);
}
