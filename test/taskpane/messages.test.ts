// The pane's English counts read right for one and for many: every text with a placeholder, filled with
// 1 and with 2 (the picker's texts, name-columns-messages.ts, hold no counts), never says "1 townships" or "2 township".
import { PANE, PaneKey, pt } from "../../src/taskpane/messages";

const NOUNS = "townships?|rows?|problems?|cells?|columns?|headers?|sheets?|indicators?";
const ONE_MANY = new RegExp(`\\b1 (${NOUNS.replace(/s\?/g, "s")})\\b`);
const MANY_ONE = new RegExp(`\\b2 (${NOUNS.replace(/s\?/g, "")})\\b`);

/** Every {name} of a text filled with n. */
function filled(text: string, n: number): Record<string, number> {
  const params: Record<string, number> = {};
  for (const m of text.match(/\{(\w+)\}/g) || []) params[m.slice(1, -1)] = n;
  return params;
}

const paneTexts = (Object.keys(PANE) as PaneKey[]).filter((k) => /\{\w+\}/.test(PANE[k].en));

test.each(paneTexts)("pane text %s reads right for 1 and for 2", (key) => {
  for (const n of [1, 2]) {
    const text = pt("en", key, filled(PANE[key].en, n));
    expect(text).not.toMatch(ONE_MANY);
    expect(text).not.toMatch(MANY_ONE);
    expect(text).not.toMatch(/\{\w+\}/);
  }
});

test("the counts the pane shows after a run", () => {
  expect(pt("en", "done", { rows: 1, problems: 1 })).toBe("Done. Townships classified: 1; problems: 1.");
  expect(pt("en", "doneClean", { rows: 1 })).toBe("Done. Townships classified: 1; all data valid.");
  expect(pt("en", "moreProblems", { count: 1 })).toBe(
    "Problems not listed: 1. Fix the cells above and classify again.",
  );
  expect(pt("zh", "done", { rows: 1, problems: 2 })).toBe("分类完成：1 个乡镇，2 个问题。");
});
