// Issue 13, part 4: every layout of the sample district (test/fixtures/layouts.ts), written as an .xlsx
// with its merges and number formats and run through the CLI, gives the core's JSON, row for row.

import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { classifySheet, defaultRules, resultJson } from "../../src/core";
import { createWorkbook } from "../../src/xlsx";
import { layouts, sampleDistrict } from "../fixtures/layouts";
import { runCli, tempDir } from "./helpers";

const dir = tempDir();

describe.each(layouts(sampleDistrict()).map((l) => [l.id, l] as const))("layout %s through the CLI", (id, layout) => {
  test("the JSON rows, skipped rows and header row are the core's", () => {
    const input = join(dir, `${id}.xlsx`);
    const json = join(dir, `${id}.json`);
    const sheet = { name: layout.sheetName, values: layout.values, formats: layout.formats, merges: layout.merges };
    writeFileSync(input, createWorkbook([sheet]));
    const run = runCli(["classify", input, "--json", json, "--lang", "zh"]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    const core = resultJson(classifySheet(sheet, defaultRules(), { lang: "zh" }));
    const cli = JSON.parse(readFileSync(json, "utf8"));
    expect(cli.headerRow).toBe(core.headerRow);
    expect(cli.rows).toEqual(core.rows);
    expect(cli.skipped).toEqual(core.skipped);
    expect(cli.summary).toEqual(core.summary);
  });
});
