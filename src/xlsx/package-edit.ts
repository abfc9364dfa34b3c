// Edits to the bookkeeping parts when parts are added or removed: rels, [Content_Types].xml, workbook.xml, app.xml.
import { strFromU8 } from "fflate";
import { Entries, partText, relsPathOf, setPartText } from "./package";
import { decodeEntities, escapeXml, rootPrefix } from "./xml";

const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_PATH = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

/** Target of `to` relative to the folder of `from` ("xl/worksheets/s.xml" → "xl/drawings/d.xml" = "../drawings/d.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Add a relationship from `source` to `target`; returns its new Id. */
export function addRel(entries: Entries, source: string, type: string, target: string): string {
  const path = relsPathOf(source);
  const xml = entries.has(path)
    ? partText(entries, path)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"></Relationships>`;
  const used = new Set(Array.from(xml.matchAll(/\bId="([^"]*)"/g), (m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const p = rootPrefix(xml, "Relationships");
  const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(source, target))}"/>`;
  setPartText(
    entries,
    path,
    xml.replace(new RegExp(`</${p}Relationships>`), () => `${rel}</${p}Relationships>`),
  );
  return id;
}

/** Remove the relationships of `source` with the given Ids. */
export function removeRels(entries: Entries, source: string, ids: string[]): void {
  const path = relsPathOf(source);
  if (!entries.has(path) || !ids.length) return;
  const xml = partText(entries, path).replace(
    /<(?:\w+:)?Relationship\b[^>]*?\/?>(?:<\/(?:\w+:)?Relationship>)?/g,
    (rel) => {
      const id = /\bId="([^"]*)"/.exec(rel)?.[1];
      return id && ids.includes(id) ? "" : rel;
    },
  );
  setPartText(entries, path, xml);
}

export function addOverride(entries: Entries, part: string, contentType: string): void {
  const xml = partText(entries, CT_PATH);
  const p = rootPrefix(xml, "Types");
  const override = `<${p}Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
  setPartText(
    entries,
    CT_PATH,
    xml.replace(new RegExp(`</${p}Types>`), () => `${override}</${p}Types>`),
  );
}

export function removeOverrides(entries: Entries, parts: string[]): void {
  if (!parts.length) return;
  const names = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  const xml = partText(entries, CT_PATH).replace(/<(?:\w+:)?Override\b[^>]*?\/?>(?:<\/(?:\w+:)?Override>)?/g, (o) => {
    const name = /\bPartName="([^"]*)"/.exec(o)?.[1];
    return name && names.has(decodeEntities(name).toLowerCase()) ? "" : o;
  });
  setPartText(entries, CT_PATH, xml);
}

/** First free "prefix{N}suffix" part path. */
export function freePart(entries: Entries, prefix: string, suffix: string): string {
  const taken = new Set(Array.from(entries.keys(), (k) => k.toLowerCase()));
  let n = 1;
  while (taken.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
  return `${prefix}${n}${suffix}`;
}

/** Append a <sheet> to workbook.xml's <sheets>. */
export function addSheetToWorkbook(entries: Entries, wbPath: string, name: string, sheetId: number, rId: string): void {
  const xml = partText(entries, wbPath);
  const p = rootPrefix(xml, "workbook");
  const relPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
    xml,
  )?.[1];
  const rAttr = relPrefix
    ? `${relPrefix}:id="${rId}"`
    : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rId}"`;
  const sheet = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rAttr}/>`;
  setPartText(
    entries,
    wbPath,
    xml.replace(new RegExp(`</${p}sheets>`), () => `${sheet}</${p}sheets>`),
  );
}

/**
 * Add sheet titles to docProps/app.xml when it lists them. Only the usual layout (worksheets counted by
 * the first heading pair) is edited; otherwise the part is left alone, since Excel rewrites it on save.
 */
export function addAppTitles(entries: Entries, worksheetCountBefore: number, names: string[]): void {
  const path = "docProps/app.xml";
  const data = entries.get(path);
  if (!data || !names.length) return;
  const xml = strFromU8(data);
  const pairs =
    /<HeadingPairs>\s*<vt:vector size="(\d+)" baseType="variant">\s*<vt:variant>\s*<vt:lpstr>[^<]*<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>/.exec(
      xml,
    );
  const titles =
    /<TitlesOfParts>\s*<vt:vector size="(\d+)" baseType="lpstr">([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(xml);
  if (!pairs || !titles || Number(pairs[2]) !== worksheetCountBefore) return;
  const items = Array.from(titles[2].matchAll(/<vt:lpstr>[\s\S]*?<\/vt:lpstr>|<vt:lpstr\/>/g), (m) => m[0]);
  items.splice(worksheetCountBefore, 0, ...names.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`));
  let out = xml.replace(
    titles[0],
    () =>
      `<TitlesOfParts><vt:vector size="${items.length}" baseType="lpstr">${items.join("")}</vt:vector></TitlesOfParts>`,
  );
  out = out.replace(pairs[0], () =>
    pairs[0].replace(/<vt:i4>\d+<\/vt:i4>$/, `<vt:i4>${worksheetCountBefore + names.length}</vt:i4>`),
  );
  setPartText(entries, path, out);
}
