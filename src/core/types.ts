// The data every part of township-tiers speaks. Pure types: no Office, no Node, no DOM.
// Names follow shared/SPEC.md, the JSON output and the tests.

/** A raw cell as a front end reads it. Error cells arrive as their Excel text ("#N/A", "#DIV/0!"). */
export type CellValue = string | number | boolean | null;

export type Lang = "zh" | "en";

/**
 * One worksheet's cells, as Office.js (`values` + `numberFormat`) and an .xlsx reader both give them.
 * `values[r][c]` is the cell at sheet row `origin.row + r`, column `origin.col + c` (both 1-based).
 */
export interface SheetInput {
  name: string;
  values: CellValue[][];
  /** Excel number format codes, same shape as `values` ("General", "0.0%", "@"). Missing = General. */
  formats?: string[][];
  /** 1-based sheet position of values[0][0]; default { row: 1, col: 1 }. */
  origin?: { row: number; col: number };
  /**
   * Formula cells that hold no calculated result (a file a program wrote and Excel never opened), by
   * A1 address: the formula ("=B9/2"), or "" for a cell sharing another cell's formula. Their values
   * are null; the core reports them instead of reading them as empty. Excel always has a result.
   */
  uncalculated?: Record<string, string>;
}

export type IndicatorKey =
  | "plannedBirthRate"
  | "contraceptiveRate"
  | "sexRatio"
  | "fundingPerCapita"
  | "qualityServiceRate"
  | "satisfactionRate"
  | "rewardPaymentRate";

/** Field keys for the columns beside the indicators (SPEC §3). */
export type FieldKey = "township" | "year" | "priorTier" | "targetTier" | "verified" | "veto" | "falsified";

export type ColumnKey = IndicatorKey | FieldKey;

export type Op = "gte" | "lte";

export interface IndicatorRule {
  key: IndicatorKey;
  label: string;
  op: Op;
  tier1: number;
  tier2: number;
  min: number;
  max: number;
  unit: string;
  /** The sheet's header for this indicator, where its names are not recognised (the 规则 sheet's 表头名称). */
  header?: string;
}

export type MoneyStatus = "ahead" | "met" | "failed" | "dropped";

export interface Rules {
  indicators: IndicatorRule[];
  amounts: Record<MoneyStatus, number>;
  split: { ratio: [number, number, number, number]; roles: [string, string, string, string] };
  /** The district's review (section 四.2): the least share of townships it surveys, 0 < share ≤ 1. Absent = 0.5. */
  sampleShare?: number;
}

export type Tier = 1 | 2 | 3;

export type Status =
  "ahead" | "met" | "failed" | "dropped" | "pending" | "vetoed" | "disqualified" | "no-target" | "invalid";

/** A bad cell: an ordinary outcome, never an exception. `message` is rendered in the run's language. */
export interface CellIssue {
  cell: string; // A1 address, e.g. "D7"
  column: string; // the header text as the sheet has it
  code: string; // stable machine code, e.g. "not-a-number", "out-of-range"
  message: string; // e.g. `D7: 避孕率 "abc" 不是数字`
  raw: CellValue;
}

export interface RowResult {
  row: number; // 1-based sheet row
  township: string;
  year: string | number | null;
  tier: Tier | null;
  status: Status;
  amount: number; // whole yuan; 0 when no money
  shares: [number, number, number, number];
  reasons: string[];
  errors: CellIssue[];
}

export interface SkippedRow {
  row: number;
  reason: string;
}

export interface Summary {
  byTier: { "1": number; "2": number; "3": number; none: number };
  byStatus: Record<Status, number>;
  rewards: number; // sum of positive amounts
  fines: number; // sum of negative amounts (a negative number)
  rows: number; // classified rows (results)
  skipped: number;
}

/** Where each recognised column is: 1-based sheet column numbers. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

/** Fill colours of result cells; front ends map these to their own colour API. */
export type Fill = "green" | "amber" | "red";

/** One cell a front end writes. Strings are always written as text, never as formulas. */
export interface OutCell {
  value: string | number | null; // null = leave empty (clears a stale value)
  fill?: Fill;
  numFmt?: string; // e.g. "#,##0"
  bold?: boolean;
  /** A thin line all round: the tables of the printed documents (抽样名单, 推荐名单, 公示, 奖惩明细). */
  border?: boolean;
}

/** A rectangle of cells to write, anchored at a 1-based sheet position. */
export interface OutputBlock {
  firstRow: number;
  firstCol: number;
  cells: OutCell[][];
}

export interface RunResult {
  sheet: string;
  /** 1-based first row of the header block (the row that holds the result columns' headers). */
  headerRow: number;
  /** How many rows the header block spans (1–3): merged group headers over the column names. */
  headerRows: number;
  /** 1-based row of a units row (%, ‰, 元/人, 女=100) directly under the header block, or null. */
  unitsRow: number | null;
  columns: ColumnMap;
  /** Every data row's result, in sheet order (made on first access; the arrays in it are shared, read-only). */
  rows: RowResult[];
  /** The rows with a bad cell, in sheet order: what a front end lists (each has errors). */
  problems: RowResult[];
  skipped: SkippedRow[];
  summary: Summary;
  /** Things the user should know about the whole run, e.g. a rate column read as fractions. */
  notices: string[];
  /** The result columns (header row + one row per sheet row below it), placed per SPEC §7. */
  output: OutputBlock;
}

export interface RunOptions {
  lang: Lang;
  /**
   * Prior tiers by 1-based sheet row, used where the sheet's prior-tier cell is blank or there is no
   * such column (last year's results, src/core/prior.ts). A prior-tier cell the sheet has wins.
   */
  priorTiers?: Record<number, Tier>;
}

/** A chart the summary sheet asks for: a clustered column of tier counts. Ranges are A1 on that sheet. */
export interface ChartSpec {
  title: string;
  categories: string; // e.g. "A4:A6"
  values: string; // e.g. "B4:B6"
  anchor: string; // top-left cell of the chart, e.g. "E2"
  /** Each bar's colour, in category order: the fill of that tier's cells. */
  fills?: Fill[];
  /** Show each bar's value on it. */
  dataLabels?: boolean;
}

/** Width of one sheet column the product writes, in characters of the standard font. */
export interface ColumnWidth {
  col: number; // 1-based sheet column
  width: number;
  wrap: boolean; // wrap the column's text (the reasons column)
}

/** A row the product makes taller so its wrapped reasons show (never lower than the row already is). */
export interface RowHeight {
  row: number; // 1-based sheet row
  height: number; // points
}

/** How the result columns look: their widths and the rows their wrapped reasons need. */
export interface ResultLayout {
  columns: ColumnWidth[];
  rowHeights: RowHeight[];
}

/** How a sheet prints. Front ends apply it only where the sheet has no page setup of its own. */
export interface PageSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Pages across and down the printout is fitted to; 0 = as many as it takes. */
  fitWide: number;
  fitTall: number;
  /** Rows repeated at the top of every page (1-based, inclusive), or null. */
  titleRows: { first: number; last: number } | null;
  /** Centre footer in Excel's codes (&A sheet name, &P page, &N pages). */
  footer: string;
}

/** A whole sheet the product writes (规则 or 分类汇总). */
export interface SheetOutput {
  name: string;
  cells: OutCell[][];
  chart?: ChartSpec;
  columnWidths?: number[]; // in characters, per column from A
  page?: PageSetup;
}
