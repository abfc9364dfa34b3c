// Reads the simulated workbook and the pane from inside the page, for assertions.

import type { Page } from "playwright-core";

export interface ProbedCell {
  value: string | number | boolean;
  fill: string | null;
  numberFormat: string;
}

interface SimState {
  state: {
    workbook: {
      sheets: { name: string; deleted: boolean; cells: Map<string, ProbedCell> }[];
      active: { name: string } | null;
      selection: { sheet: string; address: string } | null;
    };
  };
}

/** Cells of a sheet as "row,col" (0-based) → cell; null when the sheet does not exist. */
export function sheetCells(page: Page, name: string): Promise<Record<string, ProbedCell> | null> {
  return page.evaluate((sheetName) => {
    const sim = (window as unknown as { __ttSim: SimState }).__ttSim;
    const sheet = sim.state.workbook.sheets.filter((s) => s.name === sheetName && !s.deleted)[0];
    if (!sheet) return null;
    const out: Record<string, ProbedCell> = {};
    sheet.cells.forEach((c, k) => {
      out[k] = { value: c.value, fill: c.fill, numberFormat: c.numberFormat };
    });
    return out;
  }, name);
}

export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __ttSim: SimState }).__ttSim.state.workbook.sheets.filter((s) => !s.deleted).map((s) => s.name),
  );
}

export function selection(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => (window as unknown as { __ttSim: SimState }).__ttSim.state.workbook.selection);
}

export function activeSheet(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const a = (window as unknown as { __ttSim: SimState }).__ttSim.state.workbook.active;
    return a ? a.name : null;
  });
}

/** The rows of a stats table as [header text, value text]. */
export function tableRows(page: Page, testId: string): Promise<[string, string][]> {
  return page.$$eval(`[data-testid="${testId}"] tr`, (rows) =>
    rows.map((r) => [
      (r.querySelector("th")?.textContent || "").trim(),
      (r.querySelector("td")?.textContent || "").trim(),
    ] as [string, string]),
  );
}

/** Clicks Classify and waits for the summary; a failure shown in the pane fails fast with its text. */
export async function classify(page: Page): Promise<void> {
  await page.click("#classify");
  await page.waitForSelector('#results:not([hidden]) [data-testid="summary"], #status-text.status-error');
  const failed = await page.$("#status-text.status-error");
  if (failed) throw new Error("classify failed in the pane: " + (await failed.textContent()));
  await page.waitForFunction(() => !(document.getElementById("classify") as HTMLButtonElement).disabled);
}

/** Clicks Clear results, confirms, and waits until the pane reports the results cleared. */
export async function clearResults(page: Page): Promise<void> {
  await page.click("#clear");
  await page.click("#confirm-yes");
  await page.waitForSelector("#confirm", { state: "hidden" });
  await page.waitForFunction(() => !(document.getElementById("clear") as HTMLButtonElement).disabled && !document.querySelector("#progress:not([hidden])"));
}

const EMPTY: ProbedCell = { value: "", fill: null, numberFormat: "General" };

/** The cells where two snapshots differ ("row,col: before → after"); a missing cell counts as empty and General. */
export function sameCells(after: Record<string, ProbedCell> | null, before: Record<string, ProbedCell> | null): string[] {
  const a = after || {};
  const b = before || {};
  const keys = Object.keys(a).concat(Object.keys(b).filter((k) => !(k in a)));
  const show = (c: ProbedCell) => JSON.stringify([c.value, c.fill, c.numberFormat]);
  return keys
    .filter((k) => show(a[k] || EMPTY) !== show(b[k] || EMPTY))
    .map((k) => `${k}: ${show(b[k] || EMPTY)} → ${show(a[k] || EMPTY)}`);
}

/** Every result cell the core planned is in the sheet, value for value. */
export function expectResultCells(cells: Record<string, ProbedCell> | null, expected: { output: { firstRow: number; firstCol: number; cells: { value: unknown }[][] } }): void {
  const out = expected.output;
  const got: unknown[] = [];
  const want: unknown[] = [];
  out.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const found = (cells || {})[`${out.firstRow - 1 + r},${out.firstCol - 1 + c}`];
      got.push([r, c, found ? found.value : ""]);
      want.push([r, c, cell.value === null ? "" : cell.value]);
    }),
  );
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error("result cells differ:\n" + JSON.stringify(got) + "\n" + JSON.stringify(want));
  if (!cells || cells[`${out.firstRow - 1},${out.firstCol - 1}`].value !== "达到类别") throw new Error("no result header");
}
