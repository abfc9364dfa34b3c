// A sheet as it looks after a run: the input with the run's result columns written in (values only),
// what the document steps and last year's tiers read.

import { classifySheet, defaultRules } from "../../src/core";
import type { CellValue, Lang, RunOptions, RunResult, Rules, SheetInput } from "../../src/core";

/** The input's cells with the result block written over them, as a front end writes it. */
export function withResults(input: SheetInput, result: RunResult): SheetInput {
  const origin = input.origin || { row: 1, col: 1 };
  const values: CellValue[][] = input.values.map((row) => row.slice());
  const out = result.output;
  out.cells.forEach((cells, i) => {
    const r = out.firstRow + i - origin.row;
    while (values.length <= r) values.push([]);
    cells.forEach((cell, j) => {
      const c = out.firstCol + j - origin.col;
      while (values[r].length < c) values[r].push(null);
      values[r][c] = cell.value;
    });
  });
  return { ...input, values };
}

/** Classify the sheet and return it with its results written in. */
export function classified(
  input: SheetInput,
  lang: Lang = "zh",
  rules: Rules = defaultRules(),
  options?: Partial<RunOptions>,
): SheetInput {
  return withResults(input, classifySheet(input, rules, { lang, ...options }));
}
