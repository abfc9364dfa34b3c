// Merges result blocks into an existing worksheet's <sheetData> by splicing strings: no DOM, one pass.
// Rows and cells outside the blocks are copied as they are; every other child of <worksheet> stays put.
import { OutCell, OutputBlock } from "../core/types";
import { cellXml } from "./cells";
import { XlsxError } from "./errors";
import { CellStyle } from "./styles";
import { cellRef, columnOf, parseA1, rootPrefix } from "./xml";

export type StyleIndex = (style: CellStyle) => number;

export interface PatchedSheet {
  xml: string;
  /** A cell that held a formula was overwritten (so calcChain must go). */
  overwroteFormula: boolean;
}

type RowCells = Map<number, OutCell>;

/** Block cells by sheet row, then column. */
function cellsByRow(blocks: OutputBlock[]): Map<number, RowCells> {
  const rows = new Map<number, RowCells>();
  for (const b of blocks) {
    b.cells.forEach((line, r) => {
      const row = b.firstRow + r;
      let cells = rows.get(row);
      if (!cells) rows.set(row, (cells = new Map()));
      line.forEach((cell, c) => cells!.set(b.firstCol + c, cell));
    });
  }
  return rows;
}

export function patchSheetXml(xml: string, blocks: OutputBlock[], styleIndex: StyleIndex): PatchedSheet {
  const p = rootPrefix(xml, "worksheet");
  const byRow = cellsByRow(blocks);
  const pending = Array.from(byRow.keys()).sort((a, b) => a - b);
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(\\/?)>`).exec(xml);
  if (!open) throw new XlsxError("bad-part", "sheetData");
  const innerStart = open.index + open[0].length;
  const innerEnd = open[1] ? innerStart : xml.indexOf(`</${p}sheetData>`, innerStart);
  if (innerEnd < 0) throw new XlsxError("bad-part", "sheetData");
  const inner = xml.slice(innerStart, innerEnd);

  // Untouched stretches are pushed as slices and joined once at the end: no repeated concatenation of a big string.
  const out: string[] = [xml.slice(0, open.index), `<${p}sheetData>`];
  let next = 0; // index into pending
  let lastRow = 0;
  let copied = 0;
  const rowRe = new RegExp(`<${p}row\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)</${p}row>)`, "g");
  const cellRe = new RegExp(`<${p}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)</${p}c>)`, "g");
  const formulaRe = new RegExp(`<${p}f\\b`);
  const merge: MergeContext = { p, styleIndex, cellRe, formulaRe, overwroteFormula: false };
  let m: RegExpExecArray | null;
  while ((m = rowRe.exec(inner)) !== null) {
    const attrs = m[1];
    const rAttr = /\br="(\d+)"/.exec(attrs);
    const row = rAttr ? Number(rAttr[1]) : lastRow + 1;
    lastRow = row;
    const cells = byRow.get(row);
    if (!cells && (next >= pending.length || pending[next] > row)) continue; // untouched: copied in bulk later
    out.push(inner.slice(copied, m.index));
    copied = m.index + m[0].length;
    while (next < pending.length && pending[next] < row) out.push(newRow(p, pending[next], byRow.get(pending[next++])!, styleIndex));
    if (cells) {
      next++;
      out.push(mergeRow(merge, row, attrs, m[2] ?? "", cells));
    } else out.push(m[0]);
  }
  out.push(inner.slice(copied));
  while (next < pending.length) out.push(newRow(p, pending[next], byRow.get(pending[next++])!, styleIndex));
  out.push(`</${p}sheetData>`, xml.slice(open[1] ? innerStart : innerEnd + `</${p}sheetData>`.length));
  out[0] = widenDimension(out[0], p, blocks); // <dimension> comes before <sheetData>
  return { xml: out.join(""), overwroteFormula: merge.overwroteFormula };
}

interface MergeContext {
  p: string;
  styleIndex: StyleIndex;
  cellRe: RegExp;
  formulaRe: RegExp;
  overwroteFormula: boolean;
}

function styleOf(cell: OutCell): CellStyle {
  return { fill: cell.fill, numFmt: cell.numFmt, bold: cell.bold };
}

function newRow(p: string, row: number, cells: RowCells, styleIndex: StyleIndex): string {
  const body = Array.from(cells.keys())
    .sort((a, b) => a - b)
    .map((col) => cellXml(p, row, col, cells.get(col)!, styleIndex(styleOf(cells.get(col)!))))
    .join("");
  return body ? `<${p}row r="${row}">${body}</${p}row>` : "";
}

/** One existing row with block cells merged in column order; cells outside the block are kept verbatim. */
function mergeRow(ctx: MergeContext, row: number, attrs: string, body: string, cells: RowCells): string {
  const { p, cellRe, styleIndex } = ctx;
  const parts: { col: number; xml: string }[] = [];
  let col = 0;
  let tailStart = 0;
  let m: RegExpExecArray | null;
  cellRe.lastIndex = 0;
  while ((m = cellRe.exec(body)) !== null) {
    const r = /\br="([A-Za-z]+)\d*"/.exec(m[1]);
    col = r ? columnOf(r[1]) : col + 1;
    tailStart = m.index + m[0].length;
    if (cells.has(col)) {
      if (m[2] && ctx.formulaRe.test(m[2])) ctx.overwroteFormula = true;
      continue;
    }
    // A cell without r= relies on its position; give it an explicit reference since cells move around it.
    parts.push({ col, xml: r ? m[0] : m[0].replace(/^(<[\w:]*c)\b/, `$1 r="${cellRef(row, col)}"`) });
  }
  for (const [c, cell] of cells) parts.push({ col: c, xml: cellXml(p, row, c, cell, styleIndex(styleOf(cell))) });
  parts.sort((a, b) => a.col - b.col);
  const cols = parts.filter((x) => x.xml).map((x) => x.col);
  const newAttrs = cols.length ? attrs.replace(/\bspans="\d+:\d+"/, `spans="${cols[0]}:${cols[cols.length - 1]}"`) : attrs;
  return `<${p}row${newAttrs}>${parts.map((x) => x.xml).join("")}${body.slice(tailStart)}</${p}row>`;
}

/** <dimension ref> grown to cover the blocks. */
function widenDimension(xml: string, p: string, blocks: OutputBlock[]): string {
  const re = new RegExp(`(<${p}dimension\\b[^>]*?\\bref=")([^"]*)(")`);
  return xml.replace(re, (_all, pre: string, ref: string, post: string) => {
    const [a, b] = ref.split(":");
    const from = parseA1(a) ?? { row: 1, col: 1 };
    const to = parseA1(b ?? a) ?? from;
    let top = from.row, left = from.col, bottom = to.row, right = to.col;
    for (const blk of blocks) {
      const w = Math.max(0, ...blk.cells.map((line) => line.length));
      if (!blk.cells.length || !w) continue;
      top = Math.min(top, blk.firstRow);
      left = Math.min(left, blk.firstCol);
      bottom = Math.max(bottom, blk.firstRow + blk.cells.length - 1);
      right = Math.max(right, blk.firstCol + w - 1);
    }
    const next = top === bottom && left === right ? cellRef(top, left) : `${cellRef(top, left)}:${cellRef(bottom, right)}`;
    return pre + next + post;
  });
}
