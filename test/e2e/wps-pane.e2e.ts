// The WPS add-in's task pane in Chromium, as WPS would show it: `npm run build:wps`'s taskpane.html served
// with the ET simulator (test/wps/sim, bundled by webpack.stub.config.js --env stub=et-stub) as window.Application, no
// office.js. Classify → summary, a problem → the cell selected, 清除结果, 插入示例, 规则, the language.

import { mkdtempSync, rmSync } from "fs";
import type { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { sampleWorkbook, classifySheet, defaultRules } from "../../src/core";
import { pt } from "../../src/taskpane/messages";
import { nt } from "../../src/taskpane/name-columns-messages";
import { wt } from "../../src/wps/messages";
import { run } from "../support/builds";
import { findBrowser } from "../support/tools";
import type { WpsE2EConfig } from "./et-stub";
import { expectedRun, fixtureSheets, HOSTILE, PROBLEM_SHEET, problemSheet } from "./fixture";
import { launch, ROOT, serveDist, SHOTS } from "./harness";
import { classify, tableRows } from "./page-probe";
import { UNLISTED_HEADER_BLOCK, UNLISTED_HEADER_ROWS } from "../fixtures/unlisted-header";

const BUILD_TIMEOUT_MS = 5 * 60 * 1000;
let browser: Browser | undefined;
let server: Server | undefined;
let base = "";
const out = mkdtempSync(join(tmpdir(), "tt-wps-e2e-"));

async function webpack(args: string[]): Promise<void> {
  const r = await run(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), ...args], {
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  if (r.code !== 0) throw new Error(`e2e: webpack ${args.join(" ")} failed:\n${r.out}`);
}

// The README's build:wps into a folder of this spec's own, and the simulator beside it; stopped after, whatever started.
beforeAll(async () => {
  if (!findBrowser()) return;
  await webpack([
    "-c",
    join(ROOT, "webpack.wps.config.js"),
    "--mode",
    "production",
    "--env",
    "url=http://127.0.0.1/wps/",
    "--env",
    `outDir=${join(out, "wps")}`,
  ]);
  await webpack([
    "-c",
    join(ROOT, "test/e2e/webpack.stub.config.js"),
    "--env",
    "stub=et-stub",
    "--output-path",
    join(out, "stub"),
  ]);
  ({ server, base } = await serveDist(join(out, "wps")));
  browser = await launch();
}, BUILD_TIMEOUT_MS * 2);

afterAll(async () => {
  if (browser) await browser.close();
  if (server) await new Promise((done) => server!.close(done));
  rmSync(out, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
  dialogs: string[];
  requests: string[];
}

/** taskpane.html of the WPS build at 320 px, the simulator installed before the page's script runs. */
async function openWpsPane(config: WpsE2EConfig, locale = "zh-CN"): Promise<Opened> {
  if (!browser) throw new Error("e2e: the browser did not start (see beforeAll)");
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 1, locale });
  const page = await context.newPage();
  const opened: Opened = { page, errors: [], dialogs: [], requests: [] };
  page.on("pageerror", (e) => opened.errors.push(String(e)));
  page.on("request", (r) => opened.requests.push(r.url()));
  page.on("dialog", (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") console.warn("WPS pane console:", m.text());
  });
  await page.addInitScript((cfg) => {
    (window as unknown as { __TT_WPS__: unknown }).__TT_WPS__ = cfg;
  }, config);
  await page.addInitScript({ path: join(out, "stub/et-stub.js") });
  await page.goto(base + "taskpane.html");
  await page.waitForSelector("#app:not([hidden])");
  return opened;
}

interface EtProbe {
  __ttEt: {
    book: {
      sheets: { name: string; cells: Map<string, { value: unknown; numberFormat: string; color: number | null }> }[];
      active: number;
      selection?: { sheet: string; address: string } | null;
    };
  };
}

const book = (page: Page) =>
  page.evaluate(() => {
    const b = (window as unknown as EtProbe).__ttEt.book;
    return { names: b.sheets.map((s) => s.name), active: b.sheets[b.active].name, selection: b.selection || null };
  });

/** A sheet's cells with content or format, "row,col value format colour", sorted. */
const cells = (page: Page, name: string) =>
  page.evaluate((sheetName) => {
    const sheet = (window as unknown as EtProbe).__ttEt.book.sheets.filter((s) => s.name === sheetName)[0];
    const list: string[] = [];
    sheet.cells.forEach((c, k) => {
      if (c.value !== null || c.numberFormat !== "General" || c.color !== null)
        list.push(`${k} ${JSON.stringify([c.value, c.numberFormat, c.color])}`);
    });
    return list.sort();
  }, name);

const statusIs = (page: Page, text: string) =>
  page.waitForFunction((t) => document.getElementById("status-text")!.textContent === t, text);
const idle = (page: Page) =>
  page.waitForFunction(() => !(document.getElementById("classify") as HTMLButtonElement).disabled);

const withProblems = (): WpsE2EConfig => ({ sheets: [...fixtureSheets(), problemSheet()], active: PROBLEM_SHEET });

test("classify → summary and problems; a problem selects its cell in ET; 清除结果 gives the sheet back", async () => {
  const { page, errors, dialogs, requests } = await openWpsPane(withProblems());
  expect(await page.textContent("#classify")).toBe("开始分类");
  // The Excel add-in's sections that WPS does not have yet: hidden, and one line saying where they are.
  expect(await page.isHidden("#forms")).toBe(true);
  expect(await page.isHidden("#year")).toBe(true);
  expect(await page.textContent("#excel-only")).toBe(wt("zh", "pane.excelOnly"));
  expect(await page.textContent("#undo-note p")).toBe(wt("zh", "pane.undoNote"));
  expect(await page.$$eval("#sheet option", (o) => o.map((x) => x.textContent))).toEqual([
    pt("zh", "activeSheet"),
    ...fixtureSheets().map((s) => s.name),
    PROBLEM_SHEET,
  ]);
  const before = await cells(page, PROBLEM_SHEET);

  await classify(page);
  const expected = expectedRun(problemSheet(), "zh");
  expect(await page.textContent("#summary-heading")).toBe(pt("zh", "summaryHeading", { sheet: PROBLEM_SHEET }));
  expect((await tableRows(page, "totals"))[0]).toEqual([pt("zh", "rows"), String(expected.summary.rows)]);
  expect((await tableRows(page, "by-tier")).slice(0, 3)).toEqual([
    ["一类", String(expected.summary.byTier["1"])],
    ["二类", String(expected.summary.byTier["2"])],
    ["三类", String(expected.summary.byTier["3"])],
  ]);
  const issues = expected.rows.flatMap((r) => r.errors.map((e) => [e.cell, r.township + e.message]));
  expect(await page.$$eval(".problem", (n) => n.map((x) => [x.getAttribute("data-cell"), x.textContent]))).toEqual(
    issues,
  );
  expect(await page.textContent("#status-text")).toBe(pt("zh", "done", { rows: 8, problems: 3 }));
  expect(await page.textContent('.problem[data-cell="D3"] .problem-cell')).toBe(HOSTILE);
  expect(await page.$$("img")).toHaveLength(0);
  expect((await book(page)).names).toEqual([...fixtureSheets().map((s) => s.name), PROBLEM_SHEET, "规则", "分类汇总"]);
  await page.screenshot({ path: join(SHOTS, "wps-zh-problems.png"), fullPage: true });
  // The page WPS shows is as accessible as Excel's (pane.e2e.ts): no serious or critical axe violation.
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    type Axe = { run: (d: Document) => Promise<{ violations: { id: string; impact: string }[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
  });
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // A problem → its cell, on its sheet, even when another sheet is active.
  await page.evaluate(() => ((window as unknown as EtProbe).__ttEt.book.active = 0));
  await page.click('.problem[data-cell="E5"]');
  await page.waitForFunction(() => ((window as unknown as EtProbe).__ttEt.book.selection || {}).address === "E5");
  expect(await book(page)).toMatchObject({ active: PROBLEM_SHEET, selection: { sheet: PROBLEM_SHEET, address: "E5" } });
  await page.focus('.problem[data-cell="C7"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => ((window as unknown as EtProbe).__ttEt.book.selection || {}).address === "C7");

  // 清除结果 asks first; then the result columns and 分类汇总 go, and the sheet is as before the run.
  await page.click("#clear");
  expect(await page.textContent("#confirm-text")).toBe(pt("zh", "confirmClearActive"));
  await page.click("#confirm-yes");
  await statusIs(page, pt("zh", "cleared"));
  expect(await page.isHidden("#results")).toBe(true);
  expect(await cells(page, PROBLEM_SHEET)).toEqual(before);
  expect((await book(page)).names).not.toContain("分类汇总");

  expect(requests.filter((u) => /office/i.test(u))).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test("插入示例 adds the sample and picks it, and it classifies as the core says; 规则 opened and restored", async () => {
  const { page, errors } = await openWpsPane({ sheets: fixtureSheets() });
  await page.click("#sample");
  await idle(page);
  const name = sampleWorkbook().sheet.name;
  await statusIs(page, pt("zh", "sampleInserted", { sheet: name }));
  expect(await book(page)).toMatchObject({ active: name });
  await page.waitForFunction((n) => (document.getElementById("sheet") as HTMLSelectElement).value === n, name);
  await classify(page);
  const core = classifySheet(sampleWorkbook().sheet, defaultRules(), { lang: "zh" });
  expect((await tableRows(page, "totals"))[0]).toEqual([pt("zh", "rows"), String(core.summary.rows)]);
  expect(await page.$$(".problem")).toHaveLength(core.problems.reduce((n, p) => n + p.errors.length, 0));

  await page.click("#open-rules");
  await statusIs(page, pt("zh", "rulesOpened"));
  expect((await book(page)).active).toBe("规则");
  const rules = await cells(page, "规则");
  // A bound changed by hand, then 恢复默认规则: Cancel keeps it, Confirm writes the defaults back.
  await page.evaluate(() => {
    const sheet = (window as unknown as EtProbe).__ttEt.book.sheets.filter((s) => s.name === "规则")[0];
    const changed = Array.from(sheet.cells.values()).filter((c) => typeof c.value === "number")[0];
    changed.value = 12345;
  });
  await page.click("#restore-rules");
  expect(await page.textContent("#confirm-text")).toBe(pt("zh", "confirmRestore"));
  await page.click("#confirm-no");
  expect(await cells(page, "规则")).not.toEqual(rules);
  await page.click("#restore-rules");
  await page.click("#confirm-yes");
  await statusIs(page, pt("zh", "rulesRestored"));
  expect(await cells(page, "规则")).toEqual(rules);
  expect(errors).toEqual([]);
});

test("the ribbon's 分类 with problems opens the pane, which shows that run (handed over through PluginStorage)", async () => {
  const { page, dialogs, errors } = await openWpsPane(withProblems());
  expect(await page.isHidden("#results")).toBe(true);
  // The ribbon's bundle runs in WPS's own page for the add-in; here it shares the pane's page and the
  // simulator, as both pages share WPS's Application and its PluginStorage.
  await page.addScriptTag({ url: base + "js/township-tiers.js" });
  const done = await page.evaluate(() => {
    const w = window as unknown as { TiersOnAction: (c: { Id: string }) => unknown };
    return w.TiersOnAction({ Id: "ttClassify" });
  });
  expect(done).toBe(true);
  await page.waitForSelector('[data-testid="problems"]');
  expect(await page.textContent("#summary-heading")).toBe(pt("zh", "summaryHeading", { sheet: PROBLEM_SHEET }));
  expect(await page.$$(".problem")).toHaveLength(3);
  expect(await page.textContent("#status-text")).toBe(pt("zh", "done", { rows: 8, problems: 3 }));
  const panes = await page.evaluate(() =>
    (window as unknown as { __ttEt: { panes: { url: string; Visible: boolean }[] } }).__ttEt.panes.map((p) => [
      p.url,
      p.Visible,
    ]),
  );
  expect(panes).toEqual([["http://127.0.0.1/wps/taskpane.html", true]]);
  // Its problem list selects cells as the pane's own does.
  await page.click('.problem[data-cell="C7"]');
  await page.waitForFunction(() => ((window as unknown as EtProbe).__ttEt.book.selection || {}).address === "C7");
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test("a missing column: pick its header, saved into 规则 (表头名称), and the sheet classifies", async () => {
  const sheet = { name: "两行表头", values: [...UNLISTED_HEADER_BLOCK, ...UNLISTED_HEADER_ROWS] };

  const { page, errors } = await openWpsPane({ sheets: [sheet] });
  await page.click("#classify");
  await page.waitForSelector("#name-columns");
  await idle(page);
  expect(await page.textContent("#status-text")).toBe(
    "工作表“两行表头”缺少必需的列：计划生育率；未识别的表头：B3“指标一”",
  );
  await page.selectOption("#name-plannedBirthRate", { label: nt("zh", "option", { header: "指标一", cell: "B3" }) });
  await page.click("#name-save");
  await page.waitForSelector('#results:not([hidden]) [data-testid="summary"]');
  await idle(page);
  expect((await tableRows(page, "totals"))[0]).toEqual([pt("zh", "rows"), "2"]);
  expect((await cells(page, "规则")).filter((c) => c.indexOf('"指标一"') >= 0)).toHaveLength(1);
  expect(errors).toEqual([]);
});

test("the language: English on a click, the note too, remembered on reload; a page outside WPS says so", async () => {
  const { page, errors } = await openWpsPane(withProblems());
  await page.click("#lang");
  expect(await page.textContent("#classify")).toBe("Classify");
  expect(await page.textContent("#excel-only")).toBe(wt("en", "pane.excelOnly"));
  expect(await page.textContent("#undo-note p")).toBe(wt("en", "pane.undoNote"));
  await classify(page);
  expect(await page.textContent("#status-text")).toBe(pt("en", "done", { rows: 8, problems: 3 }));
  await page.screenshot({ path: join(SHOTS, "wps-en-problems.png"), fullPage: true });
  await page.reload();
  await page.waitForSelector("#app:not([hidden])");
  expect(await page.textContent("#classify")).toBe("Classify");
  expect(errors).toEqual([]);

  // Without window.Application (the page opened in a browser): one card, both languages, no pane.
  const context = await browser!.newContext({ viewport: { width: 320, height: 600 } });
  const bare = await context.newPage();
  await bare.goto(base + "taskpane.html");
  await bare.waitForSelector("#offline:not([hidden])");
  expect(await bare.textContent("#offline-zh")).toBe(wt("zh", "pane.noHost"));
  expect(await bare.textContent("#offline-en")).toBe(wt("en", "pane.noHost"));
  expect(await bare.isHidden("#app")).toBe(true);
});
