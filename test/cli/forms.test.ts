// Issue 16 through the CLI functions the forms and collect verbs call: forms out of a district
// workbook, filled in, returned the ways they come back in real life (re-saved by LibreOffice, saved as
// .xls, protection removed, rows inserted above, renamed, another year, not a form at all) and collected.
import { spawnSync } from "child_process";
import type { SpawnSyncOptions } from "child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { classifySheet, defaultRules, townshipForm } from "../../src/core";
import type { CellValue } from "../../src/core";
import { collectText, runCollect } from "../../src/cli/collect";
import { formsText, runForms } from "../../src/cli/forms";
import { createWorkbook, formWorkbook, openWorkbook, writeCellValues } from "../../src/xlsx";
import { layouts, sampleDistrict } from "../fixtures/layouts";
import { findTool, needs } from "../support/tools";
import { runCli, tempDir } from "./helpers";

const rules = defaultRules();
const NOW = new Date(2025, 0, 6, 10, 0, 0);
const district = sampleDistrict();
for (const t of district.townships)
  t.indicators = t.indicators.map((v, i) => (typeof v === "number" && !(i !== 2 && i !== 3 && v > 100) ? v : 95));
const layout = layouts(district, ["percent-fractions"])[0];
const typedInput = { name: layout.sheetName, values: layout.values, formats: layout.formats };
const typed = classifySheet(typedInput, rules, { lang: "zh" });

/** The district workbook with every indicator cell empty (their % formats kept, as Excel keeps them). */
function blankDistrict(dir: string): string {
  const values = layout.values.map((r) => r.slice());
  for (const r of typed.rows)
    for (const rule of rules.indicators) values[r.row - 1][(typed.columns[rule.key] as number) - 1] = null;
  const file = join(dir, "区考核.xlsx");
  writeFileSync(
    file,
    createWorkbook([{ name: layout.sheetName, values, formats: layout.formats, merges: layout.merges }]),
  );
  return file;
}

const rowOf = (name: string) => typed.rows.find((r) => r.township === name)!;
const indicatorsOf = (name: string) => district.townships.find((t) => t.name === name)!.indicators;

function fill(file: string, values: CellValue[], out = file): string {
  const cells = values.map((v, i) => ({ cell: "B" + (9 + i), value: v as number }));
  writeFileSync(out, writeCellValues(readFileSync(file), "申报表", cells));
  return out;
}

function soffice(file: string, to: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const filter = to === "xls" ? "xls:MS Excel 97" : to === "ods" ? "ods" : "xlsx:Calc MS Excel 2007 XML";
  const args = [
    `-env:UserInstallation=file://${outDir}/profile`,
    "--headless",
    "--convert-to",
    filter,
    "--outdir",
    outDir,
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
    // already gone
  }
  return join(outDir, file.replace(/^.*\//, "").replace(/\.xlsx$/, "." + to));
}

function outcomes(sheet: { name: string; values: CellValue[][]; formats?: string[][] }) {
  return classifySheet(sheet, rules, { lang: "zh" }).rows.map((r) => [r.township, r.tier, r.status, r.amount]);
}

test("forms: one workbook per township, named after it, with the summary", () => {
  const dir = tempDir();
  const outcome = runForms({ input: blankDistrict(dir), outDir: join(dir, "forms"), lang: "zh" }, {}, NOW);
  expect(outcome.files).toHaveLength(district.townships.length);
  expect(readdirSync(join(dir, "forms"))).toContain("2024年王营镇申报表.xlsx");
  expect(outcome.yearFromClock).toBe(false);
  expect(formsText(outcome, "zh").split("\n")[0]).toBe(
    `工作表“${layout.sheetName}”：为 14 个乡镇生成 2024 年度申报表，写入 ${join(dir, "forms")}`,
  );
});

test("collect: writes only after checks, keeps the input, classifies as typed, and a re-run changes nothing", () => {
  const dir = tempDir();
  const input = blankDistrict(dir);
  const before = readFileSync(input);
  const forms = runForms({ input, outDir: join(dir, "forms"), lang: "zh" }, {}, NOW).files;
  const file = (name: string) => forms.find((f) => f.township === name)!.file;
  const good = fill(file("王营镇"), indicatorsOf("王营镇"));
  const bad = fill(file("丁集镇"), [98, "待核实" as unknown as number, 108, 9, 105, 95, 95], join(dir, "丁集-坏.xlsx"));
  const c1 = fill(file("吴城镇"), indicatorsOf("吴城镇"), join(dir, "吴城1.xlsx"));
  const c2 = fill(file("吴城镇"), [99, 91, 108, 9, 95, 95, 95], join(dir, "吴城2.xlsx"));
  const other = join(dir, "通知.xlsx");
  writeFileSync(other, createWorkbook([{ name: "Sheet1", values: [["关于报送的通知"]] }]));
  const oldYear = join(dir, "去年.xlsx");
  const form2023 = townshipForm(
    { township: "袁集乡", row: rowOf("袁集乡").row, year: "2023", prior: 1, target: 1, district: "x" },
    rules,
    "zh",
  );
  writeFileSync(oldYear, formWorkbook(form2023));
  const out = join(dir, "out.xlsx");
  const o = runCollect(
    { input, forms: [good, bad, c1, c2, other, oldYear], out, overwrite: false, lang: "zh" },
    {},
    NOW,
  );
  expect(readFileSync(input)).toEqual(before);
  expect(o.plan.accepted.map((a) => a.township)).toEqual(["王营镇"]);
  expect(o.written).toHaveLength(7);
  const text = collectText(o, "zh");
  expect(text).toContain(`${bad}：申报表!B10：期内综合避孕率（%） "待核实" 不是数字`);
  expect(text).toContain(`${bad}：申报表!B13：优质服务率（%） 105 超出范围 0–100`);
  expect(text).toContain(`吴城镇 收到内容不同的多份申报表：${c1}、${c2}`);
  expect(text).toContain(`${oldYear}：是 2023 年度的申报表，本次收的是 2024 年度`);
  expect(text).toContain(`${other}：不是申报表（没有申报表标记，也找不到全部指标）`);
  expect(text).toMatch(/未交申报表的乡镇（12 个）：丁集镇、/);
  const book = openWorkbook(readFileSync(out));
  const sheet = book.readSheet(layout.sheetName);
  // 王营镇 classifies as typed; the percent column got 0.992 with its % format.
  const r = rowOf("王营镇").row;
  expect(outcomes(sheet).filter((x) => x[0] === "王营镇")).toEqual(
    outcomes(typedInput).filter((x) => x[0] === "王营镇"),
  );
  expect(sheet.values[r - 1][(typed.columns.plannedBirthRate as number) - 1]).toBe(0.992);
  expect(book.readSheet("收表记录").values[2]).toEqual([
    "王营镇",
    "2024年王营镇申报表.xlsx",
    null,
    null,
    null,
    "2025-01-06 10:00:00",
    7,
  ]);
  // The same files again, on the result: the identical workbook.
  const out2 = join(dir, "out2.xlsx");
  runCollect(
    { input: out, forms: [good, bad, c1, c2, other, oldYear], out: out2, overwrite: false, lang: "zh" },
    {},
    new Date(2025, 0, 9),
  );
  expect(readFileSync(out2)).toEqual(readFileSync(out));
  // A corrected form: a non-empty cell changes only with --overwrite.
  const fixed = fill(file("王营镇"), [99.5, ...indicatorsOf("王营镇").slice(1)], join(dir, "王营更正.xlsx"));
  const held = runCollect(
    { input: out, forms: [fixed], out: join(dir, "o3.xlsx"), overwrite: false, lang: "zh" },
    {},
    NOW,
  );
  expect(held.held.map((c) => [c.oldText, c.newText])).toEqual([["99.2%", "99.5%"]]);
  expect(held.written).toEqual([]);
  const yes = runCollect(
    { input: out, forms: [fixed], out: join(dir, "o4.xlsx"), overwrite: true, lang: "zh" },
    {},
    NOW,
  );
  expect(yes.written.map((c) => c.value)).toEqual([0.995]);
});

needs("soffice")(
  "forms as they come back: re-saved by LibreOffice, .xls, protection removed, rows inserted, renamed",
  () => {
    const dir = tempDir();
    const input = blankDistrict(dir);
    const forms = runForms({ input, outDir: join(dir, "forms"), lang: "zh" }, {}, NOW).files;
    const file = (name: string) => forms.find((f) => f.township === name)!.file;
    const resaved = soffice(fill(file("王营镇"), indicatorsOf("王营镇")), "xlsx", join(dir, "lo"));
    const xls = soffice(fill(file("吴城镇"), indicatorsOf("吴城镇")), "xls", join(dir, "xls"));
    const ods = soffice(fill(file("刘老庄乡"), indicatorsOf("刘老庄乡")), "ods", join(dir, "ods"));
    // Protection removed (as 审阅 › 撤销工作表保护 leaves it).
    const unprotected = join(dir, "袁集.xlsx");
    const parts = unzipSync(readFileSync(fill(file("袁集乡"), indicatorsOf("袁集乡"))));
    const sheetXml = new TextDecoder()
      .decode(parts["xl/worksheets/sheet1.xml"])
      .replace(/<sheetProtection[^>]*\/>/, "");
    parts["xl/worksheets/sheet1.xml"] = strToU8(sheetXml);
    writeFileSync(unprotected, zipSync(parts));
    // Rows inserted above the form, and the marker gone (a workbook rebuilt from its cells).
    const filled = openWorkbook(readFileSync(fill(file("码头镇"), indicatorsOf("码头镇")))).readSheet("申报表");
    const inserted = join(dir, "码头镇报表.xlsx");
    writeFileSync(inserted, createWorkbook([{ name: "申报表", values: [["附：说明"], [], ...filled.values] }]));
    // Renamed: the marker tells.
    const renamed = join(dir, "新建 Microsoft Excel 工作表.xlsx");
    copyFileSync(fill(file("韩桥乡"), indicatorsOf("韩桥乡")), renamed);
    const o = runCollect(
      {
        input,
        forms: [resaved, xls, unprotected, inserted, renamed, ods],
        out: join(dir, "out.xlsx"),
        overwrite: false,
        lang: "zh",
      },
      process.env,
      NOW,
    );
    expect(o.plan.invalid).toEqual([]);
    expect(o.plan.accepted.map((a) => [a.township, a.by])).toEqual([
      ["王营镇", "marker"],
      ["吴城镇", "marker"],
      ["袁集乡", "marker"],
      ["码头镇", "cell"],
      ["韩桥乡", "marker"],
      ["刘老庄乡", "marker"],
    ]);
    expect(o.written).toHaveLength(42);
    // Each converted form is named with its own format.
    const text = collectText(o, "zh");
    expect(text).toContain(`${xls} 是Excel 97-2003 工作簿（.xls 格式），已经 LibreOffice 转换后读取`);
    expect(text).toContain(`${ods} 是OpenDocument 电子表格（.ods 格式），已经 LibreOffice 转换后读取`);
    const sheet = openWorkbook(readFileSync(join(dir, "out.xlsx"))).readSheet(layout.sheetName);
    const names = ["王营镇", "吴城镇", "袁集乡", "码头镇", "韩桥乡", "刘老庄乡"];
    expect(outcomes(sheet).filter((x) => names.indexOf(x[0] as string) >= 0)).toEqual(
      outcomes(typedInput).filter((x) => names.indexOf(x[0] as string) >= 0),
    );
  },
);

test("the forms and collect commands: forms out, one filled in, collected into DISTRICT.collected.xlsx, JSON on stdout", () => {
  const dir = tempDir();
  const input = blankDistrict(dir);
  const made = runCli(["forms", input, "--out", join(dir, "forms")]);
  expect(made.status).toBe(0);
  expect(made.stdout.split("\n")[0]).toBe(
    `工作表“${layout.sheetName}”：为 14 个乡镇生成 2024 年度申报表，写入 ${join(dir, "forms")}`,
  );
  const form = fill(join(dir, "forms", "2024年王营镇申报表.xlsx"), indicatorsOf("王营镇"));
  const run = runCli(["collect", input, form, "--json", "-", "--lang", "en"]);
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout);
  expect(json.output).toBe(join(dir, "区考核.collected.xlsx"));
  expect(json.changes.filter((c: { written: boolean }) => c.written)).toHaveLength(7);
  expect(run.stderr).toContain(`Written to: ${join(dir, "区考核.collected.xlsx")} (the input is unchanged)`);
  const collected = openWorkbook(readFileSync(join(dir, "区考核.collected.xlsx")));
  expect(collected.sheets.map((s) => s.name)).toContain("收表记录");
  // The same form again into the collected workbook: nothing to write.
  const again = runCli(["collect", join(dir, "区考核.collected.xlsx"), form, "--out", join(dir, "again.xlsx")]);
  expect(again.stdout).toContain("没有要写入的单元格");
});
