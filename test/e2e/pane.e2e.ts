// The task pane in Chromium on the simulated Excel: classify, summary, problems, language,
// hostile text, accessibility, screenshots at 320 px.

import { join } from "path";
import { t } from "../../src/core";
import type { RunResult } from "../../src/core/types";
import { pt } from "../../src/taskpane/messages";
import { DATA_SHEET, expectedRun, fixtureSheets, HOSTILE, PROBLEM_SHEET, problemSheet } from "./fixture";
import { loadedFlavours, paneSession, SHOTS } from "./harness";
import { classify, selection, sheetCells, sheetNames, tableRows } from "./page-probe";

const session = paneSession();

const withProblems = () => [...fixtureSheets(), problemSheet()];

/** Money is spelled out: 3 met × 20,000; fines 20,000 + 30,000 + 30,000 + 20,000 (SPEC §4 on the fixture). */
function expectedTotals(run: RunResult, lang: "zh" | "en", rewards: string, fines: string): [string, string][] {
  const s = run.summary;
  return [
    [pt(lang, "rows"), String(s.rows)],
    [pt(lang, "skipped"), String(s.skipped)],
    [pt(lang, "rewards"), rewards],
    [pt(lang, "fines"), fines],
  ];
}

test("classifies the fixture sheet (modern flavour, Microsoft 365): summary numbers and the cells written into Excel", async () => {
  const sheets = fixtureSheets();
  const expected = expectedRun(sheets.filter((s) => s.name === DATA_SHEET)[0], "zh");
  expect(expected.summary.rows).toBe(8); // the fixture's eight townships, none skipped or invalid
  const { page, errors } = await session.open({ sheets, displayLanguage: "zh-CN", active: DATA_SHEET, profile: "m365" });
  // Chromium runs the type="module" scripts and skips the nomodule ones: one flavour, the modern one.
  expect(await loadedFlavours(page)).toEqual(["modern"]);
  expect(await page.textContent("#classify")).toBe("开始分类");
  expect(await page.isVisible("#first-run")).toBe(true);
  expect(await page.isVisible("#undo-note")).toBe(true);

  await classify(page);
  expect(await page.textContent("#summary-heading")).toBe(pt("zh", "summaryHeading", { sheet: DATA_SHEET }));
  expect(expected.summary).toMatchObject({ rewards: 60000, fines: -100000 });
  expect(await tableRows(page, "totals")).toEqual(expectedTotals(expected, "zh", "60,000 元", "-100,000 元"));
  expect(await tableRows(page, "by-tier")).toEqual([
    ["一类", String(expected.summary.byTier["1"])],
    ["二类", String(expected.summary.byTier["2"])],
    ["三类", String(expected.summary.byTier["3"])],
  ]);
  const statusRows = Object.keys(expected.summary.byStatus)
    .filter((k) => expected.summary.byStatus[k as keyof typeof expected.summary.byStatus] > 0)
    .map((k) => [t("zh", ("status." + k) as "status.met"), String(expected.summary.byStatus[k as "met"])]);
  expect((await tableRows(page, "by-status")).sort()).toEqual(statusRows.sort());
  expect(await page.textContent('[data-testid="clean"]')).toBe(pt("zh", "clean"));
  expect(await page.textContent("#status-text")).toBe(pt("zh", "doneClean", { rows: 8 }));

  // Every result cell the core planned is in the simulated sheet, value for value.
  const cells = await sheetCells(page, DATA_SHEET);
  const out = expected.output;
  out.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const got = cells![`${out.firstRow - 1 + r},${out.firstCol - 1 + c}`];
      expect([r, c, got ? got.value : ""]).toEqual([r, c, cell.value === null ? "" : cell.value]);
    }),
  );
  expect(cells![`${out.firstRow - 1},${out.firstCol - 1}`].value).toBe("达到类别");
  expect(await sheetNames(page)).toEqual(expect.arrayContaining(["规则", "分类汇总"]));
  await page.screenshot({ path: join(SHOTS, "zh-summary.png"), fullPage: true });
  expect(errors).toEqual([]);
});

test("problem list: each bad cell listed, click and Enter select it, hostile text stays text", async () => {
  const sheet = problemSheet();
  const expected = expectedRun(sheet, "zh");
  const issues = expected.rows.flatMap((r) => r.errors.map((e) => ({ township: r.township, cell: e.cell, message: e.message })));
  expect(issues.map((i) => i.cell)).toEqual(["D3", "E5", "C7"]);
  const { page, dialogs, errors } = await session.open({ sheets: withProblems(), displayLanguage: "zh-CN", active: PROBLEM_SHEET });
  await classify(page);

  const entries = await page.$$eval(".problem", (nodes) => nodes.map((n) => [n.getAttribute("data-cell"), n.textContent]));
  expect(entries).toEqual(issues.map((i) => [i.cell, i.township + i.message]));
  expect(await page.textContent("#problems-heading")).toBe(pt("zh", "problemsHeading", { count: 3 }));

  await page.click('.problem[data-cell="E5"]');
  await page.waitForFunction(() => (window as unknown as { __ttSim: { state: { workbook: { selection: unknown } } } }).__ttSim.state.workbook.selection !== null);
  expect(await selection(page)).toEqual({ sheet: PROBLEM_SHEET, address: "E5" });
  await page.focus('.problem[data-cell="C7"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (window as unknown as { __ttSim: { state: { workbook: { selection: { address: string } } } } }).__ttSim.state.workbook.selection.address === "C7");

  expect(await page.textContent("#status-text")).toBe(pt("zh", "done", { rows: 8, problems: 3 }));
  // The payload is the township of D3's row: shown as text, never parsed.
  expect(await page.textContent('.problem[data-cell="D3"] .problem-cell')).toBe(HOSTILE);
  expect(await page.$$("img")).toHaveLength(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.screenshot({ path: join(SHOTS, "zh-problems.png"), fullPage: true });
});

test("language: switch to English, remembered on reload; an English Office starts in English", async () => {
  const { page } = await session.open({ sheets: withProblems(), displayLanguage: "zh-CN", active: PROBLEM_SHEET });
  await page.click("#lang");
  expect(await page.textContent("#classify")).toBe("Classify");
  expect(await page.getAttribute("html", "lang")).toBe("en");
  await classify(page);
  const expected = expectedRun(problemSheet(), "en");
  // D3, E5, C7 make rows 3, 5, 7 invalid; left: 城北 + 中和 met (+40,000), 西山 dropped + 长乐 failed (-50,000).
  expect(expected.summary).toMatchObject({ rewards: 40000, fines: -50000 });
  expect(await tableRows(page, "totals")).toEqual(expectedTotals(expected, "en", "¥40,000", "-¥50,000"));
  expect(await page.textContent("#sheet option[value='']")).toBe(pt("en", "activeSheet"));
  expect(await page.textContent('.problem[data-cell="D3"]')).toBe(HOSTILE + expected.rows[0].errors[0].message);
  await page.screenshot({ path: join(SHOTS, "en-problems.png"), fullPage: true });
  await page.reload();
  await page.waitForSelector("#app:not([hidden])");
  expect(await page.textContent("#classify")).toBe("Classify");
  await page.click("#lang");
  expect(await page.textContent("#classify")).toBe("开始分类");

  const en = await session.open({ sheets: fixtureSheets(), displayLanguage: "en-US", active: DATA_SHEET });
  expect(await en.page.textContent("#classify")).toBe("Classify");
  await classify(en.page);
  await en.page.screenshot({ path: join(SHOTS, "en-summary.png"), fullPage: true });
});

test("accessibility: axe finds no serious or critical violation after a run with problems", async () => {
  const { page } = await session.open({ sheets: withProblems(), displayLanguage: "zh-CN", active: PROBLEM_SHEET });
  await classify(page);
  await page.click("#clear"); // the confirmation card is part of the scan
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  // Every control is a real button/select with a name, so Tab reaches it.
  const unnamed = await page.$$eval("button:not([hidden]), select", (nodes) =>
    nodes.filter((n) => !(n.textContent || "").trim() && !n.getAttribute("aria-label") && !(n.id && document.querySelector(`label[for="${n.id}"]`))).map((n) => n.id),
  );
  expect(unnamed).toEqual([]);
});
