// Built-in number formats (ECMA-376 Part 1, 18.8.30) and the cellXfs → format-code lookup a reader needs.
import { decodeEntities, parseAttrs, rootPrefix } from "./xml";

const BUILTIN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0_);(#,##0)",
  38: "#,##0_);[Red](#,##0)",
  39: "#,##0.00_);(#,##0.00)",
  40: "#,##0.00_);[Red](#,##0.00)",
  41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
  42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
  44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
// East Asian locales use ids 27–36 and 50–58 for local date formats; any date code reads the same to us.
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN[id] = "yyyy/m/d";

export function builtinFormat(id: number): string | undefined {
  return BUILTIN[id];
}

/** The built-in id of a format code, if it has one (so "#,##0" needs no custom numFmt). */
export function builtinId(code: string): number | undefined {
  for (const [id, c] of Object.entries(BUILTIN)) if (c === code && Number(id) < 50) return Number(id);
  return undefined;
}

/** Custom numFmts of a styles part: id → code. */
export function customFormats(stylesXml: string): Map<number, string> {
  const p = rootPrefix(stylesXml, "styleSheet");
  const out = new Map<number, string>();
  for (const m of stylesXml.matchAll(new RegExp(`<${p}numFmt\\b([^>]*?)\\/?>`, "g"))) {
    const a = parseAttrs(m[1]);
    out.set(Number(a.numFmtId), decodeEntities(a.formatCode ?? ""));
  }
  return out;
}

/** For each cellXfs index, the number format code it applies. */
export function xfFormats(stylesXml: string | undefined): string[] {
  if (!stylesXml) return ["General"];
  const p = rootPrefix(stylesXml, "styleSheet");
  const custom = customFormats(stylesXml);
  const section = new RegExp(`<${p}cellXfs\\b[^>]*>([\\s\\S]*?)</${p}cellXfs>`).exec(stylesXml);
  if (!section) return ["General"];
  const out: string[] = [];
  for (const m of section[1].matchAll(new RegExp(`<${p}xf\\b([^>]*?)(?:\\/>|>)`, "g"))) {
    const id = Number(parseAttrs(m[1]).numFmtId ?? 0);
    out.push(custom.get(id) ?? builtinFormat(id) ?? "General");
  }
  return out;
}
