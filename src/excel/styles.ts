// Fills and bold of written cells. Cells of one style are gathered into rectangles (a run down
// one column, joined with the same run in the next column). On ExcelApi 1.9 each style is
// painted through Worksheet.getRanges, a few hundred rectangles per call; below 1.9 one range
// per rectangle. Either way the same cells end up with the same fill and bold.
import type { Fill, OutCell } from "../core/types";
import type { Capabilities } from "./capabilities";
import { a1, Area, colLetters, OP_BYTES, rangeAt } from "./ranges";

export const FILL_COLORS: Record<Fill, string> = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE" };

/**
 * One getRanges address list. Excel truncates lists beyond 8,192 characters without a word and
 * has refused lists of ~8,200 characters / 500+ areas (office-js#5198), so we stay well below.
 */
export const MAX_AREAS = 400;
export const MAX_ADDRESS_CHARS = 8000;

export interface CellGrid {
  row: number; // 0-based sheet position of cells[0][0]
  col: number;
  width: number;
  cells: OutCell[][];
}

/** A style's key for a cell (the colour, "bold"), or null when the cell has none. */
export type Style = (c: OutCell) => string | null;
export const fillOf: Style = (c) => (c.fill ? FILL_COLORS[c.fill] : null);
export const boldOf: Style = (c) => (c.bold ? "bold" : null);

interface Patch {
  area: Area;
  key: string;
}

/** Rectangles of one style over rows [from, to): vertical runs, joined across columns when they match. */
export function stylePatches(grid: CellGrid, from: number, to: number, style: Style): Patch[] {
  const out: Patch[] = [];
  let previous = new Map<string, Patch>(); // the last column's runs by "start,end,key"
  for (let c = 0; c < grid.width; c++) {
    const current = new Map<string, Patch>();
    let run: { start: number; key: string } | null = null;
    const close = (end: number) => {
      if (!run) return;
      const id = `${run.start},${end},${run.key}`;
      const left = previous.get(id);
      if (left) left.area.cols++;
      else
        out.push({
          key: run.key,
          area: { row: grid.row + run.start, col: grid.col + c, rows: end - run.start, cols: 1 },
        });
      current.set(id, left || out[out.length - 1]);
      run = null;
    };
    for (let r = from; r < to; r++) {
      const key = style(grid.cells[r][c]);
      if (run && key === run.key) continue;
      close(r);
      if (key !== null) run = { start: r, key };
    }
    close(to);
    previous = current;
  }
  return out;
}

/** Address lists for getRanges: at most MAX_AREAS areas and MAX_ADDRESS_CHARS characters each. */
export function addressLists(areas: Area[]): string[] {
  const lists: string[] = [];
  let list = "";
  let count = 0;
  for (const area of areas) {
    const address = a1(area);
    if (count > 0 && (count === MAX_AREAS || list.length + 1 + address.length > MAX_ADDRESS_CHARS)) {
      lists.push(list);
      list = "";
      count = 0;
    }
    list = count === 0 ? address : `${list},${address}`;
    count++;
  }
  if (count > 0) lists.push(list);
  return lists;
}

type Paint = (format: Excel.RangeFormat, key: string) => void;
const PAINTS: [Style, Paint][] = [
  [
    fillOf,
    (f, key) => {
      f.fill.color = key;
    },
  ],
  [
    boldOf,
    (f) => {
      f.font.bold = true;
    },
  ],
];

/** Queues the fills and bold of rows [from, to); the cells must already be cleared of both. */
export function queueStyles(ws: Excel.Worksheet, caps: Capabilities, grid: CellGrid, from: number, to: number): void {
  for (const [style, paint] of PAINTS) {
    const byKey = new Map<string, Area[]>();
    for (const p of stylePatches(grid, from, to, style)) {
      const areas = byKey.get(p.key);
      if (areas) areas.push(p.area);
      else byKey.set(p.key, [p.area]);
    }
    byKey.forEach((areas, key) => {
      if (caps.rangeAreas) addressLists(areas).forEach((list) => paint(ws.getRanges(list).format, key));
      else areas.forEach((area) => paint(rangeAt(ws, caps, area).format, key));
    });
  }
}

/**
 * Request bytes for one more styled rectangle in this grid: a range operation of its own below
 * 1.9; on 1.9 its address in a list, plus its share of the list's getRanges call.
 */
function patchBytes(grid: CellGrid, caps: Capabilities): number {
  if (!caps.rangeAreas) return OP_BYTES;
  const corner = colLetters(grid.col + grid.width - 1) + (grid.row + grid.cells.length);
  const longest = 2 * corner.length + 2; // "XX99999:XX99999,"
  const perList = Math.min(MAX_AREAS, Math.floor(MAX_ADDRESS_CHARS / longest));
  return longest + Math.ceil(OP_BYTES / perList);
}

/** Room for the lists that are not full: one per style key (3 fills + bold). */
export const PARTIAL_LISTS_BYTES = 4 * OP_BYTES;

/** Per column, the start rows of runs that match a run of the column on the left (and so join it). */
function joinedStarts(grid: CellGrid, style: Style): Set<number>[] {
  const out: Set<number>[] = [];
  let left = new Set<string>();
  for (let c = 0; c < grid.width; c++) {
    const ids = new Set<string>();
    const joined = new Set<number>();
    for (let r = 0; r < grid.cells.length;) {
      const key = style(grid.cells[r][c]);
      let end = r + 1;
      while (end < grid.cells.length && style(grid.cells[end][c]) === key) end++;
      if (key !== null) {
        const id = `${r},${end},${key}`;
        ids.add(id);
        if (left.has(id)) joined.add(r);
      }
      r = end;
    }
    out.push(joined);
    left = ids;
  }
  return out;
}

/**
 * Request bytes of the styled rectangles that begin on row r of a chunk starting at `start`.
 * An upper bound: a run is charged where it starts, unless it joins the run on its left; runs
 * cut by a chunk boundary are charged again on the chunk's first row.
 */
export function styleBytesByRow(grid: CellGrid, caps: Capabilities): (r: number, start: number) => number {
  const patch = patchBytes(grid, caps);
  const styles = PAINTS.map(([style]) => ({ style, joined: joinedStarts(grid, style) }));
  return (r, start) => {
    let patches = 0;
    for (const { style, joined } of styles) {
      for (let c = 0; c < grid.width; c++) {
        const key = style(grid.cells[r][c]);
        if (key === null) continue;
        if (r === start) patches++;
        else if (style(grid.cells[r - 1][c]) !== key && !joined[c].has(r)) patches++;
      }
    }
    return patches * patch;
  };
}
