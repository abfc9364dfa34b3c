// The pane's 考核年度 section in Chromium on the simulated Excel, in both script flavours: last year's
// tiers from another sheet, 抽样名单 with a seed, 推荐名单, 公示 refused without 市级验收, 奖惩明细; the
// pane's texts and the sheets as the core makes them.

import { join } from "path";
import type { Page } from "playwright-core";
import {
  classifiedRun,
  classifySheet,
  defaultRules,
  drawReview,
  paymentSheet,
  priorTiersOf,
  recommendedRows,
  recommendSheet,
  reviewSheet,
} from "../../src/core";
import type { CellValue, RunOptions, SheetInput, SheetOutput } from "../../src/core";
import { priorFromLastYear, priorReport } from "../../src/core/prior";
import { yp } from "../../src/taskpane/year-section-messages";
import { classified, withResults } from "../core/classified";
import { HEADER, row } from "../core/grid";
import { paneSession, SHOTS } from "./harness";
import { sheetCells, sheetNames } from "./page-probe";
import type { ProbedCell } from "./page-probe";

const session = paneSession();
const rules = defaultRules();
const THIS = "2014年考核";
const LAST = "2013年考核";
const SEED = 20150110;

// This year's sheet has no 上年类别 cells and no 市级验收 column (the notice must wait for it).
const cols = 10;
const thisYear: SheetInput = {
  name: THIS,
  values: [
    HEADER.slice(0, cols),
    row({ township: "王营", prior: null }).slice(0, cols),
    row({ township: "丁集", prior: null }).slice(0, cols), // last year 待验收: 二类 carried, so it claims to advance
    row({ township: "韩桥", prior: null, target: "二类", planned: 96 }).slice(0, cols),
    row({ township: "新渡", prior: null, planned: 96 }).slice(0, cols), // no result last year
    row({ township: "码头", prior: null, contraceptive: 80 }).slice(0, cols),
    row({ township: "三树", prior: null }).slice(0, cols),
  ],
};
const lastYear = classified({
  name: LAST,
  values: [
    HEADER.slice(),
    row({ township: "王營" }),
    row({ township: "丁集", prior: "二类", verified: "否" }),
    row({ township: "韓橋", prior: "二类", target: "二类", planned: 96 }),
    row({ township: "碼頭" }),
    row({ township: "三树" }),
  ],
});

/** What the core gives: the run with last year's tiers, and each document on the sheet it wrote. */
function expected(lang: "zh" | "en") {
  const first = classifySheet(thisYear, rules, { lang });
  const p = priorFromLastYear(lastYear, thisYear, first, rules, lang);
  const options: RunOptions = { lang, priorTiers: p.priorTiers };
  const input = withResults(thisYear, classifySheet(thisYear, rules, options));
  const result = classifiedRun(input, rules, options, "doc.review");
  const priors = priorTiersOf(input, result, options);
  const draw = drawReview(result, priors, rules, SEED, lang);
  return {
    report: priorReport(p, lang),
    input,
    draw,
    review: (at: Date) => reviewSheet(draw, result.rows, priors, THIS, lang, at),
    recommend: recommendSheet(input, result, priors, rules, lang),
    recommended: recommendedRows(result).length,
    payments: paymentSheet(input, result, rules, lang),
  };
}

function values(cells: Record<string, ProbedCell> | null, out: SheetOutput): CellValue[][] {
  return out.cells.map((r, i) =>
    r.map((_, j) => {
      const c = (cells || {})[`${i},${j}`];
      return c ? c.value : "";
    }),
  ) as CellValue[][];
}
const want = (out: SheetOutput) => out.cells.map((r) => r.map((c) => (c.value === null ? "" : c.value)));

const status = (page: Page) => page.textContent("#status-text");
const idle = (page: Page) =>
  page.waitForFunction(() => !(document.getElementById("classify") as HTMLButtonElement).disabled);

async function step(page: Page, button: string): Promise<string | null> {
  await page.click(button);
  await page.waitForFunction(() => document.querySelector("#progress:not([hidden])") === null);
  await idle(page);
  return status(page);
}

test.each(["modern", "legacy"] as const)(
  "考核年度 (%s flavour): last year's tiers, the draw, the list for the city, the notice refused, the payments",
  async (flavour) => {
    const exp = expected("zh");
    const { page, errors } = await session.open(
      {
        sheets: [
          { name: THIS, values: thisYear.values as (string | number)[][] },
          { name: LAST, values: lastYear.values as (string | number)[][] },
        ],
        displayLanguage: "zh-CN",
        active: THIS,
        profile: flavour === "legacy" ? "vl2016" : "m365",
      },
      { flavour },
    );
    await page.waitForFunction(() => (document.getElementById("sheet") as HTMLSelectElement).options.length > 2);
    await page.selectOption("#sheet", THIS);
    expect(await page.isHidden("#year-body")).toBe(true);
    await page.click("#year-open");
    await page.waitForSelector("#year-prior");
    expect(await page.getAttribute("#year-open", "aria-expanded")).toBe("true");
    await page.waitForFunction(() => (document.getElementById("year-last") as HTMLSelectElement).options.length > 2);
    expect(await page.$$eval("#year-last option", (os) => os.map((o) => o.textContent))).toEqual([
      "（请选择）",
      THIS,
      LAST,
    ]);

    // 1. 上年类别: a sheet must be picked; then the run with last year's tiers and what matched.
    await page.click("#year-prior");
    expect(await status(page)).toBe(yp("zh", "pickLast"));
    await page.selectOption("#year-last", LAST);
    await page.click("#year-prior");
    await page.waitForSelector("#year-report li");
    await idle(page);
    expect(await page.$$eval("#year-report li", (li) => li.map((l) => l.textContent))).toEqual(exp.report);
    expect(exp.report.join("\n")).toMatch(/王营.*王營/); // matched only after traditional → simplified
    const data = await sheetCells(page, THIS);
    expect(
      values(data, { name: THIS, cells: exp.input.values.map((r) => r.map((value) => ({ value }))) as never }),
    ).toEqual(exp.input.values.map((r) => r.map((v) => (v === null ? "" : v))));
    expect(await sheetNames(page)).toContain("上年对照");

    // 2. 抽样名单 with a seed typed.
    await page.fill("#year-seed", String(SEED));
    const listed = exp.draw.claimants.length + exp.draw.drawn.length;
    expect(await step(page, "#year-review")).toBe(
      yp("zh", "madeReview", { sheet: "抽样名单", source: THIS, count: listed, seed: SEED }),
    );
    const review = await sheetCells(page, "抽样名单");
    const drawnAt = review!["2,1"].value as string; // the time of the click
    expect(values(review, exp.review(new Date()))).toEqual(
      want(exp.review(new Date())).map((r, i) => (i === 2 ? [r[0], drawnAt] : r)),
    );

    // 3. 推荐名单; 公示 refused: no 市级验收 column yet; 奖惩明细.
    expect(await step(page, "#year-recommend")).toBe(
      yp("zh", "made", { sheet: "推荐名单", source: THIS, count: exp.recommended }),
    );
    expect(values(await sheetCells(page, "推荐名单"), exp.recommend)).toEqual(want(exp.recommend));
    const names = await sheetNames(page);
    expect(await step(page, "#year-notice")).toBe("工作表“2014年考核”没有“市级验收”列：市级验收后才能生成公示");
    expect(await page.getAttribute("#status-text", "class")).toBe("status-error");
    expect(await sheetNames(page)).toEqual(names);
    await step(page, "#year-payments");
    expect(values(await sheetCells(page, "奖惩明细"), exp.payments)).toEqual(want(exp.payments));

    // 分类汇总 lists the documents made; the data sheet was only read by the documents.
    const summary = Object.values((await sheetCells(page, "分类汇总")) || {}).map((c) => c.value);
    expect(summary).toEqual(expect.arrayContaining(["抽样名单", "推荐名单", "奖惩明细"]));
    expect(summary).not.toContain("公示");
    expect(await sheetCells(page, THIS)).toEqual(data);

    // English: the section follows the switch.
    await page.click("#lang");
    expect(await page.textContent("#year-review")).toBe(yp("en", "review"));
    expect(await page.textContent("#year-open")).toBe("Assessment year");
    await page.screenshot({ path: join(SHOTS, `year-${flavour}.png`), fullPage: true });
    await page.click("#year-open");
    expect(await page.isHidden("#year-body")).toBe(true);
    expect(errors).toEqual([]);
  },
);
