// XML for one written cell. Strings are inline strings, never formulas: "=1+1" lands as text.
import { CellValue, OutCell } from "../core/types";
import { cellRef, textElement } from "./xml";

/** An OutCell, or a raw cell of a workbook we create (which may hold a boolean). */
export type WriteCell = Omit<OutCell, "value"> & { value: CellValue };

/** `<c>` for an OutCell at (row, col) with style index `s`; "" when the cell ends up empty and unstyled. */
export function cellXml(p: string, row: number, col: number, cell: WriteCell, s: number): string {
  const ref = cellRef(row, col);
  const sAttr = s ? ` s="${s}"` : "";
  const v = cell.value;
  if (v === null || v === undefined) return s ? `<${p}c r="${ref}"${sAttr}/>` : "";
  if (typeof v === "boolean") return `<${p}c r="${ref}"${sAttr} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return `<${p}c r="${ref}"${sAttr} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${sAttr}><${p}v>${String(v)}</${p}v></${p}c>`;
  }
  return `<${p}c r="${ref}"${sAttr} t="inlineStr"><${p}is>${textElement(`${p}t`, String(v))}</${p}is></${p}c>`;
}
