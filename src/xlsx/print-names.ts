// Print titles and print areas are sheet-scoped defined names in workbook.xml (_xlnm.Print_Titles,
// _xlnm.Print_Area with localSheetId = the sheet's 0-based position in <sheets>).
import { decodeEntities, escapeXml, parseAttrs, rootPrefix } from "./xml";

const TITLES = "_xlnm.Print_Titles";
const AREA = "_xlnm.Print_Area";
const NAME_RE = /<(?:\w+:)?definedName\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;

function namesOf(xml: string, localSheetId: number): { name: string; whole: string }[] {
  const out: { name: string; whole: string }[] = [];
  for (const m of xml.matchAll(NAME_RE)) {
    const a = parseAttrs(m[1]);
    if (a.localSheetId !== String(localSheetId)) continue;
    out.push({ name: decodeEntities(a.name ?? ""), whole: m[0] });
  }
  return out;
}

/** 'Sheet name'!$3:$4 — always quoted, which Excel accepts for every name. */
export function titleRowsRef(sheet: string, first: number, last: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${first}:$${last}`;
}

/** Whether the sheet has a print area and print titles (sheet-scoped defined names). */
export function printNames(xml: string, localSheetId: number): { printArea: boolean; printTitles: boolean } {
  const names = namesOf(xml, localSheetId).map((n) => n.name.toLowerCase());
  return { printArea: names.indexOf(AREA.toLowerCase()) >= 0, printTitles: names.indexOf(TITLES.toLowerCase()) >= 0 };
}

/** workbook.xml with the sheet's print titles set to `ref` (replacing the sheet's old ones). */
export function setPrintTitles(xml: string, localSheetId: number, ref: string): string {
  const p = rootPrefix(xml, "workbook");
  const name = `<${p}definedName name="${TITLES}" localSheetId="${localSheetId}">${escapeXml(ref)}</${p}definedName>`;
  const old = namesOf(xml, localSheetId).filter((n) => n.name.toLowerCase() === TITLES.toLowerCase());
  let out = xml;
  for (const n of old) out = out.replace(n.whole, () => "");
  const list = new RegExp(`<${p}definedNames\\s*/>|</${p}definedNames>`).exec(out);
  if (list) {
    const replacement = list[0].endsWith("/>")
      ? `<${p}definedNames>${name}</${p}definedNames>`
      : `${name}</${p}definedNames>`;
    return out.slice(0, list.index) + replacement + out.slice(list.index + list[0].length);
  }
  // <definedNames> follows <sheets>, <functionGroups> and <externalReferences> (CT_Workbook order).
  for (const before of ["externalReferences", "functionGroups", "sheets"]) {
    const close = new RegExp(`</${p}${before}>|<${p}${before}\\b[^>]*/>`).exec(out);
    if (!close) continue;
    const at = close.index + close[0].length;
    return out.slice(0, at) + `<${p}definedNames>${name}</${p}definedNames>` + out.slice(at);
  }
  return out;
}
