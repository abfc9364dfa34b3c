// Literal grids for the core tests: one header row and rows that read like the sheet.

import { classifySheet, defaultRules } from "../../src/core";
import type { CellValue, Lang, RowResult, RunResult, Rules } from "../../src/core";

// A       B            C               D               E                  F           G           H                  I         J         K         L         M
export const HEADER: CellValue[] = ["乡镇", "计划生育率", "期内综合避孕率", "出生人口性别比", "人均计划生育事业费", "优质服务率", "群众满意率", "独生子女奖励金兑现率", "上年类别", "目标类别", "市级验收", "一票否决", "弄虚作假"];

/** Every tier-1 bound exactly met; prior 一类, target 一类, verified, no veto, not falsified. */
export const TIER1: CellValue[] = ["王营", 98, 90, 111, 8, 90, 90, 90, "一类", "一类", "是", "否", "否"];

export const COL = { township: 0, planned: 1, contraceptive: 2, sexRatio: 3, funding: 4, quality: 5, satisfaction: 6, reward: 7, prior: 8, target: 9, verified: 10, veto: 11, falsified: 12 };

export type ColName = keyof typeof COL;

/** TIER1 with some cells changed, by column name. */
export function row(changes: Partial<Record<ColName, CellValue>> = {}): CellValue[] {
  const r = TIER1.slice();
  for (const name of Object.keys(changes) as ColName[]) r[COL[name]] = changes[name] as CellValue;
  return r;
}

export function run(rows: CellValue[][], lang: Lang = "zh", rules: Rules = defaultRules(), formats?: string[][]): RunResult {
  return classifySheet({ name: "考核", values: [HEADER.slice(), ...rows], formats }, rules, { lang });
}

/** Classify one row (sheet row 2) and return its result. */
export function one(changes: Partial<Record<ColName, CellValue>> = {}, lang: Lang = "zh"): RowResult {
  return run([row(changes)], lang).rows[0];
}

/** The output cell values of the result block as a plain grid. */
export function outputValues(result: RunResult): (string | number | null)[][] {
  return result.output.cells.map((r) => r.map((c) => c.value));
}
