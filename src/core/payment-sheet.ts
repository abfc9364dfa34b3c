// The 奖惩明细 sheet (section 五): one row per township and responsible person — role, name, share
// (rewards positive, fines negative) and an empty signature cell — a total per township and overall.

import { boxed, documentPage, statusLabel, yearTitle } from "./documents";
import { resultHeader } from "./output";
import { personColumns, personNames } from "./persons";
import { STATUSES } from "./summary";
import { listText, yt } from "./year-messages";
import type { Lang, OutCell, RowResult, Rules, RunResult, SheetInput, SheetOutput, Status } from "./types";

export { PAYMENTS_SHEET } from "./document-sheets";
import { PAYMENTS_SHEET } from "./document-sheets";

const WIDTHS = [6, 18, 10, 16, 12, 13, 16];
const MONEY = "#,##0";

/** The rows with money: a reward or a fine (0 for 待验收, 一票否决, 取消资格; none for 无目标, 数据有误). */
export function paymentRows(result: RunResult): RowResult[] {
  return result.rows.filter((r) => r.amount !== 0 && r.status !== "invalid" && r.status !== "no-target");
}

function money(value: number, bold?: boolean): OutCell {
  return bold ? { value, numFmt: MONEY, bold: true } : { value, numFmt: MONEY };
}

/** What was left out, by status: "待验收 2 个、无目标 1 个". */
function leftOut(result: RunResult, listed: RowResult[], lang: Lang): string | null {
  const counts: Partial<Record<Status, number>> = {};
  const kept = new Set(listed);
  for (const r of result.rows) if (!kept.has(r)) counts[r.status] = (counts[r.status] || 0) + 1;
  const items = STATUSES.filter((s) => counts[s]).map((s) =>
    yt(lang, "pay.leftItem", { status: statusLabel(s, lang), n: counts[s] as number }),
  );
  return items.length ? yt(lang, "pay.left", { list: listText(lang, items) }) : null;
}

/**
 * The 奖惩明细 sheet: `result` from classifiedRun. Names come from the sheet's name columns
 * (persons.ts: 党委书记姓名, 书记, 镇长, 计生办主任 …), blank where it has none. Shares are the run's
 * (3:3:2:2 by default, largest remainder), so a township's rows add up to its amount.
 */
export function paymentSheet(input: SheetInput, result: RunResult, rules: Rules, lang: Lang): SheetOutput {
  const columns = personColumns(input, result, rules);
  const cells: OutCell[][] = [
    [{ value: yt(lang, "pay.title", { year: yearTitle(result, lang) }), bold: true }],
    [{ value: yt(lang, "doc.sourceSheet", { sheet: result.sheet }) }],
    [{ value: yt(lang, "pay.unit") }],
    [],
  ];
  const headerRow = cells.length + 1;
  const keys = ["doc.no", "doc.township", "doc.status", "pay.role", "pay.name", "pay.amount", "pay.signature"] as const;
  cells.push(boxed(keys.map((k) => ({ value: yt(lang, k), bold: true }))));
  const rows = paymentRows(result);
  let rewards = 0;
  let fines = 0;
  rows.forEach((r, n) => {
    const names = personNames(input, columns, r.row);
    for (let i = 0; i < 4; i++) {
      const first = i === 0;
      cells.push(
        boxed([
          { value: first ? n + 1 : null },
          { value: first ? r.township : null },
          { value: first ? statusLabel(r.status, lang) : null },
          { value: resultHeader(3 + i, rules, lang) },
          { value: names[i] },
          money(r.shares[i]),
          { value: null },
        ]),
      );
    }
    const subtotal = yt(lang, "pay.subtotal", { township: r.township });
    cells.push(
      boxed([
        { value: null },
        { value: subtotal, bold: true },
        { value: null },
        { value: null },
        { value: null },
        money(r.amount, true),
        { value: null },
      ]),
    );
    if (r.amount > 0) rewards += r.amount;
    else fines += r.amount;
  });
  const total = (key: "pay.rewards" | "pay.fines" | "pay.total", value: number) =>
    boxed([
      { value: null },
      { value: yt(lang, key), bold: true },
      { value: null },
      { value: null },
      { value: null },
      money(value, true),
      { value: null },
    ]);
  cells.push(total("pay.rewards", rewards), total("pay.fines", fines), total("pay.total", rewards + fines));
  const left = leftOut(result, rows, lang);
  if (left !== null) cells.push([], [{ value: left }]);
  return { name: PAYMENTS_SHEET, cells, columnWidths: WIDTHS.slice(), page: documentPage("portrait", headerRow, lang) };
}
