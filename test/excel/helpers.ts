// Shared set-up for the adapter tests: a simulated Excel with globals installed, and checks
// that compare what the adapter wrote with what the core asked for, cell by cell.
import type { OutCell, OutputBlock, RunResult, SheetInput } from "../../src/core";
import { detectCapabilities } from "../../src/excel";
import { createSimHost, newWorkbook, sheetFromGrid, SimHost, SimSheet, cellAt, SimValue, usedRect } from "./sim";

export type ProfileName = "vl2016" | "vl2019" | "m365";

export const COLORS = { green: "#C6EFCE", amber: "#FFEB9C", red: "#FFC7CE" } as const;

export function sheetFromInput(input: SheetInput): SimSheet {
  const values = input.values.map((row) => row.map((v) => (v === null ? null : (v as SimValue))));
  return sheetFromGrid(input.name, values, input.formats);
}

/** A simulated Excel holding these sheets (the first active), with Excel/Office on globalThis. */
export function simExcel(sheets: SimSheet[], profile: ProfileName = "m365", payloadLimit?: number) {
  const host = createSimHost({ workbook: newWorkbook(sheets), profile, payloadLimit });
  const uninstall = host.install();
  const caps = detectCapabilities((host.Office as { context: { requirements: Parameters<typeof detectCapabilities>[0] } }).context.requirements);
  return { host, caps, uninstall, sheet: (name: string) => host.state.workbook.sheets.find((s) => s.name === name) };
}

export type Sim = ReturnType<typeof simExcel>;

export function expectedFormat(c: OutCell): string {
  if (typeof c.value === "string") return "@";
  return c.value === null ? "General" : c.numFmt ?? "General";
}

/** Every cell of an output block as the simulator holds it, in the same shape as expected. */
export function writtenCells(sheet: SimSheet, block: OutputBlock) {
  return block.cells.map((row, i) =>
    row.map((_, j) => {
      const cell = cellAt(sheet, block.firstRow - 1 + i, block.firstCol - 1 + j);
      return { value: cell.value, numberFormat: cell.numberFormat, fill: cell.fill, bold: cell.bold, formula: cell.formula };
    }),
  );
}

export function expectedCells(block: OutputBlock) {
  return block.cells.map((row) =>
    row.map((c) => ({
      value: c.value === null ? "" : c.value,
      numberFormat: expectedFormat(c),
      fill: c.fill ? COLORS[c.fill] : null,
      bold: c.bold === true,
      formula: undefined,
    })),
  );
}

/** A SheetOutput-shaped grid of cells padded to its widest row (what a fresh sheet ends up holding). */
export function sheetValues(sheet: SimSheet, rows: number, cols: number): (SimValue)[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cellAt(sheet, r, c).value));
}

/** A SheetOutput as an OutputBlock at A1, rows padded to the widest (what a fresh sheet holds). */
export function blockOf(out: { cells: OutCell[][] }): OutputBlock {
  const width = out.cells.reduce((w, r) => Math.max(w, r.length), 0);
  const cells = out.cells.map((r) => r.concat(Array.from({ length: width - r.length }, (): OutCell => ({ value: null }))));
  return { firstRow: 1, firstCol: 1, cells };
}

export const HEADER = ["乡镇", "计划生育率", "期内综合避孕率", "出生人口性别比", "人均计划生育事业费", "优质服务率", "群众满意率", "独生子女奖励金兑现率", "上年类别", "目标类别"];

/** A deterministic district of n townships that cycles through every tier and several statuses. */
export function districtGrid(n: number): (SimValue | null)[][] {
  const tiers = ["一类", "二类", "三类"];
  const targets = ["保持一类", "二类进一类", "进二类", null];
  const rows: (SimValue | null)[][] = [["2014年度乡镇考核表"], HEADER.slice()];
  for (let i = 0; i < n; i++) {
    const k = i % 7;
    rows.push([
      `乡镇${i + 1}`, 95 + k * 0.6, 85 + k, 108 + (k % 4) * 2, 8 + (k % 2), 90 + (k % 3), 91, 92,
      tiers[i % 3], targets[i % 4],
    ]);
  }
  return rows;
}

/** What "reading everything" gives the core: every value and every number format of the used range. */
export function fullInput(sheet: SimSheet): SheetInput {
  const rect = usedRect(sheet, true);
  const grid = <T>(pick: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => pick(rect.row + i, rect.col + j)));
  return {
    name: sheet.name,
    values: grid((r, c) => cellAt(sheet, r, c).value as SimValue),
    formats: grid((r, c) => cellAt(sheet, r, c).numberFormat),
    origin: { row: rect.row + 1, col: rect.col + 1 },
  };
}

/** A run's results as one line per part and row, for a fast, exact comparison of big runs. */
export function resultLines(result: RunResult): string[] {
  const { rows, output, ...rest } = result;
  return [
    JSON.stringify(rest),
    ...rows.map((r) => JSON.stringify(r)),
    JSON.stringify({ firstRow: output.firstRow, firstCol: output.firstCol }),
    ...output.cells.map((r) => JSON.stringify(r)),
  ];
}

/** The first line where two lists differ, or null. */
export function firstDifference(a: string[], b: string[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `line ${i}: ${a[i]} ≠ ${b[i]}`;
  return null;
}
