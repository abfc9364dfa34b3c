// columnsUsingFormats: exactly the columns whose number formats the core reads (the indicator
// columns, every kind), so formats elsewhere never change a result.

import fc from "fast-check";
import { classifySheet, columnsUsingFormats, defaultRules, sampleWorkbook } from "../../src/core";
import type { CellValue, ColumnMap, RunResult, SheetInput } from "../../src/core";
import { HEADER, row } from "./grid";

/** Formats kept only in `keep` (1-based sheet columns); every other cell "General". */
function onlyColumns(input: SheetInput, keep: number[]): string[][] {
  const origin = input.origin || { row: 1, col: 1 };
  return input.values.map((r, i) => r.map((_, c) => (keep.indexOf(origin.col + c) >= 0 ? (input.formats?.[i]?.[c] ?? "General") : "General")));
}

/** Everything a run produces, as one comparable value. */
function outcome(result: RunResult) {
  return { rows: result.rows, skipped: result.skipped, summary: result.summary, notices: result.notices, output: result.output, columns: result.columns };
}

function expectSameWithTrimmedFormats(input: SheetInput): number[] {
  const rules = defaultRules();
  const full = classifySheet(input, rules, { lang: "zh" });
  const keep = columnsUsingFormats(full.columns);
  const trimmed = classifySheet({ ...input, formats: onlyColumns(input, keep) }, rules, { lang: "zh" });
  expect(outcome(trimmed)).toEqual(outcome(full));
  return keep;
}

describe("columnsUsingFormats", () => {
  test("the seven indicator columns of the standard header, ascending", () => {
    const result = classifySheet({ name: "s", values: [HEADER.slice(), row()] }, defaultRules(), { lang: "zh" });
    expect(columnsUsingFormats(result.columns)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  test("fields beside the indicators never count; order and gaps follow the sheet", () => {
    const columns: ColumnMap = { township: 1, year: 2, satisfactionRate: 30, plannedBirthRate: 4, sexRatio: 9, fundingPerCapita: 12, priorTier: 5, targetTier: 6, verified: 7, veto: 8, falsified: 3 };
    expect(columnsUsingFormats(columns)).toEqual([4, 9, 12, 30]);
    expect(columnsUsingFormats({})).toEqual([]);
    expect(columnsUsingFormats({ township: 1, year: 2 })).toEqual([]);
  });

  test("the sample district: same results with formats outside the indicator columns dropped", () => {
    const sample = sampleWorkbook().sheet;
    expect(expectSameWithTrimmedFormats(sample)).toHaveLength(7);
  });

  test("% formats in several columns, indicators and not: only the indicators' formats matter", () => {
    // A 1, B–H indicators, I 上年类别, J 目标类别, K 市级验收, L 一票否决, M 弄虚作假, N 年度, O a note column
    const header: CellValue[] = [...HEADER, "年度", "备注"];
    const values: CellValue[][] = [header];
    const formats: string[][] = [header.map(() => "General")];
    for (let i = 0; i < 12; i++) {
      const r = row({ planned: 0.985 - i * 0.005, contraceptive: 0.9, sexRatio: 1.1 + i * 0.002, funding: 0.08 + i * 0.001, quality: 0.92, prior: 1, target: 2, verified: 1, veto: 0, falsified: 0 });
      values.push([...r, 2014, 0.5]);
      formats.push(header.map((_, c) => (c === 0 ? "General" : c === 6 ? "General" : "0.0%")));
    }
    const input: SheetInput = { name: "考核", values, formats };
    expect(expectSameWithTrimmedFormats(input)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    // …and those formats do matter: with none at all the same sheet classifies differently,
    // including the sex ratio (1.1 reads 110 only with its % format) and funding.
    const bare = classifySheet({ ...input, formats: undefined }, defaultRules(), { lang: "zh" });
    const full = classifySheet(input, defaultRules(), { lang: "zh" });
    expect(outcome(bare)).not.toEqual(outcome(full));
    const onlyRatioAndFunding = classifySheet({ ...input, formats: onlyColumns(input, [4, 5]) }, defaultRules(), { lang: "zh" });
    const withoutRatioAndFunding = classifySheet({ ...input, formats: onlyColumns(input, [2, 3, 6, 7, 8]) }, defaultRules(), { lang: "zh" });
    expect(outcome(withoutRatioAndFunding)).not.toEqual(outcome(full));
    expect(outcome(onlyRatioAndFunding)).not.toEqual(outcome(full));
  });

  test("any values and formats, anywhere, at any origin: dropping the other columns' formats changes nothing", () => {
    const cell = fc.oneof(
      fc.double({ min: -2, max: 250, noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom<CellValue>("98.5%", "108:100", "一类", "二类", "是", "否", 1, 0, true, false, "", null, "#N/A", "abc", "合计"),
    );
    const format = fc.constantFrom("General", "0.0%", "0%", "@", "#,##0", '0.0"%"', "0.00%;[Red]-0.00%");
    const width = HEADER.length + 2;
    const body = fc.array(fc.array(fc.tuple(cell, format), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), (rows, originRow, originCol) => {
        const header: CellValue[] = [...HEADER, "年度", "备注"];
        const values = [header, ...rows.map((r) => r.map(([v]) => v))];
        const formats = [header.map(() => "0%"), ...rows.map((r) => r.map(([, f]) => f))];
        expectSameWithTrimmedFormats({ name: "s", values, formats, origin: { row: originRow, col: originCol } });
      }),
      { numRuns: 300 },
    );
  });
});
