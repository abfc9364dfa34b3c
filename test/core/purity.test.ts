// The core's hard constraints, checked on its source: pure imports, one NFKC, IE11-safe regexes.

import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { normalizeText } from "../../src/core";
import { foldFullWidth } from "../../src/core/text";

const dir = join(__dirname, "../../src/core");
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
const source = (f: string) => readFileSync(join(dir, f), "utf8");

// The one library the core may use: opencc-js's traditional-to-simplified entry, in prior.ts only
// (and its type declaration), so the pane loads it only with last year's tiers.
const CONVERTER: Record<string, string> = { "prior.ts": 'from "opencc-js/t2cn"', "opencc-js.d.ts": 'from "opencc-js"' };

test.each(files)("%s imports only from src/core", (f) => {
  const imports = source(f).match(/from "[^"]+"/g) || [];
  for (const i of imports) if (i !== CONVERTER[f]) expect(i).toMatch(/^from "\.\/[\w-]+"$/);
  expect(source(f)).not.toMatch(/require\(/);
});

test.each(files)("%s: no NFKC outside text.ts, no regex lookbehind, named groups, \\p{} or s flag", (f) => {
  const text = source(f);
  if (f !== "text.ts") expect(text).not.toMatch(/\.normalize\(/);
  expect(text).not.toMatch(/\(\?<[=!]/);
  expect(text).not.toMatch(/\(\?<\w+>/);
  expect(text).not.toMatch(/\\p\{/);
  expect(text).not.toMatch(/\/[gimuy]*s[gimuy]*\.test|\/[gimuy]*s[gimuy]*[;,)]\s*$/m);
});

test("index.ts reaches no module that loads the converter", () => {
  const seen = new Set<string>();
  const visit = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    // Type-only imports are erased from the build: they load nothing.
    const statements = source(f).match(/\b(?:import|export)\s[^;]*?from "\.\/[\w-]+"/g) || [];
    for (const m of statements)
      if (!/^(?:import|export)\s+type\s/.test(m)) visit(/from "\.\/([\w-]+)"/.exec(m)![1] + ".ts");
  };
  visit("index.ts");
  expect(seen.has("prior.ts")).toBe(false);
  for (const f of seen) expect(source(f)).not.toMatch(/from "opencc/);
});

test("the IE11 fallback folds full-width digits, punctuation and the ideographic space like NFKC", () => {
  for (const s of ["１０８．５：１００", "９８．５％", "（元）", "群　众", "ＴＯＴＡＬ"])
    expect(foldFullWidth(s)).toBe(normalizeText(s));
});
