// The adapter reads number formats only where the core reads them (the indicator columns), and
// classifies cell for cell exactly as the core does on every value and every format of the sheet.
import { classifySheet, defaultRules, readRulesSheet, rulesSheet, sampleWorkbook } from "../../src/core";
import type { Rules, RunResult, SheetInput } from "../../src/core";
import { classifyActiveSheet } from "../../src/excel";
import { PROBE_ROWS } from "../../src/excel/read";
import { PAYLOAD_BUDGET } from "../../src/excel/ranges";
import { blockOf, expectedCells, firstDifference, fullInput, HEADER, resultLines, sheetFromInput, simExcel, Sim, writtenCells } from "./helpers";
import { newSheet, sheetFromGrid, SimSheet, SimValue, updateCell } from "./sim";
import { SimRange } from "./sim/range";

const RUN_AT = new Date(Date.UTC(2015, 0, 10));

// A 乡镇, B–H the indicators, I 上年类别, J 目标类别, K 年度, L 备注, M 说明 (long text, to fill blocks)
const COLUMNS = [...HEADER, "年度", "备注", "说明"];
const INDICATOR_COLS = [1, 2, 3, 4, 5, 6, 7]; // 0-based

/**
 * A district whose cells need their formats: % fractions in 计划生育率, the sex ratio (1.1 → 110)
 * and funding (0.08 → 8); 优质服务率 mixing %-formatted fractions with plain percentages (so the
 * fractions rule cannot stand in for the format); and % formats on non-indicator cells too
 * (上年类别 1 shown as 100%, 年度, 备注), which the core must not look at.
 */
function percentDistrict(n: number, pad = 0, qualityHeader = "优质服务率"): { values: (SimValue | null)[][]; formats: string[][] } {
  const header = COLUMNS.slice();
  header[5] = qualityHeader;
  const values: (SimValue | null)[][] = [["2014年度乡镇考核表（百分比格式）"], header];
  const formats: string[][] = [["General"], header.map(() => "General")];
  const targets = ["保持一类", "二类进一类", "进二类", null];
  for (let i = 0; i < n; i++) {
    const k = i % 7;
    const fraction = i % 2 === 0;
    values.push([
      `乡镇${i + 1}`, 0.95 + k * 0.006, 85 + k, 1.08 + (k % 4) * 0.02, 0.08 + (k % 2) * 0.01,
      fraction ? 0.9 + (k % 3) * 0.01 : 90 + (k % 3), 91, "92%", 1 + (i % 3), targets[i % 4], 2014, 0.5, pad ? "备".repeat(pad) : null,
    ]);
    formats.push(["General", "0.0%", "General", "0.0%", "0%", fraction ? "0.00%" : "General", "General", "General", "0%", "General", "0%", "0.0%", "@"]);
  }
  return { values, formats };
}

/** The same sheet without any number format: how different the results would be without them. */
function withoutFormats(input: SheetInput): SheetInput {
  return { ...input, formats: undefined };
}

interface FormatLoad {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Records every range whose numberFormat the adapter loads and Excel read (resolved after the run). */
function recordFormatLoads(): () => FormatLoad[] {
  const ranges: SimRange[] = [];
  const original = SimRange.prototype.load;
  jest.spyOn(SimRange.prototype, "load").mockImplementation(function (this: SimRange, spec?: unknown) {
    if (String(spec).indexOf("numberFormat") >= 0) ranges.push(this);
    return original.call(this, spec);
  });
  return () => {
    const out: FormatLoad[] = [];
    for (const r of ranges) {
      let t: ReturnType<SimRange["resolved"]>;
      try {
        t = r.resolved();
      } catch {
        continue; // queued in a sync that Excel refused: never read
      }
      if (t) out.push({ sheet: t.sheet.name, ...t.rect });
    }
    return out;
  };
}

async function classifyOk(sim: Sim): Promise<{ result: RunResult; syncs: number }> {
  const report = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
  if (!report.ok) throw new Error(`${report.code}: ${report.message}`);
  return report;
}

/** Classifies on the simulator and checks: same results as the core on every value and format, same cells written. */
async function expectExact(sheets: SimSheet[], profile: "vl2016" | "vl2019" | "m365" = "m365", rules: Rules = defaultRules()) {
  const target = sheets[0];
  const everything = fullInput(target);
  const sim = simExcel(sheets, profile);
  const loads = recordFormatLoads();
  try {
    const report = await classifyOk(sim);
    const reference = classifySheet(everything, rules, { lang: "zh" });
    expect(firstDifference(resultLines(report.result), resultLines(reference))).toBeNull();
    expect(writtenCells(sim.sheet(target.name)!, report.result.output)).toEqual(expectedCells(report.result.output));
    return { report, reference, everything, sim, loads: loads().filter((l) => l.sheet === target.name) };
  } finally {
    sim.uninstall();
  }
}

/** The 0-based sheet columns whose formats were loaded below the probe's rows. */
function formatColumnsBelowProbe(loads: FormatLoad[], firstRow: number): number[] {
  const cols = new Set<number>();
  for (const l of loads) if (l.row >= firstRow + PROBE_ROWS) for (let c = l.col; c < l.col + l.cols; c++) cols.add(c);
  return [...cols].sort((a, b) => a - b);
}

/** A 规则 sheet as a person would have it, with one indicator renamed. */
function rulesSheetRenaming(label: string): { sheet: SimSheet; rules: Rules } {
  const rules = defaultRules();
  rules.indicators.filter((r) => r.key === "qualityServiceRate")[0].label = label;
  const out = blockOf(rulesSheet(rules, "zh"));
  const sheet = sheetFromGrid("规则", out.cells.map((row) => row.map((c) => c.value)));
  const input: SheetInput = { name: "规则", values: out.cells.map((row) => row.map((c) => c.value)) };
  return { sheet, rules: readRulesSheet(input, "zh") };
}

afterEach(() => jest.restoreAllMocks());

describe("number formats only where the core reads them", () => {
  it("the sample district: the probe reads every cell (formats included), identical results, 2 syncs", async () => {
    const { report, loads } = await expectExact([sheetFromInput(sampleWorkbook().sheet)]);
    expect(report.syncs).toBe(2);
    expect(formatColumnsBelowProbe(loads, 0)).toEqual([]);
  });

  it.each(["m365", "vl2019", "vl2016"] as const)("%% formats in several columns, indicators and not, over several blocks: identical results (%s)", async (profile) => {
    const { values, formats } = percentDistrict(2_500, 1_000);
    const { report, everything, loads } = await expectExact([sheetFromGrid("区县", values, formats)], profile);
    // the formats matter: without them the same cells classify differently
    const bare = classifySheet(withoutFormats(everything), defaultRules(), { lang: "zh" });
    expect(firstDifference(resultLines(bare), resultLines(report.result))).not.toBeNull();
    // below the probe only the seven indicator columns' formats were read, in one span per block
    expect(formatColumnsBelowProbe(loads, 0)).toEqual(INDICATOR_COLS);
    const blocks = loads.filter((l) => l.row >= PROBE_ROWS);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    blocks.forEach((b) => expect([b.col, b.cols]).toEqual([1, 7]));
  });

  it("a 规则 sheet that renames an indicator: first block with every text-headed column, then the indicators only", async () => {
    const { values, formats } = percentDistrict(2_500, 1_000, "服务质量率");
    const { sheet: rulesSheetCells, rules } = rulesSheetRenaming("服务质量率");
    const { report, loads } = await expectExact([sheetFromGrid("区县", values, formats), rulesSheetCells], "m365", rules);
    expect(report.result.columns.qualityServiceRate).toBe(6);
    const blocks = loads.filter((l) => l.row >= PROBE_ROWS);
    const firstRow = Math.min(...blocks.map((b) => b.row));
    const columnsOf = (row: number) => blocks.filter((b) => b.row === row).flatMap((b) => Array.from({ length: b.cols }, (_, j) => b.col + j));
    expect(columnsOf(firstRow)).toEqual(COLUMNS.map((_, c) => c)); // every column has a text header
    const later = [...new Set(blocks.filter((b) => b.row > firstRow).map((b) => b.row))];
    expect(later.length).toBeGreaterThanOrEqual(1);
    later.forEach((row) => expect(columnsOf(row)).toEqual(INDICATOR_COLS));
  });

  it("40,000 rows with % formats: identical results, reads at the byte floor, every sync under 4 MB", async () => {
    const { values, formats } = percentDistrict(40_000);
    const { report, sim } = await expectExact([sheetFromGrid("全国", values, formats)]);
    const syncs = sim.host.stats.syncs;
    const reads = syncs.slice(1).filter((x) => x.response > 100_000);
    const readBytes = reads.reduce((n, x) => n + x.response, 0);
    console.log(`40,000 % rows on m365: ${syncs.length} syncs, reads ${reads.map((x) => x.response).join(" + ")} B, largest request ${Math.max(...syncs.map((x) => x.request))} B`);
    expect(reads.length).toBe(Math.ceil(readBytes / PAYLOAD_BUDGET));
    expect(Math.max(...syncs.map((x) => Math.max(x.request, x.response)))).toBeLessThan(4_000_000);
    expect(report.syncs).toBe(syncs.length);
  }, 120_000);

  it("a used range ending at the grid's last rows: the probe's first rows are refused, it probes again and reads every format", async () => {
    const sheet = newSheet("底部");
    const grid = percentDistrict(30);
    const top = 1_048_576 - grid.values.length;
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        updateCell(sheet, top + r, c, (cell) => {
          cell.value = v;
          cell.numberFormat = grid.formats[r][c];
        });
      }),
    );
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { report, loads } = await expectExact([sheet]);
    expect(report.syncs).toBe(4); // probe (refused), probe, cells, writes
    expect(loads.map((l) => [l.row, l.col, l.rows, l.cols])).toEqual([[top, 0, grid.values.length, COLUMNS.length]]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
