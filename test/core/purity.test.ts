// The core's hard constraints, checked on its source: pure imports, one NFKC, IE11-safe regexes.

import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { normalizeText } from "../../src/core";
import { foldFullWidth } from "../../src/core/text";

const dir = join(__dirname, "../../src/core");
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
const source = (f: string) => readFileSync(join(dir, f), "utf8");

test.each(files)("%s imports only from src/core", (f) => {
  const imports = source(f).match(/from "[^"]+"/g) || [];
  for (const i of imports) expect(i).toMatch(/^from "\.\/[\w-]+"$/);
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

test("the IE11 fallback folds full-width digits, punctuation and the ideographic space like NFKC", () => {
  for (const s of ["１０８．５：１００", "９８．５％", "（元）", "群　众", "ＴＯＴＡＬ"]) expect(foldFullWidth(s)).toBe(normalizeText(s));
});
