// Issue 15 through the command line: classify --prior, then draw, recommend, notice and payments, each
// gathering its sheet in INPUT.classified.xlsx; the sheets are the core's, the input is never written.
import { readFileSync, utimesSync, writeFileSync } from "fs";
import { join } from "path";
import {
  carriedPriorTiers,
  classifiedRun,
  classifySheet,
  defaultRules,
  drawReview,
  paymentSheet,
  priorTiersOf,
  recommendSheet,
  resultJson,
  reviewSheet,
} from "../../src/core";
import type { CellValue, SheetInput } from "../../src/core";
import { priorFromLastYear } from "../../src/core/prior";
import { createWorkbook, openWorkbook } from "../../src/xlsx";
import { HEADER, row } from "../core/grid";
import { RUN_AT, runCli, tempDir } from "./helpers";

const rules = defaultRules();
const noVerified = (r: CellValue[]) => r.slice(0, 10).concat([null, r[11], r[12]]);

/** Last year's district (traditional and spaced names among them). */
const LAST: CellValue[][] = [
  HEADER.slice(),
  row({ township: "王營" }), // 一类, met
  row({ township: "丁集", prior: "二类", verified: "否" }), // 待验收: 一类 not carried
  row({ township: "吳 城", planned: 96 }), // dropped to 二类
  row({ township: "三树" }),
  row({ township: "新渡", prior: "三类", target: "二类", planned: 96 }), // 二类
];

/** This year: prior tiers blank except one, so last year's results decide most. */
const THIS: CellValue[][] = [
  HEADER.slice(),
  row({ township: "王营", prior: null, planned: 96, target: "一类" }),
  row({ township: "丁集", prior: null }),
  row({ township: "吴城", prior: null, target: "一类" }),
  row({ township: "三树", prior: "二类" }), // the sheet's cell wins over last year's 一类
  row({ township: "新渡", prior: null, target: "一类" }),
  row({ township: "袁集", prior: null, target: "二类", planned: 96 }),
];

function workbook(dir: string, name: string, sheets: { name: string; values: CellValue[][] }[]): string {
  const file = join(dir, name);
  writeFileSync(file, createWorkbook(sheets));
  return file;
}

function sheetOf(file: string, name: string): SheetInput {
  return openWorkbook(readFileSync(file)).readSheet(name);
}

/** Cell values as a front end reads them back: trailing empties dropped. */
function trimmed(values: (CellValue | undefined)[][]): CellValue[][] {
  const rows = values.map((r) => {
    const out = r.map((v) => (v === undefined || v === "" ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

const cellsOf = (sheet: { cells: { value: CellValue }[][] }) =>
  trimmed(sheet.cells.map((r) => r.map((c) => (c ? c.value : null))));

function setUp() {
  const dir = tempDir();
  const last = workbook(dir, "2013.xlsx", [{ name: "2013年考核", values: LAST }]);
  expect(runCli(["classify", last]).status).toBe(0);
  const input = workbook(dir, "2014.xlsx", [{ name: "2014年考核", values: THIS.map(noVerified) }]);
  return { dir, lastClassified: join(dir, "2013.classified.xlsx"), input, gathered: join(dir, "2014.classified.xlsx") };
}

test("classify --prior: last year's tiers fill the blank prior cells, are listed, and are kept in 上年对照", () => {
  const { lastClassified, input, gathered } = setUp();
  const before = readFileSync(input);
  const run = runCli(["classify", input, "--prior", lastClassified, "--json", "-"]);
  expect(run.stderr).toContain("上年结果：工作表“2013年考核”，5 个乡镇已对应");
  expect(run.stderr).toContain("A4“吴城” = 上年 A4“吳 城”"); // matched after normalising
  expect(run.stderr).toContain("I5“三树”本表为二类，上年结果为一类");
  expect(run.stderr).toContain("本表未对应到上年结果的乡镇：A7“袁集”");
  expect(run.stderr).toContain("已生成“上年对照”工作表");

  // The same run as the core's, with the same prior tiers.
  const thisInput = sheetOf(input, "2014年考核");
  const first = classifySheet(thisInput, rules, { lang: "zh" });
  const p = priorFromLastYear(sheetOf(lastClassified, "2013年考核"), thisInput, first, rules, "zh");
  expect(p.priorTiers).toEqual({ 2: 1, 3: 2, 4: 2, 5: 1, 6: 2 }); // 丁集 待验收 keeps 二类
  const expected = classifySheet(thisInput, rules, { lang: "zh", priorTiers: p.priorTiers });
  expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(resultJson(expected))));
  expect(expected.rows.map((r) => r.status)).not.toEqual(first.rows.map((r) => r.status));

  // 上年对照 reads back to the same prior tiers; the input is untouched.
  expect(carriedPriorTiers(sheetOf(gathered, "上年对照"), "2014年考核", first)).toEqual(p.priorTiers);
  expect(readFileSync(input).equals(before)).toBe(true);

  // Classifying the output again keeps last year's tiers (from 上年对照): the identical results.
  const again = runCli(["classify", gathered, "--out", join(input, "..", "again.xlsx"), "--json", "-"]);
  expect(again.stderr).toContain("4 个乡镇的上年类别取自“上年对照”工作表");
  expect(JSON.parse(again.stdout)).toEqual(JSON.parse(run.stdout));
});

test("draw, recommend, payments gather in INPUT.classified.xlsx, equal the core's sheets, and re-run identically", () => {
  const { lastClassified, input, gathered } = setUp();
  const before = readFileSync(input);
  expect(runCli(["classify", input, "--prior", lastClassified]).status).toBe(0);

  const draw = runCli(["draw", input, "--seed", "7", "--json", "-"]);
  expect(draw.status).toBe(0);
  expect(draw.stderr).toContain("随机种子 7");
  expect(draw.stderr).toContain("已写入：" + gathered);
  expect(runCli(["recommend", input]).status).toBe(0);
  expect(runCli(["payments", input, "--lang", "en"]).stdout).toContain("Written to: " + gathered);

  const book = openWorkbook(readFileSync(gathered));
  expect(book.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["2014年考核", "规则", "上年对照", "分类汇总", "抽样名单", "推荐名单", "奖惩明细"]),
  );
  const summary = trimmed(book.readSheet("分类汇总").values).map((r) => r[0]);
  // payments ran in English, and 分类汇总 is rewritten in the language of the step
  expect(summary.slice(summary.indexOf("Documents made") + 1)).toEqual(["抽样名单", "推荐名单", "奖惩明细"]);

  // The core, on the classified sheet with the prior tiers 上年对照 keeps.
  const classifiedInput = book.readSheet("2014年考核");
  const carried = carriedPriorTiers(
    book.readSheet("上年对照"),
    "2014年考核",
    classifySheet(classifiedInput, rules, { lang: "zh" }),
  )!;
  const options = { lang: "zh" as const, priorTiers: carried };
  const result = classifiedRun(classifiedInput, rules, options, "doc.review");
  const priors = priorTiersOf(classifiedInput, result, options);
  const expectedDraw = drawReview(result, priors, rules, 7, "zh");
  const json = JSON.parse(draw.stdout);
  expect(json.claimants.map((r: { township: string }) => r.township)).toEqual(
    expectedDraw.claimants.map((r) => r.township),
  );
  expect(json.drawn.map((r: { township: string }) => r.township)).toEqual(expectedDraw.drawn.map((r) => r.township));
  expect(trimmed(book.readSheet("抽样名单").values)).toEqual(
    cellsOf(reviewSheet(expectedDraw, result.rows, priors, "2014年考核", "zh", RUN_AT)),
  );
  expect(trimmed(book.readSheet("推荐名单").values)).toEqual(
    cellsOf(recommendSheet(classifiedInput, result, priors, rules, "zh")),
  );
  expect(trimmed(book.readSheet("奖惩明细").values)).toEqual(
    cellsOf(paymentSheet(classifiedInput, result, rules, "en")),
  );

  // The same seed again: the identical list; the input never written.
  const drawn = trimmed(book.readSheet("抽样名单").values);
  expect(runCli(["draw", input, "--seed", "7"]).status).toBe(0);
  expect(trimmed(sheetOf(gathered, "抽样名单").values)).toEqual(drawn);
  expect(readFileSync(input).equals(before)).toBe(true);
});

test("a step that cannot run yet says why", () => {
  const { dir, input, gathered } = setUp();
  const notYet = runCli(["draw", input]);
  expect(notYet.status).toBe(2);
  expect(notYet.stderr).toContain("还没有分类结果");

  expect(runCli(["classify", input]).status).toBe(0);
  const notice = runCli(["notice", input]);
  expect(notice.status).toBe(2);
  expect(notice.stderr).toContain("没有“市级验收”列");

  // The input changed after the classified workbook was written.
  const later = new Date(Date.now() + 60000);
  utimesSync(input, later, later);
  const stale = runCli(["recommend", input]);
  expect(stale.status).toBe(2);
  expect(stale.stderr).toContain("又改过");
  expect(stale.stderr).toContain(`township-tiers classify ${input}`);

  // The classified workbook named directly is read and updated in place.
  expect(runCli(["recommend", gathered]).status).toBe(0);
  expect(openWorkbook(readFileSync(gathered)).sheets.some((s) => s.name === "推荐名单")).toBe(true);
  expect(dir).toBeTruthy();
});

test("the notice comes after the city's check; a workbook classified elsewhere is read and INPUT.classified.xlsx written", () => {
  const dir = tempDir();
  const values = THIS.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 8 && v === null ? "二类" : v))));
  const input = workbook(dir, "县表.xlsx", [{ name: "2014年考核", values }]);
  expect(runCli(["classify", input, "--in-place"]).status).toBe(0);
  const run = runCli(["notice", input, "--lang", "en"]);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("in the notice");
  expect(run.stdout).toContain("Written to: " + join(dir, "县表.classified.xlsx"));
  // --in-place: the document goes into INPUT itself, and nothing else is written.
  expect(runCli(["payments", input, "--in-place"]).stdout).toContain("已写入：" + input);
  expect(openWorkbook(readFileSync(input)).sheets.map((s) => s.name)).toContain("奖惩明细");
  expect(openWorkbook(readFileSync(join(dir, "县表.classified.xlsx"))).sheets.map((s) => s.name)).not.toContain(
    "奖惩明细",
  );
});

test("--prior FILE:SHEET within one workbook; the same sheet is refused", () => {
  const dir = tempDir();
  const last = workbook(dir, "last.xlsx", [{ name: "2013年考核", values: LAST }]);
  expect(runCli(["classify", last, "--in-place"]).status).toBe(0);
  const lastSheet = sheetOf(last, "2013年考核").values;
  const both = workbook(dir, "年度.xlsx", [
    { name: "2013年考核", values: lastSheet as CellValue[][] },
    { name: "2014年考核", values: THIS },
  ]);
  const ok = runCli(["classify", both, "--sheet", "2014年考核", "--prior", both + ":2013年考核"]);
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain("5 个乡镇已对应");
  const same = runCli(["classify", both, "--sheet", "2014年考核", "--prior", both + ":2014年考核"]);
  expect(same.status).toBe(2);
  expect(same.stderr).toContain("--prior 指向了本年的工作表“2014年考核”本身");
});

test("arguments: options that belong to other commands, a bad seed, forms without --out, collect without forms", () => {
  expect(runCli(["recommend", "x.xlsx", "--seed", "3"]).stderr).toContain(
    "选项 --seed 不用于 recommend（只用于 draw）",
  );
  expect(runCli(["draw", "x.xlsx", "--prior", "y.xlsx"]).stderr).toContain("只用于 classify");
  expect(runCli(["draw", "x.xlsx", "--seed", "-1"]).status).toBe(2);
  expect(runCli(["draw", "x.xlsx", "--seed", "4294967296"]).stderr).toContain("4294967295");
  expect(runCli(["forms", "x.xlsx"]).stderr).toContain("缺少 --out 文件夹");
  expect(runCli(["collect", "x.xlsx", "--lang", "en"]).stderr).toContain("no returned forms given");
  expect(runCli(["forms", "x.xlsx", "--out", "d", "--overwrite"]).stderr).toContain("只用于 collect");
  expect(runCli(["--help"]).stdout).toContain("township-tiers draw 输入.xlsx [--seed 数字]");
});
