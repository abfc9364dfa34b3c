// The pane's 考核年度 steps on the simulated Excel, through the real adapter: each document is the sheet
// the core gives (values, formats, bold, table lines, page setup), a re-run gives the identical sheet,
// input cells are only read, 分类汇总 lists the documents, and a step that cannot run says why and
// changes nothing. Last year's tiers: the run equals the core's, 上年对照 is written and read back.
import {
  classifiedRun,
  classifySheet,
  defaultRules,
  drawReview,
  noticeSheet,
  paymentSheet,
  priorSheet,
  priorTiersOf,
  recommendSheet,
  reviewSheet,
  sampleWorkbook,
  summarySheet,
} from "../../src/core";
import type { CellValue, Lang, OutCell, RunOptions, SheetInput, SheetOutput } from "../../src/core";
import { priorFromLastYear, priorReport } from "../../src/core/prior";
import { classifyActiveSheet } from "../../src/excel";
import type { Capabilities } from "../../src/excel";
import { UNCHANGED } from "../../src/excel/messages";
import { leftDocument, makeDocument } from "../../src/excel/year-documents";
import type { DocumentStep } from "../../src/excel/year-documents";
import { classifyWithLastYear } from "../../src/excel/year-prior";
import { classified } from "../core/classified";
import { HEADER, row } from "../core/grid";
import {
  blockOf,
  districtGrid,
  expectedCells,
  fullInput,
  ProfileName,
  sheetFromInput,
  simExcel,
  writtenCells,
} from "./helpers";
import type { Sim } from "./helpers";
import { cellAt, cellsOf, sheetFromGrid } from "./sim";
import type { SimSheet } from "./sim";

const AT = new Date(2015, 0, 10, 9, 30, 5);
const rules = defaultRules();
const sample = sampleWorkbook().sheet;
const STEPS: DocumentStep[] = ["review", "recommend", "notice", "payments"];
const SEED = "20150110";

/** The document the core makes for a classified sheet (what any front end must write). */
function coreDocument(step: DocumentStep, input: SheetInput, lang: Lang, options: RunOptions = { lang }): SheetOutput {
  const key = step === "payments" ? "doc.payments" : (`doc.${step}` as const);
  const result = classifiedRun(input, rules, options, key);
  const priors = priorTiersOf(input, result, options);
  if (step === "review")
    return reviewSheet(
      drawReview(result, priors, rules, Number(SEED), lang),
      result.rows,
      priors,
      input.name,
      lang,
      AT,
    );
  if (step === "recommend") return recommendSheet(input, result, priors, rules, lang);
  if (step === "notice") return noticeSheet(result, priors, lang);
  return paymentSheet(input, result, rules, lang);
}

/** Each cell's four sides as the simulator holds them: "Continuous/Thin" all round where the core asks for a line. */
function borders(sheet: SimSheet, out: SheetOutput) {
  return blockOf(out).cells.map((cells, r) =>
    cells.map((_, c) => {
      const b = cellAt(sheet, r, c).border || {};
      return [b.top, b.bottom, b.left, b.right].map((x) => x || "-").join(" ");
    }),
  );
}
function expectedBorders(out: SheetOutput) {
  const line = "Continuous/Thin";
  return blockOf(out).cells.map((cells) =>
    cells.map((c: OutCell) => (c.border ? [line, line, line, line] : ["-", "-", "-", "-"]).join(" ")),
  );
}

function sheetsOf(sim: Sim) {
  return sim.host.state.workbook.sheets.map((s) => ({ name: s.name, cells: cellsOf(s) }));
}

async function classifyIn(sim: Sim, sheetName?: string, lang: Lang = "zh") {
  const report = await classifyActiveSheet({ lang, caps: sim.caps, sheetName, runAt: AT });
  if (!report.ok) throw new Error(report.message);
  return report;
}

function make(caps: Capabilities, step: DocumentStep, extra: { sheetName?: string; seed?: string; lang?: Lang } = {}) {
  return makeDocument({ lang: extra.lang || "zh", caps, step, seed: SEED, at: AT, ...extra });
}

describe.each(["m365", "vl2016"] as ProfileName[])("documents on %s", (profile) => {
  let sim: Sim;
  afterEach(() => sim.uninstall());

  test("each step writes the core's sheet with its lines and page setup; a re-run is identical; input cells only read", async () => {
    sim = simExcel([sheetFromInput(sample)], profile);
    await classifyIn(sim);
    const data = sim.sheet(sample.name)!;
    const before = cellsOf(data);
    const expectedInput = classified(sample);
    for (const step of STEPS) {
      const report = await make(sim.caps, step);
      if (!report.ok) throw new Error(report.message);
      const out = coreDocument(step, expectedInput, "zh");
      expect(report.sheet).toBe(out.name);
      expect(report.source).toBe(sample.name);
      const sheet = sim.sheet(out.name)!;
      expect(writtenCells(sheet, blockOf(out))).toEqual(expectedCells(blockOf(out)));
      expect(borders(sheet, out)).toEqual(expectedBorders(out));
      // Nothing beyond the document: the sheet holds exactly its cells.
      const width = blockOf(out).cells[0].length;
      expect(
        Object.keys(cellsOf(sheet)).every((k) => {
          const [r, c] = k.split(",").map(Number);
          return r < out.cells.length && c < width;
        }),
      ).toBe(true);
      if (profile === "m365") {
        const page = out.page!;
        expect(sheet.pageLayout).toMatchObject({
          orientation: page.orientation === "landscape" ? "Landscape" : "Portrait",
          paperSize: "A4",
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          printTitleRows: `$${page.titleRows!.first}:$${page.titleRows!.last}`,
          headersFooters: { centerFooter: page.footer },
        });
      }
      const first = cellsOf(sheet);
      const again = await make(sim.caps, step);
      expect(again.ok).toBe(true);
      expect(cellsOf(sim.sheet(out.name)!)).toEqual(first);
    }
    expect(cellsOf(data)).toEqual(before);
    // 分类汇总 lists the four documents, in the year's order, as the core's summary does.
    const result = classifySheet(expectedInput, rules, { lang: "zh" });
    const summary = summarySheet(result, rules, "zh", AT, ["抽样名单", "推荐名单", "公示", "奖惩明细"]);
    expect(writtenCells(sim.sheet("分类汇总")!, blockOf(summary))).toEqual(expectedCells(blockOf(summary)));
  });
});

describe("documents", () => {
  let sim: Sim;
  afterEach(() => sim.uninstall());

  test("the review draw: the seed typed, or the time in whole seconds; the report names it", async () => {
    sim = simExcel([sheetFromInput(sample)]);
    await classifyIn(sim);
    const typed = await make(sim.caps, "review");
    expect(typed).toMatchObject({ ok: true, sheet: "抽样名单", seed: 20150110, count: 11 });
    const timed = await make(sim.caps, "review", { seed: " " });
    expect(timed).toMatchObject({ ok: true, seed: Math.floor(AT.getTime() / 1000) });
    const others = await make(sim.caps, "recommend");
    expect(others.ok && others.seed).toBe(undefined);
  });

  test("English: the documents in English under the same sheet names", async () => {
    sim = simExcel([sheetFromInput(sample)]);
    await classifyIn(sim, undefined, "en");
    const report = await make(sim.caps, "payments", { lang: "en" });
    expect(report.ok).toBe(true);
    const out = coreDocument("payments", classified(sample, "en"), "en");
    expect(writtenCells(sim.sheet("奖惩明细")!, blockOf(out))).toEqual(expectedCells(blockOf(out)));
  });

  test("the normal run lists the document sheets the workbook holds in 分类汇总", async () => {
    sim = simExcel([sheetFromInput(sample)]);
    await classifyIn(sim);
    await make(sim.caps, "notice");
    await classifyIn(sim);
    const result = classifySheet(classified(sample), rules, { lang: "zh" });
    const summary = summarySheet(result, rules, "zh", AT, ["公示"]);
    expect(writtenCells(sim.sheet("分类汇总")!, blockOf(summary))).toEqual(expectedCells(blockOf(summary)));
  });

  test("a step that cannot run yet says why and changes nothing", async () => {
    sim = simExcel([sheetFromInput(sample), sheetFromGrid("区县", districtGrid(12))]);
    const untouched = sheetsOf(sim);
    expect(await make(sim.caps, "recommend")).toEqual({
      ok: false,
      code: "not-classified",
      message: "工作表“2014年考核”还没有分类结果（达到类别、完成情况等结果列），请先分类",
    });
    expect(sheetsOf(sim)).toEqual(untouched);

    await classifyIn(sim);
    await classifyIn(sim, "区县");
    const classifiedBook = sheetsOf(sim);
    expect(await make(sim.caps, "notice", { sheetName: "区县" })).toEqual({
      ok: false,
      code: "no-verified-column",
      message: "工作表“区县”没有“市级验收”列：市级验收后才能生成公示",
    });
    expect(await make(sim.caps, "review", { seed: "12x" })).toEqual({
      ok: false,
      code: "bad-seed",
      message: "随机种子应为 0 到 4294967295 之间的整数：12x",
    });
    expect(await make(sim.caps, "payments", { sheetName: "分类汇总" })).toEqual({
      ok: false,
      code: "own-sheet",
      message: "“分类汇总”是本加载项生成的表，不能分类。",
    });
    expect(sheetsOf(sim)).toEqual(classifiedBook);

    // The data changed after the run: classify again first.
    const data = sim.sheet(sample.name)!;
    data.cells.set("3,2", { ...cellAt(data, 3, 2), value: 90 });
    const stale = sheetsOf(sim);
    expect(await make(sim.caps, "payments")).toEqual({
      ok: false,
      code: "stale-results",
      message: "工作表“2014年考核”的分类结果不是最新的（P4 与当前数据不符），请重新分类后再生成奖惩明细",
    });
    expect(sheetsOf(sim)).toEqual(stale);
  });

  test("a document sheet is never classified, picked or active", async () => {
    sim = simExcel([sheetFromInput(sample)]);
    await classifyIn(sim);
    await make(sim.caps, "recommend");
    sim.host.state.workbook.active = sim.sheet("推荐名单")!;
    const before = sheetsOf(sim);
    const report = await classifyActiveSheet({ lang: "en", caps: sim.caps, runAt: AT });
    expect(report).toEqual({
      ok: false,
      code: "own-sheet",
      message: '"推荐名单" is written by this add-in: it cannot be classified.',
    });
    expect(sheetsOf(sim)).toEqual(before);
  });

  test("a payment sheet over Excel on the web's 5 MB goes in several syncs", async () => {
    // Long township names (each written twice: its first row and its subtotal) make it big with few cells.
    const grid = districtGrid(1500).map((r, i) => (i < 2 ? r : [`${"长".repeat(900)}${i}`, ...r.slice(1)]));
    sim = simExcel([sheetFromGrid("区县", grid)]);
    await classifyIn(sim);
    const syncs = sim.host.state.stats.syncs.length;
    const report = await make(sim.caps, "payments");
    if (!report.ok) throw new Error(report.message);
    const written = sim.host.state.stats.syncs.slice(syncs);
    // The sheet's cells go in more than one write, each under the limit (the simulator refuses above it).
    expect(written.filter((sync) => sync.request > 1_000_000).length).toBeGreaterThan(1);
    const out = coreDocument("payments", fullInput(sim.sheet("区县")!), "zh");
    expect(writtenCells(sim.sheet("奖惩明细")!, blockOf(out))).toEqual(expectedCells(blockOf(out)));
    expect(borders(sim.sheet("奖惩明细")!, out)).toEqual(expectedBorders(out));
  }, 60000);
});

describe("a step cut short", () => {
  let sim: Sim;
  afterEach(() => sim.uninstall());

  test("at any operation: says what it left; pressing the button again gives the whole sheet", async () => {
    sim = simExcel([sheetFromInput(sample)]);
    await classifyIn(sim);
    const out = coreDocument("payments", classified(sample), "zh");
    const failed = "Excel 报告错误（GeneralException），操作未完成。";
    let total = 0;
    sim.host.state.inject = () => (total++, undefined);
    await make(sim.caps, "payments");
    sim.host.state.inject = undefined;
    sim.host.state.workbook.sheets = sim.host.state.workbook.sheets.filter((x) => x.name !== "奖惩明细");
    const book = sheetsOf(sim);
    for (let n = 1; n <= total; n++) {
      let ops = 0;
      sim.host.state.inject = () => (++ops === n ? "GeneralException" : undefined);
      const report = await make(sim.caps, "payments");
      sim.host.state.inject = undefined;
      expect(report.ok).toBe(false);
      const message = report.ok ? "" : report.message;
      const wrote = sheetsOf(sim).length !== book.length || JSON.stringify(sheetsOf(sim)) !== JSON.stringify(book);
      // Before the first write: nothing changed; from the first write queued on: what may be half written.
      const left = failed + leftDocument("奖惩明细").zh;
      expect([n, message]).toEqual([n, wrote ? left : expect.stringMatching(/工作簿未改动。$|请再点一次该按钮。$/)]);
      if (message === failed + UNCHANGED.zh) expect(wrote).toBe(false);
      const again = await make(sim.caps, "payments");
      expect(again.ok).toBe(true);
      expect(writtenCells(sim.sheet("奖惩明细")!, blockOf(out))).toEqual(expectedCells(blockOf(out)));
      sim.host.state.workbook.sheets = sim.host.state.workbook.sheets.filter((x) => x.name !== "奖惩明细");
    }
    expect(total).toBeGreaterThan(10);
  });
});

describe("上年类别 from last year's sheet", () => {
  let sim: Sim;
  afterEach(() => sim.uninstall());

  const lastGrid: CellValue[][] = [
    HEADER.slice(),
    row({ township: "王營" }),
    row({ township: "丁集", prior: "二类", verified: "否" }),
    row({ township: "韓橋", planned: "x" }),
    row({ township: "五里", prior: "二类", target: "二类", planned: 96 }),
  ];
  const last = classified({ name: "2013年考核", values: lastGrid });
  const names = ["王营", "丁集", "韩桥", "新渡"];
  const thisYear: SheetInput = {
    name: "2014年考核",
    values: [HEADER.slice(), ...names.map((n) => row({ township: n, prior: null, target: "一类" }))],
  };

  test("the run equals the core's with last year's tiers; 上年对照 is written; later runs and documents read it back", async () => {
    sim = simExcel([sheetFromInput(thisYear), sheetFromInput(last)]);
    const lastBefore = cellsOf(sim.sheet("2013年考核")!);
    const { run, report } = await classifyWithLastYear({
      lang: "zh",
      caps: sim.caps,
      sheetName: "2014年考核",
      lastSheet: "2013年考核",
      runAt: AT,
    });
    if (!run.ok) throw new Error(run.message);
    const first = classifySheet(thisYear, rules, { lang: "zh" });
    const p = priorFromLastYear(last, thisYear, first, rules, "zh");
    expect(report).toEqual(priorReport(p, "zh"));
    expect(p.priorTiers).toEqual({ 2: 1, 3: 2 }); // 王营 一类; 丁集 待验收 carries 二类; 韩桥 数据有误: none
    const withPrior = classifySheet(thisYear, rules, { lang: "zh", priorTiers: p.priorTiers });
    const data = sim.sheet("2014年考核")!;
    expect(writtenCells(data, withPrior.output)).toEqual(expectedCells(withPrior.output));
    const record = priorSheet(p, "2014年考核", "zh");
    expect(writtenCells(sim.sheet("上年对照")!, blockOf(record))).toEqual(expectedCells(blockOf(record)));
    expect(borders(sim.sheet("上年对照")!, record)).toEqual(expectedBorders(record));
    expect(cellsOf(sim.sheet("2013年考核")!)).toEqual(lastBefore);

    // 开始分类 again (or the ribbon's 分类): the same prior tiers from 上年对照, the identical sheet.
    const afterPrior = cellsOf(data);
    await classifyIn(sim, "2014年考核");
    expect(cellsOf(data)).toEqual(afterPrior);

    // The documents use them too: 推荐名单 as the core makes it with these prior tiers.
    const made = await make(sim.caps, "recommend", { sheetName: "2014年考核" });
    if (!made.ok) throw new Error(made.message);
    const input = fullInput(data);
    const out = coreDocument("recommend", input, "zh", { lang: "zh", priorTiers: p.priorTiers });
    expect(writtenCells(sim.sheet("推荐名单")!, blockOf(out))).toEqual(expectedCells(blockOf(out)));
  });

  test("last year's sheet must be another data sheet, with results", async () => {
    sim = simExcel([sheetFromInput(thisYear), sheetFromInput({ ...thisYear, name: "空表" })]);
    const before = sheetsOf(sim);
    const same = await classifyWithLastYear({
      lang: "zh",
      caps: sim.caps,
      sheetName: "2014年考核",
      lastSheet: "2014年考核",
    });
    expect(same.run).toEqual({
      ok: false,
      code: "last-year-sheet",
      message: "上年的结果表不能是要分类的工作表或本加载项生成的表，请另选一张。",
    });
    const none = await classifyWithLastYear({ lang: "zh", caps: sim.caps, sheetName: "2014年考核", lastSheet: "空表" });
    expect(none).toEqual({ run: expect.objectContaining({ ok: false, code: "prior-no-results" }), report: [] });
    expect(sheetsOf(sim)).toEqual(before);
  });
});
