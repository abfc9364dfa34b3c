// The README's build commands, run as a user runs them (test/support/builds.ts, once per test run):
//   npm run build -- --env url=https://tiers.example.gov.cn/addin/        office.js from Microsoft's CDN
//   npm run build:intranet -- --env url=https://tiers.intranet/addin/      office.js from dist/office-js/
// Each must exit 0, load office.js from the right place, carry its URL in every manifest URL, keep
// our scripts within budget (the budget counts our scripts only), and the intranet copy must hold
// exactly what office.js's loader fetches for Excel on Windows, Mac and the web.
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { join, relative } from "path";
import { Built, built, ROOT, URLS } from "../support/builds";
import { findBrowser, needs } from "../support/tools";

const { BUDGET } = require("../../webpack.config.js") as { BUDGET: Record<string, number> };
const officeJs = require("../../scripts/office-js-files.js") as { OFFICE_JS_DIST: string; HOST_FILES: string[]; supportedLocales: () => string[]; officeJsFiles: () => string[] };

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const builds: Partial<Record<"cdn" | "intranet", Built>> = {};

beforeAll(async () => {
  builds.cdn = await built("cdn");
  builds.intranet = await built("intranet");
}, 1200000);

/** Every file under dir, relative, with "/" separators. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}
const size = (dir: string, list: string[]) => list.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
const scriptSrcs = (html: string) => (html.match(/<script\b[^>]*>/g) || []).map((t) => (/src=("|')?([^\s"'>]+)/.exec(t) || [])[2]);

describe.each(["cdn", "intranet"] as const)("%s build", (flavour) => {
  const b = () => builds[flavour]!;

  test("exits 0", () => {
    console.log(`build ${flavour}: ${b().command} → exit ${b().code} in ${b().seconds.toFixed(1)} s`);
    expect([b().code, b().code === 0 ? "" : b().out]).toEqual([0, ""]);
  });

  test("taskpane.html loads office.js from the flavour's place, then our 4 scripts per flavour", () => {
    const html = readFileSync(join(b().dir, "taskpane.html"), "utf8");
    const srcs = scriptSrcs(html);
    expect(srcs[0]).toBe(flavour === "cdn" ? CDN_OFFICE_JS : "office-js/office.js");
    expect(html.includes("appsforoffice.microsoft.com")).toBe(flavour === "cdn");
    const order = ["runtime.js", "shared.js", "taskpane.js", "commands.js"];
    expect(srcs.slice(1)).toEqual([...order.map((f) => "modern/" + f), ...order.map((f) => "legacy/" + f)]);
  });

  test("every URL in manifest.xml is the --env url (AppDomain its origin); none is localhost", () => {
    const manifest = readFileSync(join(b().dir, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    const source = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    const origin = new URL(URLS[flavour]).origin;
    const ours = manifest.match(new RegExp(origin.replace(/[.]/g, "\\.") + "[^\"<\\s]*", "g")) || [];
    expect(ours.length).toBe((source.match(/https:\/\/localhost:3000/g) || []).length);
    expect(ours.filter((u) => !(u.startsWith(URLS[flavour]) || u === origin))).toEqual([]);
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain(`<AppDomain>${origin}</AppDomain>`);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${URLS[flavour]}taskpane.html">`);
  });

  test(`our scripts within budget: legacy ≤ ${BUDGET.legacy} bytes, modern ≤ ${BUDGET.modern} bytes; legacy parses as ES5`, () => {
    const dir = b().dir;
    const acorn = require("acorn") as { parse: (src: string, opts: object) => unknown };
    // The page's four scripts per flavour count against the budget; chunks loaded on demand (if any) do not.
    const page = ["commands.js", "runtime.js", "shared.js", "taskpane.js"];
    const scripts = (fl: string) => readdirSync(join(dir, fl)).filter((f) => f.endsWith(".js")).sort();
    for (const fl of ["legacy", "modern"]) expect([fl, scripts(fl)]).toEqual([fl, expect.arrayContaining(page)]);
    const bytes = (fl: string) => size(join(dir, fl), page);
    console.log(`build ${flavour}: legacy ${bytes("legacy")} bytes, modern ${bytes("modern")} bytes; dist/ ${size(dir, files(dir))} bytes in ${files(dir).length} files`);
    expect(bytes("legacy")).toBeLessThanOrEqual(BUDGET.legacy);
    expect(bytes("modern")).toBeLessThanOrEqual(BUDGET.modern);
    for (const f of scripts("legacy")) expect(() => acorn.parse(readFileSync(join(dir, "legacy", f), "utf8"), { ecmaVersion: 5 })).not.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith(".js"))).toEqual([]); // nothing stale from the one-bundle build
    expect(readdirSync(join(dir, "assets")).filter((f) => f.endsWith(".png"))).toHaveLength(9);
  });
});

test("the CDN build copies no office.js", () => {
  expect(files(builds.cdn!.dir).filter((f) => f.startsWith("office-js/"))).toEqual([]);
});

describe("the intranet copy of @microsoft/office-js", () => {
  const dir = () => join(builds.intranet!.dir, "office-js");

  test("holds office.js, Excel's host files for Windows, Mac and the web, and office_strings.js for every locale office.js knows, byte for byte", () => {
    const copied = files(dir());
    expect(copied).toEqual(officeJs.officeJsFiles().slice().sort());
    for (const f of copied) expect([f, readFileSync(join(dir(), f)).equals(readFileSync(join(officeJs.OFFICE_JS_DIST, f)))]).toEqual([f, true]);
    const bytes = size(dir(), copied);
    console.log(`intranet office-js/: ${copied.length} files, ${bytes} bytes (the package's dist/: ${size(officeJs.OFFICE_JS_DIST, files(officeJs.OFFICE_JS_DIST))} bytes)`);
    expect(bytes).toBeLessThan(8 * 1000 * 1000);
  });

  test("the host files are the ones office.js's version map names for Excel on win32, mac and web (win32 16.00 for older builds too)", () => {
    const src = readFileSync(join(officeJs.OFFICE_JS_DIST, "office.debug.js"), "utf8");
    const map = /OSF\.HostSpecificFileVersionMap = \{[\s\S]*?"excel": (\{[^}]*\})/.exec(src);
    expect(map).not.toBeNull();
    const excel = JSON.parse(map![1]) as Record<string, string>;
    const expected = ["win32", "mac", "web"].map((p) => `excel-${p}-${excel[p]}.js`).concat(["excel-win32-16.00.js"]);
    expect(officeJs.HOST_FILES.slice().sort()).toEqual(Array.from(new Set(expected)).sort());
    expect(officeJs.supportedLocales()).toEqual(expect.arrayContaining(["zh-cn", "zh-tw", "en-us"]));
  });

  // In a browser: office.js from the copy, given the host information Excel passes, fetches only
  // files the copy has (Microsoft's MicrosoftAjax CDN, which some host files ask for, aside).
  needs("chromium")("office.js from the copy finds every file it asks for, for Excel on Windows, Mac and the web", async () => {
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    const b = findBrowser()!;
    const root = dir();
    const page = "<!doctype html><html><head><script src=\"/office-js/office.js\"></script></head><body></body></html>";
    let server: Server | undefined;
    let browser: import("playwright-core").Browser | undefined;
    try {
      server = createServer((req, res) => {
        const path = decodeURIComponent((req.url || "/").split("?")[0]);
        const file = join(root, path.replace(/^\/office-js\//, ""));
        if (path === "/pane.html") res.writeHead(200, { "Content-Type": "text/html" }).end(page);
        else if (!path.startsWith("/office-js/") || !file.startsWith(root) || !existsSync(file)) res.writeHead(404).end();
        else res.writeHead(200, { "Content-Type": "application/javascript" }).end(readFileSync(file));
      });
      await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: b.executablePath, channel: b.channel, timeout: 30000, args: ["--no-sandbox"] });
      const cases: [string, string][] = [
        ["Excel$Win32$16.01$zh-CN", "excel-win32-16.01.js zh-cn"],
        ["Excel$Win32$16.00$en-US", "excel-win32-16.00.js en-us"],
        ["Excel$Mac$16.00$zh-TW", "excel-mac-16.00.js zh-tw"],
        ["Excel$Web$16.01$zh-HK", "excel-web-16.00.js zh-cn"],
      ];
      for (const [hostInfo, want] of cases) {
        const context = await browser!.newContext();
        const p = await context.newPage();
        const asked: string[] = [];
        const missing: string[] = [];
        await p.route("**/*", (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
        p.on("response", (r) => {
          if (r.url().startsWith(base + "/office-js/")) {
            const f = r.url().slice(base.length + "/office-js/".length);
            asked.push(f);
            if (r.status() !== 200) missing.push(f);
          }
        });
        await p.goto(`${base}/pane.html?_host_Info=${hostInfo}$$$$0`);
        await p.waitForFunction((n) => performance.getEntriesByType("resource").length >= n, 3, { timeout: 10000 });
        await context.close();
        const [host, locale] = want.split(" ");
        expect([hostInfo, missing]).toEqual([hostInfo, []]);
        expect([hostInfo, asked]).toEqual([hostInfo, expect.arrayContaining(["office.js", host, `${locale}/office_strings.js`])]);
      }
    } finally {
      if (browser) await browser.close();
      if (server) await new Promise((done) => server!.close(done));
    }
  }, 120000);
});
