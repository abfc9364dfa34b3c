// Result column widths, wrapped-reason row heights and the page setup, computed from a run's output.
import { classifySheet, defaultRules, resultLayout, resultPageSetup, sampleWorkbook, textWidth } from "../../src/core";
import { REASONS_WIDTH } from "../../src/core/layout";
import type { OutCell } from "../../src/core/types";

describe("textWidth", () => {
  test.each([
    ["", 0],
    ["20,000", 6],
    ["一类", 4],
    ["（二类）差 0.8", 14], // fullwidth brackets count double, like the ideographs
    ["Ａ１", 4],
    ["𠀀", 2], // a supplementary ideograph: one wide character
  ])("%j is %i wide", (s, w) => expect(textWidth(s)).toBe(w));
});

describe("resultLayout", () => {
  const result = classifySheet(sampleWorkbook().sheet, defaultRules(), { lang: "zh" });
  const layout = resultLayout(result.output);

  test("fits each result column to its widest text, header included; the reasons column is capped and wraps", () => {
    expect(layout.columns.map((c) => c.col)).toEqual([16, 17, 18, 19, 20, 21, 22, 23]);
    // 达到类别 (8) + 2; 完成情况 (8) + 2; 奖惩金额 (8) + 2 beats -30,000 (7); 乡镇长 (6) + 2; 未达标… capped.
    expect(layout.columns.map((c) => c.width)).toEqual([10, 10, 10, 10, 8, 10, 10, REASONS_WIDTH]);
    expect(layout.columns.map((c) => c.wrap)).toEqual([false, false, false, false, false, false, false, true]);
  });

  test("rows whose reasons need more than one line are raised, 15 points a line", () => {
    const longest = Math.max(...result.output.cells.map((r) => textWidth(String(r[7].value ?? ""))));
    expect(longest).toBeGreaterThan(REASONS_WIDTH);
    for (const h of layout.rowHeights) {
      const text = String(result.output.cells[h.row - result.output.firstRow][7].value);
      expect([h.row, h.height]).toEqual([h.row, Math.ceil(textWidth(text) / (REASONS_WIDTH - 2)) * 15]);
    }
    expect(layout.rowHeights.length).toBeGreaterThan(3);
  });

  test("a shared row or cell is measured once, and gives the same widths as measuring each", () => {
    const cell: OutCell = { value: "计划生育率 97.4 < 98（二类）差 0.6" };
    const row = [cell, cell, cell, cell, cell, cell, cell, cell];
    const header = row.map(() => ({ value: "h" }));
    const out = resultLayout({ firstRow: 1, firstCol: 3, cells: [header, row, row, row] });
    expect(out.columns[0]).toEqual({ col: 3, width: textWidth(String(cell.value)) + 2, wrap: false });
  });

  test("the page setup: landscape A4 one page wide, the header block repeated, sheet and page in the footer", () => {
    expect(resultPageSetup(result, "zh")).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitWide: 1,
      fitTall: 0,
      titleRows: { first: 3, last: 3 },
      footer: "&A　第 &P 页，共 &N 页",
    });
    const withUnits = { ...result, headerRow: 4, headerRows: 2, unitsRow: 6 };
    expect(resultPageSetup(withUnits, "en").titleRows).toEqual({ first: 4, last: 6 });
    expect(resultPageSetup({ ...withUnits, unitsRow: null }, "en").titleRows).toEqual({ first: 4, last: 5 });
    expect(resultPageSetup(result, "en").footer).toBe("&A  page &P of &N");
  });
});
