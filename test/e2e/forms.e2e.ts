// 乡级申报 in the pane (issue 16), in Chromium on the simulated Excel, in a pane 600 px high: returned forms
// picked at once, the change list seen, one overwrite ticked, written, the cells checked; forms out as a
// download where the webview saves files and as a message pointing to the command line where it cannot.

import { readFileSync } from "fs";
import { join } from "path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { changesToWrite, classifySheet, defaultRules, districtForms, districtYear, planCollection, readReturnedFile } from "../../src/core";
import type { CellValue, SheetInput } from "../../src/core";
import { ft } from "../../src/taskpane/forms-messages";
import { formWorkbook, openWorkbook, readFormMarker, writeCellValues } from "../../src/xlsx";
import { DATA_SHEET, fixtureSheets } from "./fixture";
import type { Flavour } from "./harness";
import { paneSession, SHOTS } from "./harness";
import { sheetCells, sheetNames } from "./page-probe";

const session = paneSession();
const rules = defaultRules();

/** The fixture's district with the first township's indicators emptied (a form fills them). */
function district() {
  const sheet = fixtureSheets().filter((s) => s.name === DATA_SHEET)[0];
  const full: SheetInput = { name: sheet.name, values: sheet.values as CellValue[][], formats: sheet.formats };
  const result = classifySheet(full, rules, { lang: "zh" });
  const [a, b] = result.rows;
  const values = sheet.values.map((r) => r.slice());
  for (const rule of rules.indicators) values[a.row - 1][(result.columns[rule.key] as number) - 1] = null;
  const input: SheetInput = { ...full, values: values as CellValue[][] };
  const year = districtYear(input, result) || "2015";
  const forms = districtForms(input, result, rules, { lang: "zh", year, district: "" });
  const fill = (township: string, numbers: number[]) => {
    const form = forms.filter((f) => f.township === township)[0];
    const cells = numbers.map((v, i) => ({ cell: "B" + (9 + i), value: v }));
    return { name: form.fileName, mimeType: "application/octet-stream", buffer: Buffer.from(writeCellValues(formWorkbook(form), "申报表", cells)) };
  };
  const files = [fill(a.township, [98.6, 91, 108, 9, 95, 95, 95]), fill(b.township, [99.9, 95, 106, 12, 99, 99, 99])];
  // What the core plans for these files: the reference for the cells the pane writes.
  const returned = files.map((f) => {
    const bytes = new Uint8Array(f.buffer);
    const book = openWorkbook(bytes);
    const sheets = book.sheets.map((s) => book.readSheet(s.name));
    return readReturnedFile({ file: f.name, sheets, marker: readFormMarker(bytes) }, rules, "zh");
  });
  const plan = planCollection({ district: input, result, rules, lang: "zh", year: districtYear(input, result), files: returned });
  return { sheet: { ...sheet, values }, files, plan, a: a.township, b: b.township, townships: result.rows.length };
}

const idle = (page: Page) => page.waitForFunction(() => !(document.getElementById("forms-files") as HTMLInputElement).disabled);

/** Whether an element is whole within the 600 px viewport. */
const inView = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return Math.round(r.top) >= 0 && Math.round(r.bottom) <= window.innerHeight;
  }, selector);

function cellKey(a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return `${Number(m[2]) - 1},${col}`;
}

test.each(["modern", "legacy"] as [Flavour, Flavour])("forms back (%s flavour): pick files, see the list, tick one overwrite, write, see the cells", async (flavour) => {
  const d = district();
  const profile = flavour === "legacy" ? "vl2016" : "m365";
  const { page, errors } = await session.open({ sheets: [d.sheet], displayLanguage: "zh-CN", active: DATA_SHEET, profile }, { flavour });
  await page.setViewportSize({ width: 320, height: 600 });
  await page.setInputFiles("#forms-files", d.files);
  await page.waitForSelector("#forms-card");
  const overwrites = d.plan.changes.filter((c) => c.confirm);
  expect(overwrites.length).toBe(7);
  expect(d.plan.changes.length).toBe(14);
  // The list: every change, cell and old → new; the overwrites each with a box, none ticked.
  const lines = await page.$$eval('[data-list="changes"] li', (lis) => lis.map((li) => li.textContent));
  expect(lines).toHaveLength(14);
  expect(lines[0]).toContain(`${d.plan.changes[0].cell} ${d.a}`);
  expect(lines[0]).toContain(`（空） → ${d.plan.changes[0].newText}`);
  const boxes = await page.$$eval(".forms-box", (b) => b.map((x) => (x as HTMLInputElement).checked));
  expect(boxes).toEqual([false, false, false, false, false, false, false]);
  // In a short pane the first box and the 写入 button are in view, and focus is on that box.
  expect(await inView(page, ".forms-box")).toBe(true);
  expect(await inView(page, "#forms-write")).toBe(true);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).className)).toBe("forms-box");
  const missing = await page.$$eval('[data-list="missing"] li', (lis) => lis.map((li) => li.textContent));
  expect(missing).toHaveLength(1);
  await page.screenshot({ path: join(SHOTS, `forms-back-600px-${flavour}.png`) });
  await page.check(".forms-box");
  await page.click("#forms-write");
  await page.waitForSelector("#forms-card.card-ok");
  await idle(page);
  const written = changesToWrite(d.plan, (c) => c === overwrites[0]);
  expect(await page.textContent("#forms-card p")).toBe(ft("zh", "written", { n: written.length, sheet: "收表记录" }));
  const cells = (await sheetCells(page, DATA_SHEET))!;
  for (const c of d.plan.changes) {
    const now = cells[cellKey(c.cell)].value;
    expect([c.cell, now]).toEqual([c.cell, written.indexOf(c) >= 0 ? c.value : c.old]);
  }
  expect(await sheetNames(page)).toContain("收表记录");
  const held = await page.$$eval('[data-list="held"] li', (lis) => lis.length);
  expect(held).toBe(6);
  expect(await inView(page, "#forms-card p")).toBe(true);
  expect(errors).toEqual([]);
});

test("forms out where the webview saves files: one .zip with a form per township", async () => {
  const d = district();
  const { page, errors } = await session.open({ sheets: [d.sheet], displayLanguage: "zh-CN", active: DATA_SHEET, platform: "PC" });
  await page.setViewportSize({ width: 320, height: 600 });
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#forms-out")]);
  expect(download.suggestedFilename()).toBe(ft("zh", "zipName", { year: "2015" }));
  const names = Object.keys(unzipSync(new Uint8Array(readFileSync((await download.path())!))));
  expect(names).toHaveLength(d.townships);
  expect(names).toContain(`2015年${d.a}申报表.xlsx`);
  expect(await inView(page, "#forms-card")).toBe(true);
  expect(await page.textContent("#forms-download")).toBe(ft("zh", "download"));
  expect(errors).toEqual([]);
});

test("forms out where the webview cannot save files (Excel for Mac; IE11 has no download attribute): the command line", async () => {
  const d = district();
  const mac = await session.open({ sheets: [d.sheet], displayLanguage: "zh-CN", active: DATA_SHEET, platform: "Mac" });
  let downloads = 0;
  mac.page.on("download", () => downloads++);
  await mac.page.click("#forms-out");
  await mac.page.waitForSelector("#forms-card");
  expect(await mac.page.textContent("#forms-card p")).toBe(ft("zh", "noDownload"));
  const ie = await session.open({ sheets: [d.sheet], displayLanguage: "en-US", active: DATA_SHEET, profile: "vl2016" }, { flavour: "legacy" });
  ie.page.on("download", () => downloads++);
  await ie.page.evaluate(() => delete (HTMLAnchorElement.prototype as { download?: unknown }).download);
  await ie.page.click("#forms-out");
  await ie.page.waitForSelector("#forms-card");
  expect(await ie.page.textContent("#forms-card p")).toBe(ft("en", "noDownload"));
  expect(downloads).toBe(0);
});
