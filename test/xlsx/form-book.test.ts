// Issue 16: a township's 申报表 as .xlsx. Parts in schema order with right counts (xmllint for
// well-formedness), protection without a password and unlocked input cells, validations with input
// messages, the marker as a defined name and a document property (read back by readFormMarker), numbers
// written into existing cells keeping their style, and LibreOffice printing the form on one A4 page.
import { execFileSync, spawnSync } from "child_process";
import type { SpawnSyncOptions } from "child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unzipSync } from "fflate";
import { defaultRules, parseMarker, townshipForm } from "../../src/core";
import { formWorkbook, openWorkbook, readFormMarker, writeCellValues } from "../../src/xlsx";
import { findTool, needs } from "../support/tools";

const rules = defaultRules();
const form = townshipForm(
  { township: "王营镇", row: 4, year: "2015", prior: "二类", target: "进一类", district: "区考核.xlsx" },
  rules,
  "zh",
);
const bytes = formWorkbook(form);
const parts = unzipSync(bytes);
const text = (p: string) => new TextDecoder().decode(parts[p]);

test("the sheet: protected without a password, children in schema order, seven validations with prompts", () => {
  const sheet = text("xl/worksheets/sheet1.xml");
  expect(sheet).toContain('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
  expect(sheet).not.toMatch(/password/i);
  const order = [
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "sheetProtection",
    "mergeCells",
    "dataValidations",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
  ];
  const at = order.map((n) => sheet.indexOf("<" + n));
  expect(at.every((x) => x > 0)).toBe(true);
  expect(at.slice().sort((a, b) => a - b)).toEqual(at);
  expect(sheet).toContain('<dataValidations count="7">');
  expect(sheet).toContain('operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1"');
  expect(sheet).toContain(
    'prompt="请填写本乡镇计划生育率：0 至 100（%）" sqref="B9"><formula1>0</formula1><formula2>100</formula2>',
  );
  expect(sheet).toContain('operator="greaterThanOrEqual"');
  expect(sheet).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="1"/>');
  expect(sheet).toContain('<mergeCells count="2">');
});

test("input cells are unlocked and bordered; the others stay locked", () => {
  const styles = text("xl/styles.xml");
  const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles)!;
  const list = xfs[2].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  expect(list).toHaveLength(Number(xfs[1]));
  const unlocked = list.map((x, i) => (x.indexOf('locked="0"') >= 0 ? i : -1)).filter((i) => i >= 0);
  expect(unlocked.length).toBeGreaterThan(0);
  const sheet = text("xl/worksheets/sheet1.xml");
  const styleOf = (ref: string) => Number((new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(sheet) ?? [])[1] ?? 0);
  for (const ref of ["B9", "B15", "B17", "B18", "B19"]) expect(unlocked).toContain(styleOf(ref));
  for (const ref of ["A1", "B4", "B5", "A9", "C9"]) expect(unlocked).not.toContain(styleOf(ref));
  expect(list[styleOf("B9")]).toMatch(/borderId="[1-9]/);
});

test("the marker is a defined name and a custom document property, and reads back", () => {
  expect(text("xl/workbook.xml")).toContain(
    '<definedName name="TownshipTiersForm">&quot;township-tiers form 1|2015|王营镇|区考核.xlsx&quot;</definedName>',
  );
  expect(text("docProps/custom.xml")).toContain(
    'name="TownshipTiersForm"><vt:lpwstr>township-tiers form 1|2015|王营镇|区考核.xlsx</vt:lpwstr>',
  );
  expect(text("[Content_Types].xml")).toContain('PartName="/docProps/custom.xml"');
  expect(parseMarker(readFormMarker(bytes))).toEqual({ year: "2015", township: "王营镇", district: "区考核.xlsx" });
  // Without the defined name (a program that drops names), the property still tells.
  const noName = new Map(Object.entries(parts));
  const book = text("xl/workbook.xml").replace(/<definedNames>[\s\S]*<\/definedNames>/, "");
  const { zipSync } = jest.requireActual("fflate") as typeof import("fflate");
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of noName) files[k] = k === "xl/workbook.xml" ? new TextEncoder().encode(book) : v;
  expect(parseMarker(readFormMarker(zipSync(files)))).toMatchObject({ township: "王营镇" });
});

test("values written into the input cells keep their (unlocked) style and read back", () => {
  const filled = writeCellValues(bytes, "申报表", [
    { cell: "B9", value: 98.5 },
    { cell: "B12", value: 9.6 },
  ]);
  const sheet = new TextDecoder().decode(unzipSync(filled)["xl/worksheets/sheet1.xml"]);
  const s = (/<c r="B10" s="(\d+)"/.exec(sheet) ?? [])[1];
  expect(sheet).toContain(`<c r="B9" s="${s}"><v>98.5</v></c>`);
  expect(sheet).toContain(`<c r="B12" s="${s}"><v>9.6</v></c>`);
  const read = openWorkbook(filled).readSheet("申报表");
  expect(read.values[8][1]).toBe(98.5);
  expect(read.values[3][1]).toBe("王营镇");
});

needs("xmllint")("every XML part of the form is well-formed", () => {
  const dir = mkdtempSync(join(tmpdir(), "tt-form-xml-"));
  for (const [name, data] of Object.entries(parts)) {
    if (name.endsWith("/")) continue;
    const file = join(dir, name.replace(/[/[\]]/g, "_"));
    writeFileSync(file, data);
    expect(() => execFileSync(findTool("xmllint")!, ["--noout", file], { stdio: "pipe" })).not.toThrow();
  }
});

needs("soffice", "pdftoppm")("LibreOffice prints the form on one A4 page", () => {
  const dir = mkdtempSync(join(tmpdir(), "tt-form-pdf-"));
  const file = join(dir, "form.xlsx");
  writeFileSync(file, writeCellValues(bytes, "申报表", [{ cell: "B9", value: 98.5 }]));
  const args = [
    `-env:UserInstallation=file://${dir}/profile`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    dir,
    file,
  ];
  const run = spawnSync(findTool("soffice")!, args, {
    timeout: 180000,
    detached: true,
    stdio: "ignore",
  } as SpawnSyncOptions);
  try {
    if (run.pid) process.kill(-run.pid, "SIGKILL");
  } catch {
    // the group has already exited
  }
  const pdf = join(dir, "form.pdf");
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
  expect(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]).toBe("1");
  expect(/Page size:\s+595/.exec(info.stdout)).not.toBeNull(); // A4 portrait: 595 × 842 pt
  spawnSync("pdftoppm", ["-r", "70", "-png", pdf, join(dir, "page")]);
  expect(readdirSync(dir).filter((f) => /^page.*\.png$/.test(f))).toHaveLength(1);
  process.stdout.write(`form rendered: ${dir}\n`);
});
