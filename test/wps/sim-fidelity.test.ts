// The ET simulator behaves as WPS-NOTES §2 and §5 say ET does, where the adapter depends on it; and the
// adapter's reading of Value2 takes every shape the open questions allow.
import { rowsOf } from "../../src/wps/cells";
import { findSheet } from "../../src/wps";
import { appOf, etOf } from "./helpers";
import { sheetFromGrid, SimWorksheet } from "./sim";

function et(options = {}) {
  return etOf(
    [
      sheetFromGrid(
        "数据",
        [
          ["a", 1],
          [null, 2],
        ],
        [
          ["@", "0%"],
          ["General", "0%"],
        ],
      ),
      sheetFromGrid("其他", [["x"]]),
    ],
    options,
  );
}

describe("the simulator", () => {
  test("collections are 1-based; Item(name) throws or gives null as told; Add goes before the active sheet and activates it", () => {
    const host = et();
    const sheets = appOf(host).ActiveWorkbook!.Worksheets;
    expect(sheets.Item(1)!.Name).toBe("数据");
    expect(() => sheets.Item(0)).toThrow();
    expect(() => sheets.Item("无")).toThrow();
    expect(et({ missingItem: "null" }).Application.Worksheets).toBeDefined();
    expect(appOf(et({ missingItem: "null" })).ActiveWorkbook!.Worksheets.Item("无")).toBeNull();
    host.book.active = 1;
    const added = sheets.Add();
    expect(host.book.sheets.map((s) => s.name)).toEqual(["数据", "Sheet3", "其他"]);
    expect(host.book.active).toBe(1);
    expect(added!.Name).toBe("Sheet3");
    sheets.Add(null, sheets.Item(sheets.Count));
    expect(host.book.sheets.map((s) => s.name)).toEqual(["数据", "Sheet3", "其他", "Sheet4"]);
    expect(et({ addReturns: "null" }).Application.Worksheets).toBeDefined();
    expect(appOf(et({ addReturns: "null" })).ActiveWorkbook!.Worksheets.Add()).toBeNull();
  });

  test("Value2: a scalar for one cell, row arrays (or flat, as told) otherwise, null empties; NumberFormat null when mixed", () => {
    const ws = appOf(et()).ActiveSheet!;
    expect(ws.Range("A1").Value2).toBe("a");
    expect(ws.Range("A1:B2").Value2).toEqual([
      ["a", 1],
      [null, 2],
    ]);
    expect(ws.Range("A1:B1").Value2).toEqual([["a", 1]]);
    expect(appOf(et({ vectorShape: "flat", empty: "" })).ActiveSheet!.Range("A1:A2").Value2).toEqual(["a", ""]);
    expect(ws.Range("B1:B2").NumberFormat).toBe("0%");
    expect(ws.Range("A1:B1").NumberFormat).toBeNull();
    expect(ws.Range("A1:B2").Interior.Color).toBe(0xffffff);
    expect(() => ((ws as unknown as SimWorksheet).Range("A1").Value as unknown as () => unknown)()).not.toThrow();
  });

  test("a General cell takes '=…' as a formula and '007' as a number; '@' keeps text; an apostrophe forces text", () => {
    const host = et();
    const ws = appOf(host).ActiveSheet!;
    ws.Range("C1").Value2 = "=1+1";
    ws.Range("C2").Value2 = "007";
    expect(ws.Range("C1").HasFormula).toBe(true);
    expect(ws.Range("C2").Value2).toBe(7);
    ws.Range("C1:C2").NumberFormat = "@";
    ws.Range("C1:C2").Value2 = [["=1+1"], ["007"]];
    expect(ws.Range("C1:C2").Value2).toEqual([["=1+1"], ["007"]]);
    ws.Range("D1").Value2 = "'=2";
    expect(ws.Range("D1").Value2).toBe("=2");
  });

  test("a protected sheet refuses every write and allows reads", () => {
    const host = et();
    host.book.sheets[0].protectContents = true;
    const ws = appOf(host).ActiveSheet!;
    expect(ws.Range("A1").Value2).toBe("a");
    expect(() => (ws.Range("C1").Value2 = 1)).toThrow(/受保护/);
    expect(() => (ws.Range("C1").NumberFormat = "@")).toThrow(/受保护/);
    expect(() => ws.Range("A1:B2").ClearContents()).toThrow(/受保护/);
  });
});

describe("reading Value2", () => {
  test("every shape and every empty the open questions allow", () => {
    expect(rowsOf("a", 1, 1)).toEqual([["a"]]);
    expect(rowsOf(undefined, 1, 1)).toEqual([[null]]);
    expect(rowsOf([["a", undefined]], 1, 2)).toEqual([["a", null]]);
    expect(rowsOf(["a", 2], 1, 2)).toEqual([["a", 2]]);
    expect(rowsOf(["a", 2], 2, 1)).toEqual([["a"], [2]]);
    expect(rowsOf([[-2146826246, -2146826281, 5]], 1, 3)).toEqual([["#N/A", "#DIV/0!", 5]]);
  });

  test("findSheet loops over the sheets, so a missing name is null under either answer", () => {
    for (const missingItem of ["throw", "null"] as const) {
      const book = appOf(et({ missingItem })).ActiveWorkbook!;
      expect(findSheet(book, "无")).toBeNull();
      expect(findSheet(book, "其他")!.Name).toBe("其他");
    }
  });
});
