// Issue 13 part 3 in the pane: a two-row header whose planned-birth-rate column has a name nobody lists.
// The run stops with the message; the pane offers the sheet's unrecognised headers; picking one saves it
// into 规则 (表头名称) and the same sheet is classified again.

import type { Page } from "playwright-core";
import { nt } from "../../src/taskpane/name-columns-messages";
import { paneSession } from "./harness";
import { sheetCells } from "./page-probe";
import { UNLISTED_HEADER_BLOCK, UNLISTED_HEADER_ROWS } from "../fixtures/unlisted-header";

const session = paneSession();

const SHEET = { name: "两行表头", values: [...UNLISTED_HEADER_BLOCK, ...UNLISTED_HEADER_ROWS] };

const idle = (page: Page) =>
  page.waitForFunction(() => !(document.getElementById("classify") as HTMLButtonElement).disabled);

test("a missing column: pick its header, save to 规则, and the sheet classifies", async () => {
  const { page, errors } = await session.open({ sheets: [SHEET], displayLanguage: "zh-CN" });
  await page.click("#classify");
  await page.waitForSelector("#name-columns");
  await idle(page);
  expect(await page.textContent("#status-text")).toBe("工作表“两行表头”缺少必需的列：计划生育率；未识别的表头：B3“指标一”");
  expect(await page.textContent("#name-heading")).toBe(nt("zh", "heading"));
  expect(await page.$$eval("#name-plannedBirthRate option", (os) => os.map((o) => o.textContent))).toEqual([
    nt("zh", "none"),
    "指标一（B3）",
  ]);
  // Saving with nothing picked asks for a pick and writes nothing.
  await page.click("#name-save");
  expect(await page.textContent("#name-columns [role=status]")).toBe(nt("zh", "pickOne"));
  expect(await sheetCells(page, "规则")).toBeNull();

  await page.selectOption("#name-plannedBirthRate", { label: "指标一（B3）" });
  await page.click("#name-save");
  await page.waitForSelector('#results:not([hidden]) [data-testid="summary"]');
  await idle(page);
  const rules = (await sheetCells(page, "规则"))!;
  expect([rules["0,8"].value, rules["1,0"].value, rules["1,8"].value]).toEqual(["表头名称", "plannedBirthRate", "指标一"]);
  const data = (await sheetCells(page, "两行表头"))!;
  // Result headers in the header block's first row; the units row stays empty; results from row 5.
  expect([data["1,10"].value, data["3,10"], data["4,10"].value, data["5,10"].value]).toEqual(["达到类别", undefined, "一类", "二类"]);
  expect(errors).toEqual([]);
});
