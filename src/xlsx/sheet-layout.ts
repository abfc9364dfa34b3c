// Column widths and page setup spliced into a worksheet part, keeping CT_Worksheet's child order
// (Excel "repairs" a sheet whose children are out of schema order). Only the markup before and after
// <sheetData> is scanned, so a 40,000-row sheet costs no more than a small one.
import type { ColumnWidth, PageSetup } from "../core/types";
import { utf8Binary } from "./bytes";
import { decodeEntities, escapeXml, parseAttrs } from "./xml";

/** Children of <worksheet> before <sheetData>, in schema order. */
const HEAD_ORDER = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols"];
/** Children of <worksheet> after <sheetData>, in schema order. */
const TAIL_ORDER = [
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

/** Excel's paperSize codes: 9 = A4. 1 (Letter) is the schema default that Excel writes in some locales. */
const A4 = "9";
const DEFAULT_PAPERS = ["1", "9"];

interface Child {
  name: string; // local name
  start: number;
  end: number;
}

const TAG =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** The top-level elements of a run of sibling markup. */
export function topChildren(region: string): Child[] {
  const out: Child[] = [];
  let depth = 0;
  let open: Child | null = null;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(region)) !== null) {
    if (m[2] === undefined) continue; // comment or processing instruction
    const end = m.index + m[0].length;
    if (m[1]) {
      depth--;
      if (depth === 0 && open) {
        open.end = end;
        out.push(open);
        open = null;
      }
    } else if (m[4]) {
      if (depth === 0) out.push({ name: m[2], start: m.index, end });
    } else {
      if (depth === 0) open = { name: m[2], start: m.index, end };
      depth++;
    }
  }
  return out;
}

/** Put `element` (or remove the child when null) where `name` belongs among the region's children. */
export function setChild(region: string, order: string[], name: string, element: string | null): string {
  const children = topChildren(region);
  const existing = children.find((c) => c.name === name);
  if (existing) return region.slice(0, existing.start) + (element ?? "") + region.slice(existing.end);
  if (element === null) return region;
  const rank = order.indexOf(name);
  const later = children.find((c) => order.indexOf(c.name) > rank);
  const at = later ? later.start : region.length;
  return region.slice(0, at) + element + region.slice(at);
}

function childText(region: string, name: string): string | null {
  const c = topChildren(region).find((x) => x.name === name);
  return c ? region.slice(c.start, c.end) : null;
}

/** The part split around <sheetData>: head = children before it, tail = children after it. */
interface Split {
  before: string; // up to and including the <worksheet> start tag
  head: string;
  data: string;
  tail: string;
  after: string; // </worksheet> and anything after
}

function split(xml: string, p: string): Split {
  const root = new RegExp(`<${p}worksheet\\b(?:[^>"']|"[^"]*"|'[^']*')*>`).exec(xml);
  const dataAt = xml.indexOf(`<${p}sheetData`);
  if (!root || dataAt < 0) return { before: "", head: "", data: xml, tail: "", after: "" };
  const headStart = root.index + root[0].length;
  const selfClosing = /^<[^>]*\/>/.exec(xml.slice(dataAt, xml.indexOf(">", dataAt) + 1));
  const closeTag = `</${p}sheetData>`;
  const dataEnd = selfClosing ? xml.indexOf(">", dataAt) + 1 : xml.indexOf(closeTag, dataAt) + closeTag.length;
  const rootEnd = xml.lastIndexOf(`</${p}worksheet>`);
  return {
    before: xml.slice(0, headStart),
    head: xml.slice(headStart, dataAt),
    data: xml.slice(dataAt, dataEnd),
    tail: xml.slice(dataEnd, rootEnd),
    after: xml.slice(rootEnd),
  };
}

function join(s: Split): string {
  return s.before + s.head + s.data + s.tail + s.after;
}

function width(w: number): string {
  return String(Math.round(w * 100) / 100);
}

/**
 * Result column widths into <cols>: a <col> range that covers a result column is split around it
 * (keeping its style and other attributes); every other column keeps its width.
 */
export function setColumnWidths(xml: string, p: string, widths: ColumnWidth[]): string {
  if (!widths.length) return xml;
  const s = split(xml, p);
  const colsXml = childText(s.head, "cols");
  const items: { min: number; max: number; xml: string }[] = [];
  const ours = new Map(widths.map((w) => [w.col, w.width]));
  const base = new Map<number, Record<string, string>>();
  if (colsXml) {
    for (const m of colsXml.matchAll(/<(?:\w+:)?col\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/g)) {
      const attrs = parseAttrs(m[1]);
      const min = Number(attrs.min);
      const max = Number(attrs.max);
      if (!(min >= 1 && max >= min)) continue;
      if (!widths.some((w) => w.col >= min && w.col <= max)) {
        items.push({ min, max, xml: m[0] }); // an input column's width stays as it is, byte for byte
        continue;
      }
      let from = min;
      for (let c = min; c <= max + 1; c++) {
        if (c <= max && !ours.has(c)) continue;
        if (c > from)
          items.push({ min: from, max: c - 1, xml: colXml(p, { ...attrs, min: String(from), max: String(c - 1) }) });
        if (c <= max) base.set(c, attrs);
        from = c + 1;
      }
    }
  }
  for (const w of widths) {
    const attrs: Record<string, string> = { ...(base.get(w.col) ?? {}), min: String(w.col), max: String(w.col) };
    delete attrs.bestFit;
    attrs.width = width(w.width);
    attrs.customWidth = "1";
    items.push({ min: w.col, max: w.col, xml: colXml(p, attrs) });
  }
  items.sort((a, b) => a.min - b.min);
  s.head = setChild(s.head, HEAD_ORDER, "cols", `<${p}cols>${items.map((i) => i.xml).join("")}</${p}cols>`);
  return join(s);
}

const COL_ATTRS = [
  "min",
  "max",
  "width",
  "style",
  "hidden",
  "bestFit",
  "customWidth",
  "phonetic",
  "outlineLevel",
  "collapsed",
];

function colXml(p: string, attrs: Record<string, string>): string {
  const keys = COL_ATTRS.filter((k) => attrs[k] !== undefined).concat(
    Object.keys(attrs).filter((k) => COL_ATTRS.indexOf(k) < 0),
  );
  return `<${p}col${keys.map((k) => ` ${k}="${attrs[k]}"`).join("")}/>`;
}

function attrsOf(element: string | null): Record<string, string> {
  if (!element) return {};
  const m = /^<[^\s/>]+((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/.exec(element);
  return m ? parseAttrs(m[1]) : {};
}

const on = (v: string | undefined): boolean => v === "1" || v === "true";

/** The footers we write (both languages), as a worksheet's <oddFooter> holds them. */
function footerXml(footer: string): string {
  return "&C" + footer;
}

export interface PageOwner {
  /** The sheet has a print area / print titles (defined names in workbook.xml). */
  printArea: boolean;
  printTitles: boolean;
  /** Footers the product writes (every language): a setup with one of them is ours to rewrite. */
  productFooters: string[];
}

/**
 * Whether the sheet has a page setup the user made, which we leave alone. Excel writes a default
 * <pageSetup> and <pageMargins> into nearly every sheet, so those alone are not the user's; the
 * user's are: landscape, a scale, fit to pages, a paper other than A4/Letter, manual page breaks,
 * printed gridlines or headings, a header or footer, a print area or print titles.
 * A setup with our footer and our settings is ours (an earlier run): it is rewritten.
 */
export function hasOwnPageSetup(xml: string, p: string, owner: PageOwner): boolean {
  const s = split(xml, p);
  const sheetPr = childText(s.head, "sheetPr");
  const fitToPage = on(attrsOf(sheetPr && (/<(?:\w+:)?pageSetUpPr\b[^>]*>/.exec(sheetPr)?.[0] ?? null)).fitToPage);
  const setup = attrsOf(childText(s.tail, "pageSetup"));
  const print = attrsOf(childText(s.tail, "printOptions"));
  const hf = childText(s.tail, "headerFooter");
  const hfText = hf ? decodeEntities(hf.replace(/<[^>]*>/g, "")).trim() : "";
  const footer = hf ? decodeEntities(/<(?:\w+:)?oddFooter>([\s\S]*?)</.exec(hf)?.[1] ?? "") : "";
  const ours = owner.productFooters.some((f) => utf8Binary(footerXml(f)) === footer) && hfText === footer;
  // Print titles come with our footer (one run writes both); a print area never does.
  if (ours) return owner.printArea || !(fitToPage && setup.orientation === "landscape" && setup.fitToWidth === "1");
  const breaks = ["rowBreaks", "colBreaks"].some((n) => /<(?:\w+:)?brk\b/.test(childText(s.tail, n) ?? ""));
  return (
    fitToPage ||
    setup.orientation === "landscape" ||
    (setup.scale !== undefined && setup.scale !== "100") ||
    (setup.paperSize !== undefined && DEFAULT_PAPERS.indexOf(setup.paperSize) < 0) ||
    on(setup.useFirstPageNumber) ||
    setup.pageOrder === "overThenDown" ||
    on(print.gridLines) ||
    on(print.headings) ||
    hfText !== "" ||
    breaks ||
    owner.printArea ||
    owner.printTitles
  );
}

function pageSetupXml(p: string, page: PageSetup, existing: Record<string, string>): string {
  const attrs: Record<string, string> = { ...existing };
  delete attrs.scale;
  attrs.paperSize = A4;
  attrs.orientation = page.orientation;
  attrs.fitToWidth = String(page.fitWide);
  attrs.fitToHeight = String(page.fitTall);
  return `<${p}pageSetup${Object.keys(attrs)
    .map((k) => ` ${k}="${attrs[k]}"`)
    .join("")}/>`;
}

/** <sheetPr> with <pageSetUpPr fitToPage="1"/> (the switch that makes fitToWidth/fitToHeight count). */
function withFitToPage(sheetPr: string | null, p: string): string {
  const pr = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (!sheetPr) return `<${p}sheetPr>${pr}</${p}sheetPr>`;
  const existing = /<(?:\w+:)?pageSetUpPr\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/.exec(sheetPr);
  if (existing) {
    const attrs = parseAttrs(existing[1]);
    attrs.fitToPage = "1";
    const tag = `<${p}pageSetUpPr${Object.keys(attrs)
      .map((k) => ` ${k}="${attrs[k]}"`)
      .join("")}/>`;
    return sheetPr.replace(existing[0], () => tag);
  }
  if (/\/>$/.test(sheetPr)) return sheetPr.replace(/\s*\/>$/, `>${pr}</${p}sheetPr>`);
  return sheetPr.replace(new RegExp(`</${p}sheetPr>$`), `${pr}</${p}sheetPr>`); // pageSetUpPr is its last child
}

/** Landscape/fit/footer of `page` into the part (a byte string, bytes.ts); print titles are a defined name. */
export function applyPageSetup(xml: string, p: string, page: PageSetup): string {
  const s = split(xml, p);
  s.head = setChild(s.head, HEAD_ORDER, "sheetPr", withFitToPage(childText(s.head, "sheetPr"), p));
  if (!childText(s.tail, "pageMargins"))
    s.tail = setChild(s.tail, TAIL_ORDER, "pageMargins", `<${p}pageMargins ${DEFAULT_MARGINS}/>`);
  s.tail = setChild(s.tail, TAIL_ORDER, "pageSetup", pageSetupXml(p, page, attrsOf(childText(s.tail, "pageSetup"))));
  const footer = utf8Binary(escapeXml(footerXml(page.footer)));
  s.tail = setChild(
    s.tail,
    TAIL_ORDER,
    "headerFooter",
    `<${p}headerFooter><${p}oddFooter>${footer}</${p}oddFooter></${p}headerFooter>`,
  );
  return join(s);
}

export const DEFAULT_MARGINS = 'left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"';

/** The page-setup markup of a sheet we write whole: sheetPr first, the rest after pageMargins. */
export function newSheetPage(page: PageSetup): { sheetPr: string; setup: string } {
  return {
    sheetPr: `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
    setup:
      pageSetupXml("", page, {}) +
      `<headerFooter><oddFooter>${escapeXml(footerXml(page.footer))}</oddFooter></headerFooter>`,
  };
}
