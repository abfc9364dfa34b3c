// The built pane, both flavours: ES5 (es-check) for every script the legacy flavour loads, ES2017
// for the modern one, budgets, and what each flavour contains. Reads the run's CDN build
// (test/support/builds.ts, shared with test/web-build and the e2e suite), so dist/ is left alone.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { builtOk } from "../support/builds";
import { ES_CHECK, tool } from "./tools";

const TMP = mkdtempSync(join(tmpdir(), "tt-compat-"));
let OUT = "";
const { BUDGET, POLYFILLS_NOT_NEEDED } = require("../../webpack.config.js") as { BUDGET: Record<string, number>; POLYFILLS_NOT_NEEDED: RegExp[] };

interface StatsModule { name: string; modules?: StatsModule[] }
interface StatsChunk { initial: boolean; modules?: StatsModule[] }
interface Stats { children: { name: string; modules: StatsModule[]; chunks: StatsChunk[] }[] }

let html = "";
let stats: Stats;

beforeAll(async () => {
  const build = await builtOk("cdn");
  OUT = build.dir;
  html = readFileSync(join(OUT, "taskpane.html"), "utf8");
  stats = JSON.parse(readFileSync(build.stats, "utf8")) as Stats;
}, 600000);

/** The src attributes of the page's script tags that match `attr` (office.js is never one). */
function scripts(attr: RegExp): string[] {
  return (html.match(/<script\b[^>]*>/g) || []).filter((t) => attr.test(t)).map((t) => /src=("|')?([^\s"'>]+)/.exec(t)![2]);
}
const legacyScripts = () => scripts(/\bnomodule\b/);
const modernScripts = () => scripts(/type=("|')?module/);
/** Every script of a flavour: the page's four and the chunks the pane loads on demand (its rarer actions). */
const allScripts = (flavour: string) =>
  readdirSync(join(OUT, flavour))
    .filter((f) => f.endsWith(".js"))
    .map((f) => join(OUT, flavour, f));

function moduleNames(flavour: string, initialOnly = false): string[] {
  const out: string[] = [];
  const walk = (ms: StatsModule[]) => ms.forEach((m) => (m.modules ? walk(m.modules) : out.push(m.name)));
  const compilation = stats.children.filter((c) => c.name === flavour)[0];
  if (!initialOnly) walk(compilation.modules);
  else compilation.chunks.filter((c) => c.initial).forEach((c) => walk(c.modules || []));
  return out;
}

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

test("the page loads 4 scripts per flavour: legacy with nomodule, modern with type=module", () => {
  expect(legacyScripts()).toEqual(["legacy/runtime.js", "legacy/shared.js", "legacy/taskpane.js", "legacy/commands.js"]);
  expect(modernScripts()).toEqual(["modern/runtime.js", "modern/shared.js", "modern/taskpane.js", "modern/commands.js"]);
});

test("es-check es5 passes on every script the legacy flavour loads, on demand too (office.js excluded)", () => {
  const files = allScripts("legacy");
  expect(files.length).toBeGreaterThan(legacyScripts().length); // the rarer actions are chunks of their own
  const run = tool(ES_CHECK, ["es5", ...files]);
  expect([run.code, run.out]).toEqual([0, expect.stringMatching(new RegExp(`checking ${files.length} files[\\s\\S]*ES-Check passed`))]);
});

test("es-check es2017 passes on the modern flavour (WebView2, EdgeHTML 16+, Safari)", () => {
  const files = allScripts("modern");
  const run = tool(ES_CHECK, ["es2017", ...files]);
  expect([run.code, run.out]).toEqual([0, expect.stringMatching(new RegExp(`checking ${files.length} files[\\s\\S]*ES-Check passed`))]);
});

test("es-check can fail: an arrow function is not ES5", () => {
  const probe = join(TMP, "probe.js");
  writeFileSync(probe, "var ok = 1;\nvar f = () => ok;\n");
  const run = tool(ES_CHECK, ["es5", probe]);
  expect(run.code).not.toBe(0);
  expect(run.out).toMatch(/ES version matching errors/);
});

test(`budgets: legacy ≤ ${BUDGET.legacy} bytes, modern ≤ ${BUDGET.modern} bytes of minified JavaScript`, () => {
  const size = (files: string[]) => files.reduce((sum, f) => sum + statSync(join(OUT, f)).size, 0);
  const legacy = size(legacyScripts());
  const modern = size(modernScripts());
  console.log(`compat: legacy ${legacy} bytes, modern ${modern} bytes`);
  expect(legacy).toBeLessThanOrEqual(BUDGET.legacy);
  expect(modern).toBeLessThanOrEqual(BUDGET.modern);
  expect(BUDGET).toEqual({ legacy: 215000, modern: 150000 });
});

test("core-js only in the legacy flavour, without the families proven unneeded; no CLI source in either, the .xlsx readers on demand only", () => {
  const legacy = moduleNames("legacy");
  const modern = moduleNames("modern");
  const coreJs = (names: string[]) => names.filter((n) => /node_modules[\\/]core-js[\\/]/.test(n));
  expect(coreJs(modern)).toEqual([]);
  const polyfills = coreJs(legacy).map((n) => (/modules[\\/]([^\\/]+)\.js$/.exec(n) || [])[1]).filter(Boolean);
  // The ones IE11 needs for what the code uses: a sample that must be there.
  expect(polyfills).toEqual(expect.arrayContaining(["es.promise", "es.map", "es.set", "es.symbol", "es.math.imul", "es.array.iterator", "es.string.iterator"]));
  expect(polyfills.filter((p) => POLYFILLS_NOT_NEEDED.some((re) => re.test(p)))).toEqual([]);
  for (const names of [legacy, modern]) {
    expect(names.filter((n) => /src[\\/]cli[\\/]/.test(n))).toEqual([]);
    // 乡级申报 reads and writes .xlsx files in the pane (fflate, saxes): only in its chunk loaded on demand.
    expect(names.filter((n) => /src[\\/]xlsx[\\/]/.test(n)).length).toBeGreaterThan(0);
    expect(names.filter((n) => /src[\\/]taskpane[\\/]taskpane\.ts/.test(n)).length).toBeGreaterThan(0);
  }
  for (const flavour of ["legacy", "modern"]) {
    const first = moduleNames(flavour, true);
    expect(first.filter((n) => /src[\\/](xlsx|cli)[\\/]|node_modules[\\/](fflate|saxes)[\\/]/.test(n))).toEqual([]);
    expect(first.filter((n) => /src[\\/]taskpane[\\/]forms-/.test(n))).toEqual([]);
    // 考核年度: the section, the documents with the year's texts, last year's matching and opencc-js on demand only.
    const year = /src[\\/]taskpane[\\/]year-|src[\\/]excel[\\/](year-|document-sheet|prior-run)|src[\\/]core[\\/](year-messages|prior|review-|recommend-|notice-|payment-)|opencc-js/;
    expect(first.filter((n) => year.test(n))).toEqual([]);
  }
  expect(existsSync(join(OUT, "taskpane.css"))).toBe(true);
});
