// The sample district as the add-ins write it (插入示例 in Excel and WPS): the core's cells, the flag
// cells apart as booleans, and the sheet's name when the workbook already has one of it.
import { sampleCells, sampleSheetName, sampleWorkbook } from "../../src/core";

test("sampleCells: every value of the sample in one block, formats kept, booleans listed apart and left null", () => {
  const sample = sampleWorkbook();
  const { block, flags } = sampleCells(sample);
  expect([block.firstRow, block.firstCol]).toEqual([1, 1]);
  const booleans: { cell: string; value: boolean }[] = [];
  sample.sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const out = block.cells[r][c];
      if (typeof v === "boolean") {
        booleans.push({ cell: String.fromCharCode(65 + c) + (r + 1), value: v });
        expect(out.value).toBeNull();
      } else expect(out.value).toBe(v);
      const fmt = sample.sheet.formats![r][c];
      expect(out.numFmt).toBe(fmt === "General" || typeof v === "boolean" ? undefined : fmt);
    }),
  );
  expect(flags).toEqual(booleans);
  expect(flags.length).toBeGreaterThan(0); // the sample types some 市级验收 / 否决 flags as TRUE/FALSE
});

test("sampleSheetName: the first name not taken, ignoring case", () => {
  expect(sampleSheetName("2014年考核", ["封面"])).toBe("2014年考核");
  expect(sampleSheetName("Sample", ["sample", "SAMPLE (2)"])).toBe("Sample (3)");
});
