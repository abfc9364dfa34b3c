// Fills and bold through RangeAreas (ExcelApi 1.9+): the rectangles, the address lists kept under
// Excel's limits, and the same cells as the one-range-per-rectangle fallback below 1.9.
import { classifyActiveSheet } from "../../src/excel";
import { a1 } from "../../src/excel/ranges";
import { addressLists, fillOf, MAX_ADDRESS_CHARS, MAX_AREAS, stylePatches, boldOf } from "../../src/excel/styles";
import type { OutCell } from "../../src/core";
import { districtGrid, expectedCells, simExcel, writtenCells } from "./helpers";
import { cellsOf, newSheet, parseAddressList, sheetFromGrid, SimSheet, SimValue, updateCell } from "./sim";
import { SimWorksheet } from "./sim/worksheet";

const RUN_AT = new Date(Date.UTC(2015, 0, 10));

/** Records every getRanges address list the adapter asks for. */
function recordGetRanges(): { lists: string[]; restore: () => void } {
  const lists: string[] = [];
  const original = SimWorksheet.prototype.getRanges;
  const spy = jest.spyOn(SimWorksheet.prototype, "getRanges").mockImplementation(function (this: SimWorksheet, address: string) {
    lists.push(address);
    return original.call(this, address);
  });
  return { lists, restore: () => spy.mockRestore() };
}

/** A grid placed with its top-left cell at (row, col), 0-based. */
function sheetAt(name: string, grid: (SimValue | null)[][], row: number, col: number): SimSheet {
  const sheet = newSheet(name);
  grid.forEach((cells, r) => cells.forEach((v, c) => {
    if (v !== null) updateCell(sheet, row + r, col + c, (cell) => { cell.value = v; });
  }));
  return sheet;
}

async function classify(sheets: SimSheet[], profile: "vl2016" | "vl2019" | "m365") {
  const sim = simExcel(sheets, profile);
  const report = await classifyActiveSheet({ lang: "zh", caps: sim.caps, runAt: RUN_AT });
  sim.uninstall();
  if (!report.ok) throw new Error(`${report.code}: ${report.message}`);
  return { sim, report };
}

describe("style rectangles", () => {
  const c = (fill?: OutCell["fill"], bold?: boolean): OutCell => ({ value: "x", fill, bold });
  const grid = {
    row: 4, col: 2, width: 3,
    cells: [
      [c(undefined, true), c(undefined, true), c(undefined, true)],
      [c("red"), c("red"), c("green")],
      [c("red"), c("red"), c("green")],
      [c("red"), c("amber"), c()],
    ],
  };

  const areas = (g: typeof grid, from: number, to: number, style: typeof fillOf) =>
    stylePatches(g, from, to, style).map((p) => [a1(p.area), p.key]);

  it("joins vertical runs of one fill, and equal runs side by side", () => {
    const joined = { ...grid, cells: [...grid.cells.slice(0, 3), [c("amber"), c("amber"), c()]] };
    expect(areas(joined, 0, 4, fillOf)).toEqual([["C6:D7", "#FFC7CE"], ["C8:D8", "#FFEB9C"], ["E6:E7", "#C6EFCE"]]);
    expect(areas(joined, 0, 4, boldOf)).toEqual([["C5:E5", "bold"]]);
    expect(areas(joined, 2, 4, fillOf)).toEqual([["C7:D7", "#FFC7CE"], ["C8:D8", "#FFEB9C"], ["E7", "#C6EFCE"]]);
  });

  it("keeps runs of different lengths apart", () => {
    expect(areas(grid, 0, 4, fillOf)).toEqual([["C6:C8", "#FFC7CE"], ["D6:D7", "#FFC7CE"], ["D8", "#FFEB9C"], ["E6:E7", "#C6EFCE"]]);
  });
});

describe("getRanges address lists", () => {
  it(`hold at most ${MAX_AREAS} areas`, () => {
    const cells = Array.from({ length: 1000 }, (_, i) => ({ row: i * 2, col: 10, rows: 1, cols: 1 }));
    const lists = addressLists(cells);
    expect(lists.map((l) => l.split(",").length)).toEqual([400, 400, 200]);
    expect(lists.join(",")).toBe(cells.map(a1).join(","));
  });

  it(`stay under ${MAX_ADDRESS_CHARS} characters with long addresses, every area kept in order`, () => {
    const runs = Array.from({ length: 2000 }, (_, i) => ({ row: 1_040_000 + i * 3, col: 16_000, rows: 2, cols: 1 }));
    const lists = addressLists(runs);
    expect(a1(runs[0])).toBe("WQK1040001:WQK1040002");
    lists.forEach((list, i) => {
      expect(list.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
      if (i < lists.length - 1) expect(list.length).toBeGreaterThan(MAX_ADDRESS_CHARS - 22); // full but for one area
      expect(parseAddressList(list)).not.toBeNull();
    });
    expect(lists.join(",")).toBe(runs.map(a1).join(","));
  });
});

describe("classifying with RangeAreas", () => {
  afterEach(() => jest.restoreAllMocks());

  it("paints a district with one getRanges per colour and one for the bold header row", async () => {
    const spy = recordGetRanges();
    const { sim, report } = await classify([sheetFromGrid("区县", districtGrid(10))], "m365");
    expect(writtenCells(sim.sheet("区县")!, report.result.output)).toEqual(expectedCells(report.result.output));
    const resultLists = spy.lists.filter((l) => /^[K-R]\d/.test(l));
    expect(resultLists).toHaveLength(4);
    expect(resultLists).toContain("K2:R2");
    expect(report.syncs).toBe(2);
  });

  it("uses no getRanges below ExcelApi 1.9", async () => {
    const spy = recordGetRanges();
    await classify([sheetFromGrid("区县", districtGrid(10))], "vl2019");
    await classify([sheetFromGrid("区县", districtGrid(10))], "vl2016");
    expect(spy.lists).toEqual([]);
  });

  it("keeps every address list within Excel's limits on a sheet made of long addresses", async () => {
    // Each township twice: fills come in 2-row runs, like "ABH1040005:ABH1040006", near the last row.
    const [title, header, ...rows] = districtGrid(1500);
    const twice = rows.flatMap((r) => [r, [`${r[0]}乙`, ...r.slice(1)]]);
    const grid = [title, header, ...twice];
    const at = () => sheetAt("长地址", grid, 1_045_000, 700);
    const spy = recordGetRanges();
    const m365 = await classify([at()], "m365");
    const lists = spy.lists.filter((l) => l.indexOf(":") > 0 && /^A[A-Z]{2}1/.test(l));
    const areas = lists.map((l) => l.split(",").length);
    const longest = Math.max(...lists.map((l) => l.length));
    expect(Math.max(...areas)).toBeLessThanOrEqual(MAX_AREAS);
    expect(longest).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    expect(longest).toBeGreaterThan(7_500); // the character limit, not the area count, cut these lists
    expect(writtenCells(m365.sim.sheet("长地址")!, m365.report.result.output)).toEqual(expectedCells(m365.report.result.output));
    const vl2019 = await classify([at()], "vl2019");
    expect(cellsOf(m365.sim.sheet("长地址")!)).toEqual(cellsOf(vl2019.sim.sheet("长地址")!));
  }, 60_000);
});
