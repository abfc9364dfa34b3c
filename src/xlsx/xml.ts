// Small string helpers shared by the .xlsx reader and writers: escaping, attributes, A1 addresses.

/** Escape text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

/**
 * Escape a cell's text the way Excel reads it back unchanged: XML-illegal control characters and
 * a literal `_xHHHH_` (which Excel would decode) become `_xHHHH_` escapes.
 */
export function escapeCellText(text: string): string {
  const guarded = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(
    // XML 1.0 cannot hold these control characters: Excel's _xHHHH_ escape carries them.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return escapeXml(guarded);
}

/** Undo Excel's `_xHHHH_` escapes in text read from a cell. */
export function unescapeCellText(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A text element, keeping leading/trailing spaces and line breaks. */
export function textElement(tag: string, text: string): string {
  const keep = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${tag}${keep}>${escapeCellText(text)}</${tag}>`;
}

const ATTR = /([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Attributes of one start tag's attribute text (entities left undecoded: callers only read ids and refs). */
export function parseAttrs(attrText: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(attrText)) !== null) out[m[1]] = m[3] !== undefined ? m[3] : m[4];
  return out;
}

/** Decode the five predefined entities and numeric references in an attribute value. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, ent: string) => {
    if (ent[0] === "#")
      return String.fromCodePoint(ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[ent];
  });
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "AB12" → { row: 12, col: 28 }; null when not an A1 cell reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: parseInt(m[2], 10), col };
}

/** Column number of the letters at the start of a cell reference ("C7" → 3). */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  return col;
}

export function cellRef(row: number, col: number): string {
  return columnLetters(col) + row;
}

/** The namespace prefix ("" or "x:") a part uses for its root element, so regexes match prefixed parts too. */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>/]`).exec(xml);
  return m && m[1] ? m[1] : "";
}
