// Appends the few styles result cells need to xl/styles.xml, reusing identical entries so a re-run adds nothing.
import { Fill } from "../core/types";
import { XlsxError } from "./errors";
import { builtinId, customFormats } from "./numfmt";
import { escapeXml, rootPrefix } from "./xml";

export interface CellStyle {
  fill?: Fill;
  numFmt?: string;
  bold?: boolean;
  /** Wrap the text (the reasons column). */
  wrap?: boolean;
  /** A thin border all round (the cells of a form). */
  border?: boolean;
  /** Not locked when the sheet is protected (a form's input cells). */
  unlocked?: boolean;
}

const FILL_RGB: Record<Fill, string> = { green: "FFC6EFCE", amber: "FFFFEB9C", red: "FFFFC7CE" };
const FIRST_CUSTOM_FORMAT = 164;

function thinBorder(p: string): string {
  const side = (name: string) => `<${p}${name} style="thin"><${p}color auto="1"/></${p}${name}>`;
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
}

/** One list section of styles.xml (fonts, fills, cellXfs, numFmts): its items as XML strings. */
interface Section {
  items: string[];
  added: boolean;
}

export class StyleBook {
  private readonly p: string;
  private readonly sections = new Map<string, Section>();
  private readonly cache = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml, "styleSheet");
  }

  /** True once anything was appended (otherwise the part is left byte for byte). */
  get changed(): boolean {
    for (const s of this.sections.values()) if (s.added) return true;
    return false;
  }

  /** The cellXfs index for a style; 0 (the default) when the cell asks for nothing. */
  xfFor(style: CellStyle): number {
    if (!style.fill && !style.numFmt && !style.bold && !style.wrap && !style.border && !style.unlocked) return 0;
    const key =
      `${style.fill ?? ""}|${style.numFmt ?? ""}|${style.bold ? 1 : 0}|${style.wrap ? 1 : 0}` +
      (style.border || style.unlocked ? `|${style.border ? 1 : 0}|${style.unlocked ? 1 : 0}` : "");
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const p = this.p;
    const numFmtId = style.numFmt ? this.numFmtId(style.numFmt) : 0;
    const fontId = style.bold ? this.indexOf("fonts", "font", this.boldFont()) : 0;
    const fillId = style.fill
      ? this.indexOf(
          "fills",
          "fill",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${FILL_RGB[style.fill]}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    const borderId = style.border ? this.indexOf("borders", "border", thinBorder(p)) : 0;
    const apply =
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}` +
      `${borderId ? ' applyBorder="1"' : ""}${style.wrap ? ' applyAlignment="1"' : ""}${style.unlocked ? ' applyProtection="1"' : ""}`;
    // CT_Xf's children: alignment, then protection.
    const inner =
      (style.wrap ? `<${p}alignment wrapText="1"/>` : "") + (style.unlocked ? `<${p}protection locked="0"/>` : "");
    const xf = inner
      ? `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}>${inner}</${p}xf>`
      : `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}/>`;
    const index = this.indexOf("cellXfs", "xf", xf);
    this.cache.set(key, index);
    return index;
  }

  /** styles.xml with the appended items and every touched count attribute right. */
  toXml(): string {
    let xml = this.xml;
    for (const [name, section] of this.sections) {
      if (!section.added) continue;
      const p = this.p;
      const body = `<${p}${name} count="${section.items.length}">${section.items.join("")}</${p}${name}>`;
      const re = new RegExp(`<${p}${name}\\b[^>]*?(?:\\/>|>[\\s\\S]*?</${p}${name}>)`);
      if (re.test(xml)) xml = xml.replace(re, () => body);
      else xml = xml.replace(new RegExp(`(<${p}styleSheet\\b[^>]*>)`), (open) => open + body); // only numFmts may be absent
    }
    return xml;
  }

  private numFmtId(code: string): number {
    const builtin = builtinId(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of customFormats(this.xml)) if (c === code) return id;
    const section = this.section("numFmts", "numFmt");
    const ids = section.items.map((item) => Number(/numFmtId="(\d+)"/.exec(item)?.[1] ?? 0));
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
    section.items.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    section.added = true;
    return id;
  }

  /** The workbook's default font made bold, so result headers match the sheet's typeface. */
  private boldFont(): string {
    const p = this.p;
    const first = this.section("fonts", "font").items[0] ?? `<${p}font/>`;
    if (/\/>$/.test(first)) return first.replace(/\s*\/>$/, `><${p}b/></${p}font>`);
    return first.replace(/^(<[^>]*>)(?:<(?:\w+:)?b\b[^>]*\/>)?/, `$1<${p}b/>`);
  }

  private indexOf(name: string, item: string, xml: string): number {
    const section = this.section(name, item);
    const found = section.items.indexOf(xml);
    if (found >= 0) return found;
    section.items.push(xml);
    section.added = true;
    return section.items.length - 1;
  }

  private section(name: string, item: string): Section {
    let section = this.sections.get(name);
    if (section) return section;
    const p = this.p;
    const m = new RegExp(`<${p}${name}\\b[^>]*?(?:\\/>|>([\\s\\S]*?)</${p}${name}>)`).exec(this.xml);
    if (!m && name !== "numFmts") throw new XlsxError("bad-part", `styles.xml <${name}>`);
    const inner = m?.[1] ?? "";
    const items = Array.from(
      inner.matchAll(new RegExp(`<${p}${item}\\b[^>]*?(?:\\/>|>[\\s\\S]*?</${p}${item}>)`, "g")),
      (x) => x[0],
    );
    section = { items, added: false };
    this.sections.set(name, section);
    return section;
  }
}
