// Merges result blocks into an existing worksheet's <sheetData> by splicing strings: no DOM, one pass.
// Rows and cells outside the blocks are copied as they are; every other child of <worksheet> stays put.
import { OutCell, OutputBlock } from "../core/types";
import { cellXml } from "./cells";
import { utf8Binary } from "./bytes";
import { XlsxError } from "./errors";
import { CellStyle } from "./styles";
import { cellRef, columnOf, parseA1, rootPrefix } from "./xml";

export type StyleIndex = (style: CellStyle) => number;

export interface PatchedSheet {
  /** The patched part as a byte string (see bytes.ts). */
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

/** `xml` is the part as a byte string (bytes.ts); so is the result. */
/** How written cells look beyond their own style: wrapped columns and rows made taller for them. */
export interface CellLayout {
  wrapCols: ReadonlySet<number>;
  /** sheet row → points: a row lower than this is raised to it (never lowered). */
  rowHeights: ReadonlyMap<number, number>;
}

const NO_LAYOUT: CellLayout = { wrapCols: new Set(), rowHeights: new Map() };

export function patchSheetXml(
  xml: string,
  blocks: OutputBlock[],
  styleIndex: StyleIndex,
  layout: CellLayout = NO_LAYOUT,
): PatchedSheet {
  const { wrapCols, rowHeights } = layout;
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
  const cellRe = new RegExp(`<${p}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)</${p}c>)`, "g");
  const formulaRe = new RegExp(`<${p}f\\b`);
  const cellStyle = (cell: OutCell, col: number): number => styleIndex(styleOf(cell, wrapCols.has(col)));
  const merge: MergeContext = { p, cellStyle, rowHeights, cellRe, formulaRe, overwroteFormula: false };
  // Rows are found with indexOf rather than a lazy regex: it is several times faster on 40,000-row sheets.
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  for (let at = inner.indexOf(rowOpen); at >= 0; at = inner.indexOf(rowOpen, at + 1)) {
    const after = inner.charCodeAt(at + rowOpen.length);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) continue; // not <row
    const tagEnd = inner.indexOf(">", at);
    const selfClosing = inner.charCodeAt(tagEnd - 1) === 47;
    const attrs = inner.slice(at + rowOpen.length, selfClosing ? tagEnd - 1 : tagEnd);
    const closeAt = selfClosing ? tagEnd + 1 : inner.indexOf(rowClose, tagEnd);
    if (closeAt < 0) throw new XlsxError("bad-part", "row");
    const end = selfClosing ? closeAt : closeAt + rowClose.length;
    const rAttr = /\br="(\d+)"/.exec(attrs);
    const row = rAttr ? Number(rAttr[1]) : lastRow + 1;
    lastRow = row;
    const cells = byRow.get(row);
    if (!cells && (next >= pending.length || pending[next] > row)) {
      at = end - 1;
      continue; // untouched: copied in bulk later
    }
    out.push(inner.slice(copied, at));
    copied = end;
    while (next < pending.length && pending[next] < row)
      out.push(utf8Binary(newRow(merge, pending[next], byRow.get(pending[next++])!)));
    if (cells) {
      next++;
      out.push(mergeRow(merge, row, attrs, selfClosing ? "" : inner.slice(tagEnd + 1, closeAt), cells));
    } else out.push(inner.slice(at, end));
    at = end - 1;
  }
  out.push(inner.slice(copied));
  while (next < pending.length) out.push(utf8Binary(newRow(merge, pending[next], byRow.get(pending[next++])!)));
  out.push(`</${p}sheetData>`, xml.slice(open[1] ? innerStart : innerEnd + `</${p}sheetData>`.length));
  out[0] = widenDimension(out[0], p, blocks); // <dimension> comes before <sheetData>
  return { xml: out.join(""), overwroteFormula: merge.overwroteFormula };
}

interface MergeContext {
  p: string;
  cellStyle: (cell: OutCell, col: number) => number;
  rowHeights: ReadonlyMap<number, number>;
  cellRe: RegExp;
  formulaRe: RegExp;
  overwroteFormula: boolean;
}

/** A written cell's style; wrapping only where there is text to wrap. */
function styleOf(cell: OutCell, wrap: boolean): CellStyle {
  return { fill: cell.fill, numFmt: cell.numFmt, bold: cell.bold, wrap: wrap && cell.value !== null };
}

function newRow(ctx: MergeContext, row: number, cells: RowCells): string {
  const { p, cellStyle } = ctx;
  const body = Array.from(cells.keys())
    .sort((a, b) => a - b)
    .map((col) => cellXml(p, row, col, cells.get(col)!, cellStyle(cells.get(col)!, col)))
    .join("");
  return body ? `<${p}row${rowAttrs(ctx, row, ` r="${row}"`)}>${body}</${p}row>` : "";
}

/** A row's attributes, its height raised where its wrapped reasons need more room. */
function rowAttrs(ctx: MergeContext, row: number, attrs: string): string {
  const want = ctx.rowHeights.get(row);
  if (want === undefined) return attrs;
  const ht = /\bht="([^"]*)"/.exec(attrs);
  if (ht && Number(ht[1]) >= want) return attrs;
  const without = attrs.replace(/\s+(?:ht|customHeight)="[^"]*"/g, "");
  return `${without} ht="${want}" customHeight="1"`;
}

/** One existing row with block cells merged in column order; cells outside the block are kept verbatim. */
function mergeRow(ctx: MergeContext, row: number, attrs: string, body: string, cells: RowCells): string {
  const { p, cellRe, cellStyle } = ctx;
  const appended = appendToRow(ctx, row, attrs, body, cells);
  if (appended !== null) return appended;
  // Existing cells stay byte strings; each generated cell is converted on its own.
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
  for (const [c, cell] of cells) parts.push({ col: c, xml: utf8Binary(cellXml(p, row, c, cell, cellStyle(cell, c))) });
  parts.sort((a, b) => a.col - b.col);
  const cols = parts.filter((x) => x.xml).map((x) => x.col);
  const newAttrs = cols.length
    ? attrs.replace(/\bspans="\d+:\d+"/, `spans="${cols[0]}:${cols[cols.length - 1]}"`)
    : attrs;
  return `<${p}row${rowAttrs(ctx, row, newAttrs)}>${parts.map((x) => x.xml).join("")}${body.slice(tailStart)}</${p}row>`;
}

/**
 * The common case, first runs: every block cell lies right of the row's last cell, so the new cells are
 * appended without parsing the row. Null when the row needs a real merge.
 */
function appendToRow(ctx: MergeContext, row: number, attrs: string, body: string, cells: RowCells): string | null {
  const { p } = ctx;
  let minCol = Infinity;
  let maxCol = 0;
  for (const c of cells.keys()) {
    if (c < minCol) minCol = c;
    if (c > maxCol) maxCol = c;
  }
  const last = body.lastIndexOf(`<${p}c `);
  if (last < 0 ? body.trim() !== "" : body.indexOf("extLst", last) >= 0) return null;
  let firstCol = 0;
  let lastCol = 0;
  if (last >= 0) {
    const ref = /^<[\w:]*c\b[^>]*?\br="([A-Za-z]+)\d*"/.exec(body.slice(last, body.indexOf(">", last) + 1));
    if (!ref) return null;
    lastCol = columnOf(ref[1]);
    if (lastCol >= minCol) return null;
    const first = /\br="([A-Za-z]+)\d*"/.exec(body.slice(0, body.indexOf(">") + 1));
    firstCol = first ? columnOf(first[1]) : lastCol;
  }
  let added = "";
  for (const c of Array.from(cells.keys()).sort((a, b) => a - b)) {
    const cell = cells.get(c)!;
    added += cellXml(p, row, c, cell, ctx.cellStyle(cell, c));
  }
  const spanEnd = added ? maxCol : lastCol;
  const newAttrs = spanEnd ? attrs.replace(/\bspans="\d+:\d+"/, `spans="${firstCol || minCol}:${spanEnd}"`) : attrs;
  return `<${p}row${rowAttrs(ctx, row, newAttrs)}>${body}${utf8Binary(added)}</${p}row>`;
}

/** <dimension ref> grown to cover the blocks. */
function widenDimension(xml: string, p: string, blocks: OutputBlock[]): string {
  const re = new RegExp(`(<${p}dimension\\b[^>]*?\\bref=")([^"]*)(")`);
  return xml.replace(re, (_all, pre: string, ref: string, post: string) => {
    const [a, b] = ref.split(":");
    const from = parseA1(a) ?? { row: 1, col: 1 };
    const to = parseA1(b ?? a) ?? from;
    let top = from.row,
      left = from.col,
      bottom = to.row,
      right = to.col;
    for (const blk of blocks) {
      const w = Math.max(0, ...blk.cells.map((line) => line.length));
      if (!blk.cells.length || !w) continue;
      top = Math.min(top, blk.firstRow);
      left = Math.min(left, blk.firstCol);
      bottom = Math.max(bottom, blk.firstRow + blk.cells.length - 1);
      right = Math.max(right, blk.firstCol + w - 1);
    }
    const next =
      top === bottom && left === right ? cellRef(top, left) : `${cellRef(top, left)}:${cellRef(bottom, right)}`;
    return pre + next + post;
  });
}
