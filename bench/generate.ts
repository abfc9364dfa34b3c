// Deterministic synthetic district data for the bench: a seeded PRNG draws each township's
// indicators around the bounds, then renders the cells the way real sheets hold them
// (banner above the header, a %-formatted fraction column, "108:100" ratios, full-width digits,
// tier words, mixed flag spellings, a few bad cells, a totals row). The numeric truth is kept
// beside the grid so the plain loop, json-rules-engine and LibreOffice start from the same rows.

import type { CellValue, IndicatorRule, SheetInput, Tier } from "../src/core/types";

/** mulberry32: tiny, fast, and the same sequence on every machine for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One township as numbers: what every comparison classifies. bad = a cell the core must reject. */
export interface Truth {
  n: number; // rows
  values: Float64Array; // n × 7, indicator order of the rules
  prior: Int8Array; // 1..3 (blank cell = 3)
  target: Int8Array; // 1..3, 0 = no target
  verified: Uint8Array;
  veto: Uint8Array;
  falsified: Uint8Array;
  bad: Uint8Array; // 1 = a bad cell in the row: expected status "invalid"
  sheetRow: Int32Array; // 1-based sheet row of each township
}

export interface BenchData {
  sheet: SheetInput; // what a front end reads: values + number formats
  truth: Truth;
}

export const HEADERS = ["序号", "乡镇(单位)", "年度", "计划生育率(%)", "期内综合避孕率（%）", "出生人口性别比", "人均计划生育事业费（元）", "优质服务率", "群众满意率", "独生子女奖励金兑现率", "上年类别", "目标类别", "市级验收", "一票否决", "弄虚作假"];
const FIRST_INDICATOR_COL = 3; // 0-based column of 计划生育率
const FRACTION_COL = 7; // 优质服务率 held as fractions with a 0.0% format, as exported from many systems
const BANNER_ROWS = 2;

const PRIOR_WORDS: Record<Tier, string[]> = { 1: ["一类", "一類", "一类乡镇"], 2: ["二类", "二類"], 3: ["三类", "未达标"] };
const TARGET_WORDS: Record<Tier, string[]> = { 1: ["保持一类", "进一类", "二类进一类"], 2: ["进二类", "保持二类"], 3: ["三类"] };
const YES: CellValue[] = ["是", "Y", "√", true, 1];
const NO: CellValue[] = ["否", "N", "×", false, 0, null];
const BAD_CELLS: CellValue[] = ["abc", "#N/A", "待核实", 105, "#DIV/0!"];

type Rand = () => number;
const pick = <T>(rand: Rand, list: T[]): T => list[Math.floor(rand() * list.length)];
const round = (x: number, places: number): number => Number(x.toFixed(places));

/** A value for one indicator in the band asked for: "t1" passes tier 1, "t2" passes only tier 2, "t3" fails both. */
function drawValue(rand: Rand, rule: IndicatorRule, band: "t1" | "t2" | "t3"): number {
  const sign = rule.op === "gte" ? 1 : -1;
  const onBound = rand() < 0.08; // statutory bounds are inclusive: hit them exactly now and then
  if (band === "t1") return onBound ? rule.tier1 : Math.min(rule.max, round(rule.tier1 + sign * rand() * 4, 1));
  if (band === "t2") {
    if (onBound) return rule.tier2;
    const width = Math.abs(rule.tier1 - rule.tier2);
    const v = round(rule.tier2 + sign * rand() * width, 2);
    return v === rule.tier1 ? rule.tier2 : v;
  }
  const below = round(rule.tier2 - sign * (0.01 + rand() * 3), 2);
  return Math.min(rule.max, Math.max(rule.min, below));
}

/** Indicators of one row aiming at a tier; tier 2 needs an indicator whose bounds differ. */
function drawRow(rand: Rand, rules: IndicatorRule[], aim: Tier, out: Float64Array, at: number): void {
  const differing = rules.map((r, i) => (r.tier1 !== r.tier2 ? i : -1)).filter((i) => i >= 0);
  const weak = aim === 2 ? pick(rand, differing) : aim === 3 ? Math.floor(rand() * rules.length) : -1;
  rules.forEach((rule, i) => {
    let band: "t1" | "t2" | "t3" = "t1";
    if (i === weak) band = aim === 2 ? "t2" : "t3";
    else if (aim >= 2 && rule.tier1 !== rule.tier2 && rand() < 0.3) band = "t2";
    out[at + i] = drawValue(rand, rule, band);
  });
}

/** How a number is written in its cell: mostly plain numbers, some of the text forms SPEC §6 accepts. */
function renderIndicator(rand: Rand, rule: IndicatorRule, col: number, v: number): CellValue {
  if (col === FRACTION_COL) return round(v / 100, 6);
  const r = rand();
  if (rule.key === "sexRatio" && r < 0.03) return `${v}:100`;
  if (r < 0.01) return String(v).replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (rule.unit === "%" && r < 0.03) return `${v}%`;
  return v;
}

function newTruth(n: number): Truth {
  return {
    n, values: new Float64Array(n * 7), prior: new Int8Array(n), target: new Int8Array(n),
    verified: new Uint8Array(n), veto: new Uint8Array(n), falsified: new Uint8Array(n),
    bad: new Uint8Array(n), sheetRow: new Int32Array(n),
  };
}

export function generate(rows: number, rules: IndicatorRule[], seed = 20140110): BenchData {
  const rand = prng(seed);
  const truth = newTruth(rows);
  const banner = (text: string): CellValue[] => [text, ...HEADERS.slice(1).map(() => null)];
  const values: CellValue[][] = [banner("2014年度乡镇人口和计划生育进位争先考核表（基准测试数据）"), banner("填报单位：区人口和计划生育委员会"), HEADERS.slice()];
  const general = HEADERS.map(() => "General");
  const fractionRow = general.map((f, c) => (c === FRACTION_COL ? "0.0%" : f));
  const formats: string[][] = [general, general, general];
  for (let k = 0; k < rows; k++) {
    const r = rand();
    const aim: Tier = r < 0.5 ? 1 : r < 0.8 ? 2 : 3;
    drawRow(rand, rules, aim, truth.values, k * 7);
    const prior = (1 + Math.floor(rand() * 3)) as Tier;
    const target = rand() < 0.03 ? 0 : Math.max(1, prior - (rand() < 0.5 ? 1 : 0));
    truth.prior[k] = prior;
    truth.target[k] = target;
    truth.verified[k] = rand() < 0.04 ? 0 : 1;
    truth.veto[k] = rand() < 0.02 ? 1 : 0;
    truth.falsified[k] = rand() < 0.02 ? 1 : 0;
    const row: CellValue[] = [k + 1, `乡镇${k + 1}`, 2014];
    rules.forEach((rule, i) => row.push(renderIndicator(rand, rule, FIRST_INDICATOR_COL + i, truth.values[k * 7 + i])));
    row.push(prior === 3 && rand() < 0.3 ? null : pick(rand, PRIOR_WORDS[prior]));
    row.push(target === 0 ? null : pick(rand, TARGET_WORDS[target as Tier]));
    row.push(truth.verified[k] ? pick(rand, YES.slice(0, 3).concat([null])) : pick(rand, ["否", "N", "×"]));
    row.push(truth.veto[k] ? pick(rand, YES) : pick(rand, NO));
    row.push(truth.falsified[k] ? pick(rand, YES) : pick(rand, NO));
    if (rand() < 0.002) {
      truth.bad[k] = 1;
      const i = Math.floor(rand() * 7);
      const bad = pick(rand, BAD_CELLS);
      // 105 is out of range only for a rate; elsewhere it would be a valid value.
      row[FIRST_INDICATOR_COL + i] = typeof bad === "number" && rules[i].unit !== "%" ? "abc" : bad;
    }
    truth.sheetRow[k] = values.length + 1;
    values.push(row);
    formats.push(fractionRow);
    if (k === Math.floor(rows / 2)) {
      values.push(HEADERS.map(() => null)); // a blank row in the middle: skipped silently
      formats.push(general);
    }
  }
  values.push([null, "合计", ...HEADERS.slice(2).map(() => null)]);
  formats.push(general);
  return { sheet: { name: "考核数据", values, formats }, truth };
}

export { BANNER_ROWS, FIRST_INDICATOR_COL, FRACTION_COL };
