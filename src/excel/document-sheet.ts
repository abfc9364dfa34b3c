// Writing a sheet of the year (抽样名单, 推荐名单, 公示, 奖惩明细, 上年对照): replaced whole on each run like
// 规则 and 分类汇总 (sheet-output.ts), but written in syncs sized by bytes (a prefecture's 奖惩明细 has
// five rows per township), with the table lines the core asks for (OutCell.border). Loaded on demand
// with the year's steps: the first scripts never draw a border.
import type { OutCell, SheetOutput } from "../core/types";
import type { Capabilities } from "./capabilities";
import { rangeAt } from "./ranges";
import type { Session } from "./session";
import { OwnedSheet, queueSheetOutput } from "./sheet-output";
import { CellGrid, stylePatches } from "./styles";
import { cellBlock, planChunks, queueCells, suspendUntilSync } from "./write";

type Side = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/**
 * A thin line on every side of each bordered cell, as the .xlsx writer's thin border (xlsx/styles.ts):
 * per rectangle of bordered cells its four edges and, inside it, the lines between rows and columns.
 * Colour left automatic (the .xlsx border's `auto`). ExcelApi 1.1.
 */
export function queueBorders(ws: Excel.Worksheet, caps: Capabilities, grid: CellGrid, from: number, to: number): void {
  for (const patch of stylePatches(grid, from, to, (c: OutCell) => (c.border ? "thin" : null))) {
    const area = patch.area;
    const borders = rangeAt(ws, caps, area).format.borders;
    const sides: Side[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (area.rows > 1) sides.push("InsideHorizontal");
    if (area.cols > 1) sides.push("InsideVertical");
    for (const side of sides) {
      const line = borders.getItem(side);
      line.style = "Continuous";
      line.weight = "Thin";
    }
  }
}

/**
 * Replaces the sheet with `out`: clear (or add) it, widths and page setup as for 规则 and 分类汇总
 * (sheet-output.ts), then the cells in chunks, each with its formats, styles, borders and values. The
 * chunks leave write.ts's room for a tail, which holds the borders (one rectangle per table and chunk,
 * 13 operations) and `tail`'s writes, queued into the last sync.
 */
export async function writeOwnedSheet(
  s: Session,
  target: OwnedSheet,
  out: SheetOutput,
  tail?: () => void,
): Promise<Excel.Worksheet> {
  const ws = queueSheetOutput(s, target, { ...out, cells: [] });
  const block = cellBlock(0, 0, out.cells);
  const chunks = planChunks(block, s.caps);
  if (chunks.length === 0) chunks.push([0, 0]);
  for (let i = 0; i < chunks.length; i++) {
    const [from, to] = chunks[i];
    suspendUntilSync(s);
    queueCells(s, ws, block, from, to);
    queueBorders(ws, s.caps, block, from, to);
    if (i === chunks.length - 1 && tail) tail();
    await s.sync();
  }
  return ws;
}
