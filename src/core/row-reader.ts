// Sheet rows -> a ResultTable, fast, in two passes. The first goes down the sheet once: while
// readIndicators (columns.ts) has a data row's cells at hand it hands them to take(), which reads the
// township, year, tier and flag cells into typed arrays. The second judges every row from those arrays
// alone (tier, outcome, failed bounds), once the fractions rule has settled the indicator values. A row
// with a bad cell goes through invalidRow, which lists every issue.

import { Classifier } from "./classify";
import type { RowSink } from "./columns";
import { Outcomes } from "./outcomes";
import { EMPTY_TABLE, NO_BOUND, ResultTable } from "./results";
import { parseFlag, parseTarget, parseTier } from "./parse-fields";
import type { FlagRead, TierRead } from "./parse-fields";
import { invalidRow, yearOf } from "./rows";
import type { SheetContext } from "./rows";
import { cellText, isBlank } from "./text";
import type { CellValue, ColumnKey, ColumnMap, Lang, Rules, SheetInput, Tier } from "./types";

const FIELDS = ["township", "year", "priorTier", "targetTier", "verified", "veto", "falsified"] as const;

// The five tier and flag cells of a row, as small integers: fields[k * 5 + f].
const PRIOR = 0;
const TARGET = 1;
const VERIFIED = 2;
const VETO = 3;
const FALSIFIED = 4;
const BAD = -1; // not a tier, target or yes/no: the row is invalid
const BLANK = 0; // for PRIOR and TARGET; tiers are 1..3
const NO = 0; // for the flags
const YES = 1;
const BLANK_FLAG = 2;

function tierCode(read: TierRead): number {
  return read === null ? BAD : read === "blank" ? BLANK : read;
}

function flagCode(read: FlagRead): number {
  return read === null ? BAD : read === "blank" ? BLANK_FLAG : read ? YES : NO;
}

/**
 * Reads the data rows of a run. One reader serves consecutive runs with the same rules and language
 * (rowReader below): its reason texts and outcomes carry over, and V8 keeps its optimised code, which
 * it would drop with every run's reader otherwise. Everything about the sheet is set by start().
 */
export class RowReader implements RowSink {
  private readonly classifier: Classifier;
  private readonly outcomes: Outcomes;
  // Per run (start): reassigned every run on purpose, so V8 never treats them as constants.
  private input: SheetInput = { name: "", values: [] };
  private firstRow = 1; // sheet row of input.values[0]
  private col = { township: -1, year: -1, priorTier: -1, targetTier: -1, verified: -1, veto: -1, falsified: -1 };
  private table = EMPTY_TABLE;
  private priorTiers: Record<number, Tier> | null = null;
  private fields = new Int8Array(0);
  /** 1 when data row k must take the slow path whatever its cells read: its township cell is blank,
   * or a cell it reads holds a formula with no calculated result. */
  private recheck = new Uint8Array(0);
  // Scratch for the current row, reused.
  private readonly failed: number[] = [];
  private lastYear: CellValue | undefined = undefined;
  private lastYearId = -1; // per run: an id in that run's table

  constructor(rules: Rules, lang: Lang) {
    this.classifier = new Classifier(rules.indicators, lang);
    this.outcomes = new Outcomes(rules, lang);
  }

  /** Room for `rows` data rows (those below the header); columns are 1-based from firstCol. */
  start(
    input: SheetInput,
    rows: number,
    columns: ColumnMap,
    firstCol: number,
    priorTiers?: Record<number, Tier>,
  ): void {
    this.input = input;
    this.priorTiers = priorTiers || null;
    this.firstRow = input.origin ? input.origin.row : 1;
    const index = (key: ColumnKey): number => (columns[key] === undefined ? -1 : (columns[key] as number) - firstCol);
    const col = { township: -1, year: -1, priorTier: -1, targetTier: -1, verified: -1, veto: -1, falsified: -1 };
    for (const key of FIELDS) col[key] = index(key);
    this.col = col;
    this.table = new ResultTable(rows, this.outcomes.byId, this.classifier.bounds);
    this.fields = new Int8Array(rows * 5);
    this.recheck = new Uint8Array(rows);
    this.lastYearId = -1;
  }

  /** Lets go of the run's sheet, so a kept reader does not keep a workbook's cells alive. */
  finish(): void {
    this.input = { name: "", values: [] };
    this.priorTiers = null;
    this.table = EMPTY_TABLE;
    this.fields = new Int8Array(0);
    this.recheck = new Uint8Array(0);
  }

  private cell(cells: CellValue[], at: number): CellValue | undefined {
    return at < 0 ? undefined : cells[at];
  }

  /** The first pass, row by row (readIndicators calls it): data row k's other cells. */
  take(k: number, cells: CellValue[]): void {
    const col = this.col;
    const table = this.table;
    const townshipRaw = this.cell(cells, col.township);
    if (isBlank(townshipRaw)) this.recheck[k] = 1;
    else table.setTownship(k, cellText(townshipRaw));
    const f = k * 5;
    this.fields[f + PRIOR] = tierCode(parseTier(this.cell(cells, col.priorTier)));
    this.fields[f + TARGET] = tierCode(parseTarget(this.cell(cells, col.targetTier)));
    this.fields[f + VERIFIED] = flagCode(parseFlag(this.cell(cells, col.verified)));
    this.fields[f + VETO] = flagCode(parseFlag(this.cell(cells, col.veto)));
    this.fields[f + FALSIFIED] = flagCode(parseFlag(this.cell(cells, col.falsified)));
    // Years repeat down a sheet: a cell equal to the previous row's keeps its id.
    const yearRaw = this.cell(cells, col.year);
    if (this.lastYearId < 0 || yearRaw !== this.lastYear) {
      this.lastYear = yearRaw;
      this.lastYearId = table.yearIndex(yearOf(yearRaw));
    }
    table.yearId[k] = this.lastYearId;
  }

  /** Sends the data rows at these indexes of input.values through the slow path (after readIndicators). */
  recheckRows(rows: Set<number>, at: Int32Array): void {
    for (let k = 0; k < at.length; k++) if (rows.has(at[k])) this.recheck[k] = 1;
  }

  /** The second pass: every data row judged, into the run's table (after readIndicators). */
  judgeAll(ctx: SheetContext): ResultTable {
    const table = this.table;
    const { at, width, values, states } = ctx.indicators;
    table.end(at.length);
    const fields = this.fields;
    const failed = this.failed;
    for (let k = 0; k < table.length; k++) {
      const row = this.firstRow + at[k];
      const first = k * width; // row k's first indicator in values and states
      const tier = this.classifier.rowTier(values, states, first);
      const f = k * 5;
      const cellPrior = fields[f + PRIOR];
      const prior = cellPrior === BLANK && this.priorTiers !== null ? this.priorTiers[row] || BLANK : cellPrior;
      const target = fields[f + TARGET];
      const verified = fields[f + VERIFIED];
      const veto = fields[f + VETO];
      const falsified = fields[f + FALSIFIED];
      if (
        tier === 0 ||
        this.recheck[k] === 1 ||
        prior === BAD ||
        target === BAD ||
        verified === BAD ||
        veto === BAD ||
        falsified === BAD
      ) {
        table.setProblem(k, invalidRow(ctx, { cells: this.input.values[at[k]], row, k }));
        continue;
      }
      const outcome = this.outcomes.get(
        tier,
        prior === BLANK ? 3 : (prior as Tier),
        target === BLANK ? null : (target as Tier),
        verified !== NO,
        veto === YES,
        falsified === YES,
      );
      table.sheetRow[k] = row;
      table.tier[k] = tier;
      table.outcome[k] = outcome.id;
      // Failed bounds as ids: the reason texts are put together only when a row is asked for.
      const n = this.classifier.failedBounds(values, first, tier, failed);
      table.failed[k] = n === 0 ? NO_BOUND : n === 1 ? failed[0] : table.failedList(failed, n);
    }
    return table;
  }

  /** How many reason texts the reader holds (to bound its memory across runs). */
  get cached(): number {
    return this.classifier.size;
  }
}

/** Everything the reader's caches depend on: the rules (as text, Infinity included) and the language. */
function rulesKey(rules: Rules, lang: Lang): string {
  const parts: (string | number)[] = [lang];
  for (const r of rules.indicators) parts.push(r.key, r.label, r.op, r.tier1, r.tier2);
  parts.push(rules.amounts.ahead, rules.amounts.met, rules.amounts.failed, rules.amounts.dropped);
  parts.push(...rules.split.ratio, ...rules.split.roles);
  return parts.map(String).join("\u0000");
}

// The last run's reader, kept while its rules and language repeat; dropped when its texts pile up.
const MAX_CACHED_TEXTS = 100000;
let last: { key: string; reader: RowReader } | null = null;

export function rowReader(rules: Rules, lang: Lang): RowReader {
  const key = rulesKey(rules, lang);
  if (last === null || last.key !== key || last.reader.cached > MAX_CACHED_TEXTS)
    last = { key, reader: new RowReader(rules, lang) };
  return last.reader;
}
