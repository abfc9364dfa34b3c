// The workbooks the e2e suite opens: the shared fixture as the simulator sees it, a copy of its
// data sheet with bad cells and a hostile township name, and what the core says about each.

import { readFileSync } from "fs";
import { classifySheet, defaultRules } from "../../src/core";
import type { Lang, RunResult, SheetInput } from "../../src/core/types";
import { openWorkbook } from "../../src/xlsx";
import type { E2ESheet } from "./office-stub";

export const FIXTURE = "/work/shared/fixtures/district-with-chart.xlsx";
export const DATA_SHEET = "2015年考核";
export const PROBLEM_SHEET = "问题表";
export const HOSTILE = "<img src=x onerror=alert(1)>";

function fixturePath(): string {
  // CI clones main with shared/ beside it; a developer's checkout has /work/shared.
  const candidates = [process.env.TT_FIXTURE, FIXTURE, `${__dirname}/../../../shared/fixtures/district-with-chart.xlsx`];
  for (const c of candidates) {
    if (!c) continue;
    try {
      readFileSync(c);
      return c;
    } catch (_err) {
      // try the next place
    }
  }
  throw new Error("e2e: fixture district-with-chart.xlsx not found");
}

export function fixtureSheets(): E2ESheet[] {
  const wb = openWorkbook(new Uint8Array(readFileSync(fixturePath())));
  return wb.sheets
    .filter((s) => s.kind === "worksheet")
    .map((s) => {
      const read = wb.readSheet(s.name);
      return { name: s.name, values: read.values, formats: read.formats };
    });
}

/** The data sheet with three bad cells, one of them on a row whose township is an HTML payload. */
export function problemSheet(): E2ESheet {
  const data = fixtureSheets().filter((s) => s.name === DATA_SHEET)[0];
  const values = data.values.map((row) => row.slice());
  const formats = (data.formats || []).map((row) => row.slice());
  values[2][1] = HOSTILE; // B3: the township of the first data row
  values[2][3] = "abc"; // D3: 期内综合避孕率
  values[4][4] = "#N/A"; // E5: 出生人口性别比
  values[6][2] = 120; // C7: 计划生育率 above 100
  return { name: PROBLEM_SHEET, values, formats };
}

export function expectedRun(sheet: E2ESheet, lang: Lang): RunResult {
  const input: SheetInput = { name: sheet.name, values: sheet.values, formats: sheet.formats };
  return classifySheet(input, defaultRules(), { lang });
}
