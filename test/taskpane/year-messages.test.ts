// The 考核年度 section's English counts read right for one and for many (as the pane's own texts:
// test/taskpane/messages.test.ts), and every text exists in both languages.
import { yp } from "../../src/taskpane/year-section-messages";
import type { YearKey } from "../../src/taskpane/year-section-messages";

const KEYS: YearKey[] = ["made", "madeReview"];

test.each(KEYS)("%s reads right for 1 and for 2", (key) => {
  for (const n of [1, 2]) {
    const text = yp("en", key, { sheet: "推荐名单", source: "2014年考核", count: n, seed: n });
    expect(text).not.toMatch(/\b1 townships\b|\b2 township\b|\{\w+\}/);
  }
});

test("the texts after a step", () => {
  const params = { sheet: "抽样名单", source: "2014年考核", count: 11, seed: 20150110 };
  expect(yp("zh", "madeReview", params)).toBe(
    "已生成“抽样名单”表（依据“2014年考核”，共 11 个乡镇，随机种子 20150110）。",
  );
  expect(yp("en", "madeReview", params)).toBe(
    'Made the 抽样名单 sheet from "2014年考核". Townships listed: 11; seed: 20150110.',
  );
});
