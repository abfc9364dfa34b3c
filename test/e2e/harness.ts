// The e2e harness: build dist/ and the office.js stand-in, serve dist/ on 127.0.0.1, drive the
// system Chromium with playwright-core, and open the pane on a simulated workbook.

import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";
import { Browser, chromium, Page } from "playwright-core";
import type { E2EConfig } from "./office-stub";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const STUB = join(ROOT, "build/e2e/office-stub.js");
export const SHOTS = join(ROOT, "e2e-screenshots");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";

function webpack(args: string[]): void {
  execFileSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), ...args], { cwd: ROOT, stdio: "pipe" });
}

/** dist/ is rebuilt unless E2E_REUSE_DIST=1 and one exists; the stub is always rebuilt (4 s). */
export function buildAll(): void {
  if (!(process.env.E2E_REUSE_DIST === "1" && existsSync(join(DIST, "taskpane.html")))) {
    webpack(["--mode", "production"]);
  }
  webpack(["-c", join(ROOT, "test/e2e/webpack.stub.config.js")]);
  mkdirSync(SHOTS, { recursive: true });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "application/javascript", ".css": "text/css",
  ".png": "image/png", ".xml": "application/xml", ".map": "application/json",
};

/** A static server for dist/ only; anything outside it is a 404. */
export function serveDist(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url || "/").split("?")[0])).replace(/^([/\\])+/, "");
    const file = join(DIST, path || "taskpane.html");
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      done({ server, base: `http://127.0.0.1:${port}/` });
    });
  });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export interface PaneHandle {
  page: Page;
  dialogs: string[];
  errors: string[];
}

export interface OpenOptions {
  /** localStorage entries set before the page loads. */
  storage?: Record<string, string>;
  /** What the office.js URL returns: the simulator (default), this script text, or a network failure. */
  office?: { script: string } | "blocked";
  /** Playwright's fake clock, installed before load, so timeouts can be fast-forwarded. */
  clock?: boolean;
  /**
   * Which script flavour runs. Chromium runs `type="module"` scripts and skips `nomodule` ones, so
   * it loads the modern flavour as WebView2 would; "legacy" serves taskpane.html as IE11 sees it:
   * the module scripts dropped (IE11 ignores that type) and `nomodule` ignored, so the ES5 +
   * core-js flavour runs, without String.prototype.normalize as in IE11.
   */
  flavour?: Flavour;
}

export type Flavour = "modern" | "legacy";

/** taskpane.html as IE11 runs it: no module scripts, the nomodule ones as plain scripts. */
export function asIE11Sees(html: string): string {
  const moduleScript = /<script\b[^>]*\btype=("|')?module\1?[^>]*>\s*<\/script>/gi;
  const out = html.replace(moduleScript, "").replace(/(<script\b[^>]*?)\s+nomodule(=("|')?[^\s>]*\3?)?/gi, "$1");
  if (/type=("|')?module/i.test(out) || /nomodule/i.test(out)) throw new Error("e2e: taskpane.html not understood: " + out);
  return out;
}

/** The flavour whose webpack runtime ran in the page (each has its own chunk-loading global). */
export function loadedFlavours(page: Page): Promise<Flavour[]> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const found: ("modern" | "legacy")[] = [];
    if (w.webpackChunktownship_tiers_modern) found.push("modern");
    if (w.webpackChunktownship_tiers_legacy) found.push("legacy");
    return found;
  });
}

/** Opens taskpane.html at 320 px with office.js replaced by the simulator on `config`'s workbook. */
export async function openPane(browser: Browser, base: string, config: E2EConfig, options: OpenOptions = {}): Promise<PaneHandle> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  // The pane logs details of a failure to the console; show them where the test runs.
  page.on("console", (m) => {
    if (m.type() === "error") console.warn("pane console:", m.text());
  });
  await page.addInitScript(
    ({ cfg, items }) => {
      (window as unknown as { __TT_E2E__: unknown }).__TT_E2E__ = cfg;
      for (const k of Object.keys(items)) window.localStorage.setItem(k, items[k]);
    },
    { cfg: config, items: options.storage || {} },
  );
  const office = options.office;
  await page.route(OFFICE_CDN, (route) => {
    if (office === "blocked") return route.abort("blockedbyclient");
    if (office) return route.fulfill({ body: office.script, contentType: "application/javascript" });
    return route.fulfill({ path: STUB, contentType: "application/javascript" });
  });
  if (options.flavour === "legacy") {
    // IE11 has no String.prototype.normalize (core-js does not add it): the core's NFKC fallback runs.
    await page.addInitScript(() => {
      delete (String.prototype as { normalize?: unknown }).normalize;
    });
    const html = asIE11Sees(readFileSync(join(DIST, "taskpane.html"), "utf8"));
    await page.route(base + "taskpane.html", (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
  }
  if (options.clock) await page.clock.install();
  await page.goto(base + "taskpane.html");
  if (!office) await page.waitForSelector("#app:not([hidden])");
  return { page, dialogs, errors };
}

/** One Chromium and one dist/ server for a whole spec file: started before its tests, stopped after. */
export function paneSession(): { open: (config: E2EConfig, options?: OpenOptions) => Promise<PaneHandle> } {
  let browser: Browser;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    ({ server, base } = await serveDist());
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
    await new Promise((done) => server.close(done));
  });
  return { open: (config, options) => openPane(browser, base, config, options) };
}
