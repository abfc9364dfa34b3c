// Shared set-up for the WPS adapter tests: a simulated ET from sheets or an .xlsx, the adapter run on
// it, the CLI run on the same file, and a sheet's cells as a plain grid for comparisons.
import { readFileSync } from "fs";
import { main } from "../../src/cli/main";
import type { EtApplication } from "../../src/wps";
import { classifyActiveSheet, WpsRunReport } from "../../src/wps";
import { openWorkbook } from "../../src/xlsx";
import { cellAt, createEt, newBook, SimHost, SimOptions, SimSheet, SimValue, usedRect } from "./sim";
import { sheetsFromXlsx } from "./sim/load";

export const RUN_AT = new Date(Date.UTC(2015, 0, 10, 8, 30));

export function etOf(sheets: SimSheet[], options: Partial<SimOptions> = {}, active = 0): SimHost {
  return createEt(newBook(sheets, active), options);
}

export function etFromXlsx(file: string, options: Partial<SimOptions> = {}): SimHost {
  return etOf(sheetsFromXlsx(new Uint8Array(readFileSync(file))), options);
}

export function appOf(host: SimHost): EtApplication {
  return host.Application as unknown as EtApplication;
}

export function runWps(host: SimHost, sheetName?: string, lang: "zh" | "en" = "zh"): WpsRunReport {
  return classifyActiveSheet({ lang, app: appOf(host), sheetName, runAt: RUN_AT });
}

export function okReport(report: WpsRunReport) {
  if (!report.ok) throw new Error(`${report.code}: ${report.message}`);
  return report;
}

/** `township-tiers classify FILE --out OUT --json JSON`; the sheet it classified and the output file. */
export function runCli(input: string, extra: string[] = []): { sheet: string; out: string } {
  const out = input.replace(/\.xlsx$/, ".cli.xlsx");
  const json = input.replace(/\.xlsx$/, ".json");
  const err: string[] = [];
  const status = main(["classify", input, "--out", out, "--json", json, "--lang", "zh", ...extra], {
    stdout: () => undefined,
    stderr: (t) => err.push(t),
    env: {},
    version: "test",
    now: () => RUN_AT,
  });
  expect({ status, err }).toEqual({ status: 0, err: [] });
  return { sheet: (JSON.parse(readFileSync(json, "utf8")) as { sheet: string }).sheet, out };
}

export interface Grid {
  values: SimValue[][];
  formats: string[][];
}

/** Cells A1 through (rows, cols) of an .xlsx sheet as the file holds them. */
export function xlsxGrid(file: string, sheet: string, rows: number, cols: number): Grid {
  const read = openWorkbook(new Uint8Array(readFileSync(file))).readSheet(sheet);
  const o = read.origin ?? { row: 1, col: 1 };
  const at = <T>(grid: T[][] | undefined, r: number, c: number, none: T): T => {
    const v = grid?.[r - o.row]?.[c - o.col];
    return v === undefined ? none : v;
  };
  return {
    values: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => at(read.values as SimValue[][], r + 1, c + 1, null)),
    ),
    formats: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => at(read.formats, r + 1, c + 1, "General")),
    ),
  };
}

/** Cells A1 through (rows, cols) of a simulated sheet. */
export function simGrid(sheet: SimSheet, rows: number, cols: number): Grid {
  const cell = (r: number, c: number) => cellAt(sheet, r + 1, c + 1);
  return {
    values: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c).value)),
    formats: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c).numberFormat)),
  };
}

/** The extent (from A1) of a simulated sheet's used range. */
export function extent(sheet: SimSheet): { rows: number; cols: number } {
  const u = usedRect(sheet);
  return { rows: u.row + u.rows - 1, cols: u.col + u.cols - 1 };
}
