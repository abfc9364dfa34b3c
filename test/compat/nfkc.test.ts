// IE11 has no String.prototype.normalize: there the core's normalizeText (src/core/text.ts) falls
// back to foldFullWidth. This compares that fallback with real NFKC on every character that
// matters for reading a sheet, on the fallback path itself (normalize deleted, text.ts loaded
// afresh), and runs the whole sample district through the core both ways.

type TextModule = typeof import("../../src/core/text");
type CoreModule = typeof import("../../src/core");

/** src/core loaded with String.prototype.normalize missing, as in IE11. */
function withoutNormalize<T>(load: () => T): T {
  const saved = Object.getOwnPropertyDescriptor(String.prototype, "normalize")!;
  let out: T | undefined;
  delete (String.prototype as { normalize?: unknown }).normalize;
  try {
    jest.isolateModules(() => {
      out = load();
    });
  } finally {
    Object.defineProperty(String.prototype, "normalize", saved);
  }
  return out as T;
}

const ie11Text = withoutNormalize(() => require("../../src/core/text") as TextModule);
const ie11Core = withoutNormalize(() => require("../../src/core") as CoreModule);
const core = require("../../src/core") as CoreModule;
const text = require("../../src/core/text") as TextModule;

const hex = (c: string) => "U+" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => String.fromCharCode(from + i));

/** The characters a sheet's numbers, units, labels and headers are written with. */
const MATTERS: Record<string, string[]> = {
  "full-width ASCII FF01–FF5E (digits, ％ ： ， ． － ＋ （ ） ／ letters)": range(0xff01, 0xff5e),
  "ideographic space U+3000": ["\u3000"],
  "no-break and other Unicode spaces (U+00A0, U+2000–U+200A, U+202F, U+205F)": ["\u00a0", ...range(0x2000, 0x200a), "\u202f", "\u205f"],
  "full-width currency ￠ ￡ ￥ ￦ (FFE0, FFE1, FFE5, FFE6)": ["\uffe0", "\uffe1", "\uffe5", "\uffe6"],
  "small form variants FE50–FE6B (﹐ ﹒ ﹕ ﹢ ﹣ ﹪ …)": range(0xfe50, 0xfe6b),
  "kept as they are by NFKC: ‰ ％ 。 、 ・ ¥ − （ ） 元 人 类": ["\u2030", "\u3002", "\u3001", "\u30fb", "\u00a5", "\u2212", "元", "人", "类", "一", "二", "三"],
};

test("the fallback is really taken when normalize is missing", () => {
  expect(typeof String.prototype.normalize).toBe("function"); // restored for the rest
  expect(ie11Text.normalizeText("ｅ\u00a0")).toBe(ie11Text.foldFullWidth("ｅ\u00a0"));
  expect(core.normalizeText("①")).toBe("1"); // native NFKC here
  expect(ie11Text.normalizeText("①")).toBe("①"); // the fold does not know circled digits
});

test.each(Object.keys(MATTERS))("fold = NFKC on %s", (group) => {
  const differ = MATTERS[group]
    .filter((c) => ie11Text.normalizeText(c) !== c.normalize("NFKC"))
    .map((c) => `${hex(c)} ${c}: fold "${ie11Text.normalizeText(c)}", NFKC "${c.normalize("NFKC")}"`);
  expect(differ).toEqual([]);
});

test("cell forms the core parses read the same without normalize", () => {
  const forms = ["１１０．５", "９８．５％", "１０５：１００", "￥１，２００", "￥1200元/人", "1\u00a0200", "98﹪", "１０５／１００", "－3", "＋3", "力争一类", "确保２类"];
  for (const s of forms) expect([s, ie11Text.compactText(s)]).toEqual([s, text.compactText(s)]);
  expect(ie11Text.headerText("期内综合避孕率（％）")).toBe(text.headerText("期内综合避孕率（％）"));
});

test("parsed cells: funding written with ￥ or ﹪ reads the same without normalize", () => {
  const parse = (mod: { parseCell: (raw: string, format: string, kind: "money" | "rate") => unknown }, raw: string, kind: "money" | "rate") => mod.parseCell(raw, "General", kind);
  const ie11Parse = withoutNormalize(() => require("../../src/core/parse-cell"));
  const nativeParse = require("../../src/core/parse-cell");
  for (const [raw, kind] of [["￥１，２００", "money"], ["￥1200元/人", "money"], ["1\u00a0200", "money"], ["98﹪", "rate"], ["９８．５％", "rate"]] as const) {
    expect([raw, parse(ie11Parse, raw, kind)]).toEqual([raw, parse(nativeParse, raw, kind)]);
  }
  expect(parse(nativeParse, "￥１，２００", "money")).toEqual({ ok: true, value: 1200, plain: true });
});

test("known gaps, left to NFKC-capable browsers: circled digits and Kangxi radicals stay as typed in IE11", () => {
  // ① → 1 and ⼀ (U+2F00, pasted from PDFs) → 一 only with real NFKC; in IE11 such a cell is
  // reported as not a number / an unknown target, never misread.
  expect(ie11Text.normalizeText("①⼀")).toBe("①⼀");
  expect("①⼀".normalize("NFKC")).toBe("1一");
});

test("the sample district classifies the same with and without normalize (every row, every output cell)", () => {
  const sample = core.sampleWorkbook().sheet;
  for (const lang of ["zh", "en"] as const) {
    const native = core.classifySheet(sample, core.defaultRules(), { lang });
    const ie11 = ie11Core.classifySheet(sample, ie11Core.defaultRules(), { lang });
    expect(JSON.stringify(ie11Core.resultJson(ie11))).toBe(JSON.stringify(core.resultJson(native)));
    expect(JSON.stringify(ie11.output.cells)).toBe(JSON.stringify(native.output.cells));
  }
});
