// XML for one written cell. Strings are inline strings, never formulas: "=1+1" lands as text.
import { CellValue, OutCell } from "../core/types";
import { cellRef, textElement } from "./xml";

/** An OutCell, or a raw cell of a workbook we create (which may hold a boolean). */
export type WriteCell = Omit<OutCell, "value"> & { value: CellValue };

/** `<c>` for an OutCell at (row, col) with style index `s`; "" when the cell ends up empty and unstyled. */
/** Shared strings being collected for a workbook we create. */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  indexOf(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  toXml(): string {
    const items = this.list.map((text) => `<si>${textElement("t", text)}</si>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

export function cellXml(
  p: string,
  row: number,
  col: number,
  cell: WriteCell,
  s: number,
  strings?: SharedStrings,
): string {
  const ref = cellRef(row, col);
  const sAttr = s ? ` s="${s}"` : "";
  const v = cell.value;
  if (v === null || v === undefined) return s ? `<${p}c r="${ref}"${sAttr}/>` : "";
  if (typeof v === "boolean") return `<${p}c r="${ref}"${sAttr} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return `<${p}c r="${ref}"${sAttr} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${sAttr}><${p}v>${String(v)}</${p}v></${p}c>`;
  }
  if (strings) return `<${p}c r="${ref}"${sAttr} t="s"><${p}v>${strings.indexOf(String(v))}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${sAttr} t="inlineStr"><${p}is>${textElement(`${p}t`, String(v))}</${p}is></${p}c>`;
}
