// The 乡级申报 section's English counts read right for one and for many (counts after a label, as in
// messages.ts), and every text exists in both languages with the same placeholders.
import { ft } from "../../src/taskpane/forms-messages";
import type { FormsKey } from "../../src/taskpane/forms-messages";

const KEYS: FormsKey[] = [
  "noDownload", "made", "madeNone", "yearFromClock", "download", "zipName", "planHead", "changesHead",
  "overwriteHint", "change", "overwrite", "empty", "nothing", "duplicatesHead", "duplicate", "conflicts",
  "invalid", "refused", "ignored", "fileLine", "missing", "write", "cancel", "cancelled", "written",
  "writtenNone", "heldHead", "notXlsx", "emptyFile", "unreadable",
];
const NOUNS = "townships?|files?|forms?|cells?";

test.each(KEYS)("%s: both languages, the same placeholders, right for 1 and 2", (key) => {
  const names = (lang: "zh" | "en") => (ft(lang, key).match(/\{\w+\}/g) || []).sort();
  expect(names("zh")).toEqual(names("en"));
  for (const n of [1, 2]) {
    const params: Record<string, number> = {};
    for (const m of names("en")) params[m.slice(1, -1)] = m === "{year}" ? 2015 : n; // a year is no count
    const text = ft("en", key, params);
    expect(text).not.toMatch(new RegExp(`\\b1 (${NOUNS.replace(/s\?/g, "s")})\\b`));
    expect(text).not.toMatch(new RegExp(`\\b2 (${NOUNS.replace(/s\?/g, "")})\\b`));
    expect(text).not.toMatch(/\{\w+\}/);
    expect(ft("zh", key, params)).not.toMatch(/\{\w+\}/);
  }
});

test("the command line the pane points to where it cannot save files", () => {
  expect(ft("zh", "noDownload")).toContain("township-tiers forms 区表.xlsx --out 申报表文件夹");
  expect(ft("en", "noDownload")).toContain("township-tiers forms DISTRICT.xlsx --out DIR");
});
