// The pane's other actions and the ribbon command, in Chromium on the simulated Excel; the pane
// without Office. The built bundle itself (ES5 for IE11, size budget) is checked in test/web-build.

import { join } from "path";
import type { Page } from "playwright-core";
import { classifySheet, defaultRules, sampleWorkbook } from "../../src/core";
import { HALF_RESULTS } from "../../src/excel/messages";
import { pt } from "../../src/taskpane/messages";
import { DATA_SHEET, expectedRun, fixtureSheets, PROBLEM_SHEET, problemSheet } from "./fixture";
import { loadedFlavours, paneSession, SHOTS } from "./harness";
import { activeSheet, classify, clearResults, expectResultCells, sameCells, sheetCells, sheetNames, tableRows } from "./page-probe";

const session = paneSession();

const statusText = (page: Page) => page.textContent("#status-text");
const idle = (page: Page) => page.waitForFunction(() => !(document.getElementById("classify") as HTMLButtonElement).disabled);

test("insert sample: one click adds the sample sheet, picks it, and it classifies", async () => {
  const { page, errors } = await session.open({ sheets: fixtureSheets(), displayLanguage: "zh-CN" });
  const before = await sheetNames(page);
  await page.click("#sample-first");
  await page.waitForSelector("#first-run", { state: "hidden" });
  await idle(page);
  const added = (await sheetNames(page)).filter((n) => before.indexOf(n) < 0);
  expect(added).toHaveLength(1);
  expect(await statusText(page)).toBe(pt("zh", "sampleInserted", { sheet: added[0] }));
  await page.waitForFunction((name) => (document.getElementById("sheet") as HTMLSelectElement).value === name, added[0]);
  await classify(page);
  const sample = sampleWorkbook().sheet;
  const expected = classifySheet({ ...sample, name: added[0] }, defaultRules(), { lang: "zh" });
  expect((await tableRows(page, "totals"))[0]).toEqual([pt("zh", "rows"), String(expected.summary.rows)]);
  expect(errors).toEqual([]);
});

test("clear results asks first: Cancel keeps them, Confirm removes the result columns", async () => {
  const sheet = fixtureSheets().filter((s) => s.name === DATA_SHEET)[0];
  const out = expectedRun(sheet, "zh").output;
  const headerKey = `${out.firstRow - 1},${out.firstCol - 1}`;
  const { page } = await session.open({ sheets: fixtureSheets(), displayLanguage: "zh-CN", active: DATA_SHEET });
  const original = await sheetCells(page, DATA_SHEET);
  await classify(page);
  expect((await sheetCells(page, DATA_SHEET))![headerKey].value).toBe("达到类别");

  await page.click("#clear");
  expect(await page.textContent("#confirm-text")).toBe(pt("zh", "confirmClearActive"));
  expect(await page.evaluate(() => document.activeElement && document.activeElement.id)).toBe("confirm-no");
  await page.keyboard.press("Escape");
  await page.waitForSelector("#confirm", { state: "hidden" });
  expect(await page.evaluate(() => document.activeElement && document.activeElement.id)).toBe("clear");
  expect((await sheetCells(page, DATA_SHEET))![headerKey].value).toBe("达到类别");

  await page.click("#clear");
  await page.click("#confirm-yes");
  await page.waitForFunction((text) => document.getElementById("status-text")!.textContent === text, pt("zh", "cleared"));
  expect((await sheetCells(page, DATA_SHEET))![headerKey]).toBeUndefined();
  expect(await sheetNames(page)).not.toContain("分类汇总");
  // The summary of the cleared run is gone from the pane too.
  expect(await page.isHidden("#results")).toBe(true);
  // Input cells are untouched: the township column still reads as the fixture.
  expect((await sheetCells(page, DATA_SHEET))!["2,1"].value).toBe(sheet.values[2][1]);
  // And the whole sheet is the one before the run, cell for cell (value, fill, number format).
  expect(sameCells(await sheetCells(page, DATA_SHEET), original)).toEqual([]);
});

test("rules: open the 规则 sheet; restore defaults only after confirming", async () => {
  const { page } = await session.open({ sheets: fixtureSheets(), displayLanguage: "zh-CN", active: DATA_SHEET });
  await page.click("#open-rules");
  await page.waitForFunction((text) => document.getElementById("status-text")!.textContent === text, pt("zh", "rulesOpened"));
  expect(await activeSheet(page)).toBe("规则");

  await page.click("#restore-rules");
  expect(await page.textContent("#confirm-text")).toBe(pt("zh", "confirmRestore"));
  await page.click("#confirm-no");
  expect(await statusText(page)).toBe(pt("zh", "rulesOpened"));
  await page.click("#restore-rules");
  await page.click("#confirm-yes");
  await page.waitForFunction((text) => document.getElementById("status-text")!.textContent === text, pt("zh", "rulesRestored"));
});

test.each(["modern", "legacy"] as const)("ribbon Classify (%s flavour, shared runtime): completes the event, opens the pane on problems, the pane shows that run; double click is harmless", async (flavour) => {
  // Retail 2016/2019 without WebView2 run the shared runtime in IE11 (EXCEL-NOTES §6), so the
  // legacy flavour must keep one module instance for the command and the pane too.
  const { page } = await session.open({ sheets: [...fixtureSheets(), problemSheet()], displayLanguage: "zh-CN", active: PROBLEM_SHEET, profile: "m365" }, { flavour });
  expect(await loadedFlavours(page)).toEqual([flavour]);
  const calls = await page.evaluate(async () => {
    const w = window as unknown as { __ttActions: Record<string, (e: { completed: () => void }) => Promise<void>>; __ttShown: number };
    let completed = 0;
    const event = { completed: () => { completed++; } };
    await Promise.all([w.__ttActions.classify(event), w.__ttActions.classify(event)]);
    return { completed, shown: w.__ttShown };
  });
  expect(calls).toEqual({ completed: 2, shown: 1 });
  await page.waitForSelector('[data-testid="problems"]');
  expect(await page.textContent("#summary-heading")).toBe(pt("zh", "summaryHeading", { sheet: PROBLEM_SHEET }));
  expect(await page.$$(".problem")).toHaveLength(3);
});

test("the confirm box shows beside its button in a pane 600 px high, with focus on Cancel", async () => {
  const { page } = await session.open({ sheets: [...fixtureSheets(), problemSheet()], displayLanguage: "zh-CN", active: PROBLEM_SHEET });
  await page.setViewportSize({ width: 320, height: 600 });
  await classify(page); // the summary and the problem list push the buttons far below the fold
  // In view, whole (in whole pixels: the layout puts edges at fractions of one), and just under the
  // button that asked, which stays in view too: the user's eyes need not leave the button.
  const placed = (button: string) =>
    page.evaluate((id) => {
      const card = document.getElementById("confirm")!.getBoundingClientRect();
      const opener = document.getElementById(id)!.getBoundingClientRect();
      const gap = Math.round(card.top - opener.bottom);
      return {
        cardInView: Math.round(card.top) >= 0 && Math.round(card.bottom) <= window.innerHeight,
        buttonInView: Math.round(opener.top) >= 0 && Math.round(opener.bottom) <= window.innerHeight,
        beside: gap >= 0 && gap <= 24,
        focus: document.activeElement!.id,
      };
    }, button.slice(1));
  for (const button of ["#clear", "#restore-rules"]) {
    await page.click(button);
    expect({ button, ...(await placed(button)) }).toEqual({ button, cardInView: true, buttonInView: true, beside: true, focus: "confirm-no" });
    expect(await page.evaluate(() => document.body.scrollHeight > window.innerHeight)).toBe(true);
    await page.screenshot({ path: join(SHOTS, `confirm-600px-${button.slice(1)}.png`) });
    await page.keyboard.press("Escape");
    await page.waitForSelector("#confirm", { state: "hidden" });
  }
});

test("ribbon Classify cut short while writing: the pane opens with what may be half written and the ways out", async () => {
  const { page } = await session.open({ sheets: fixtureSheets(), displayLanguage: "zh-CN", active: DATA_SHEET, profile: "m365" });
  const shown = await page.evaluate(async () => {
    const w = window as unknown as {
      __ttActions: Record<string, (e: { completed: () => void }) => Promise<void>>;
      __ttShown: number;
      __ttSim: { state: { inject?: (label: string) => string | undefined } };
    };
    w.__ttSim.state.inject = (label) => (label === "Range.values" ? "GeneralException" : undefined);
    await w.__ttActions.classify({ completed: () => undefined });
    w.__ttSim.state.inject = undefined;
    return w.__ttShown;
  });
  expect(shown).toBe(1);
  await page.waitForSelector("#status-text.status-error");
  expect(await statusText(page)).toBe("Excel 报告错误（GeneralException），操作未完成。" + HALF_RESULTS.zh);
  // The first of the two ways out, from the pane: one more 开始分类 gives the full results.
  await classify(page);
  expectResultCells(await sheetCells(page, DATA_SHEET), expectedRun(fixtureSheets().filter((s) => s.name === DATA_SHEET)[0], "zh"));
});

test("Office blocked: a bilingual message at once; Office silent for 10 s: the same message", async () => {
  const blocked = await session.open({ sheets: [], displayLanguage: "zh-CN" }, { office: "blocked" });
  await blocked.page.waitForSelector("#offline:not([hidden])");
  expect(await blocked.page.textContent("#offline-zh")).toBe(pt("zh", "offlineBody"));
  expect(await blocked.page.textContent("#offline-en")).toBe(pt("en", "offlineBody"));
  expect(await blocked.page.isVisible("#app")).toBe(false);
  // IE11's flavour shows the same message (offices behind a blocked CDN are the ones on IE11).
  const blockedIE = await session.open({ sheets: [], displayLanguage: "zh-CN" }, { office: "blocked", flavour: "legacy" });
  await blockedIE.page.waitForSelector("#offline:not([hidden])");
  expect(await blockedIE.page.textContent("#offline-en")).toBe(pt("en", "offlineBody"));
  expect(await loadedFlavours(blockedIE.page)).toEqual(["legacy"]);

  const silent = await session.open({ sheets: [], displayLanguage: "zh-CN" }, {
    office: { script: "window.Office = { onReady: function () { return new Promise(function () {}); } };" },
    clock: true,
  });
  await silent.page.waitForSelector("#boot:not([hidden])");
  expect(await silent.page.isVisible("#offline")).toBe(false);
  await silent.page.clock.fastForward(10500);
  await silent.page.waitForSelector("#offline:not([hidden])");
});

test("IE11 flavour on VL 2016 (legacy ES5 bundle, ExcelApi 1.1, no ribbon): the pane alone classifies; Clear results restores the sheet", async () => {
  const sheet = fixtureSheets().filter((s) => s.name === DATA_SHEET)[0];
  const expected = expectedRun(sheet, "zh");
  const { page, errors } = await session.open({ sheets: fixtureSheets(), displayLanguage: "zh-CN", active: DATA_SHEET, profile: "vl2016" }, { flavour: "legacy" });
  expect(await loadedFlavours(page)).toEqual(["legacy"]);
  expect(await page.evaluate(() => typeof String.prototype.normalize)).toBe("undefined");
  const original = await sheetCells(page, DATA_SHEET);
  await classify(page);
  expect(await tableRows(page, "totals")).toEqual([
    [pt("zh", "rows"), "8"], [pt("zh", "skipped"), "0"], [pt("zh", "rewards"), "60,000 元"], [pt("zh", "fines"), "-100,000 元"],
  ]);
  expectResultCells(await sheetCells(page, DATA_SHEET), expected);
  expect(await sheetNames(page)).toEqual(expect.arrayContaining(["规则", "分类汇总"]));
  await clearResults(page);
  expect(sameCells(await sheetCells(page, DATA_SHEET), original)).toEqual([]);
  expect(errors).toEqual([]);
  await page.screenshot({ path: join(SHOTS, "legacy-vl2016-cleared.png"), fullPage: true });
});
