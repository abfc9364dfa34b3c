// The e2e harness: serve the run's CDN build (test/support/builds.ts) on 127.0.0.1, drive the
// browser test/support/tools.js finds (CHROMIUM_PATH, chromium/chrome on the PATH, or an installed
// Chrome or Edge) with playwright-core, and open the pane on a simulated workbook.

import { existsSync, mkdirSync, readFileSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";
import { Browser, chromium, Page } from "playwright-core";
import { run } from "../support/builds";
import { findBrowser } from "../support/tools";
import type { E2EConfig } from "./office-stub";

export const ROOT = resolve(__dirname, "../..");
/** The environment variable global-setup.ts leaves the served folder in (the run's CDN build). */
export const DIST_ENV = "TIERS_E2E_DIST";
/** Where global-setup.ts leaves the output of a build that failed (each spec's beforeAll throws it). */
export const BUILD_ERROR_ENV = "TIERS_E2E_BUILD_ERROR";
export const STUB = join(ROOT, "build/e2e/office-stub.js");
export const SHOTS = join(ROOT, "e2e-screenshots");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";
const LAUNCH_TIMEOUT_MS = 30000;

/** The folder the pane is served from: the run's CDN build, or dist/ with E2E_REUSE_DIST=1. */
export function distDir(): string {
  const dir = process.env[DIST_ENV];
  if (!dir) throw new Error(`e2e: ${DIST_ENV} is not set (test/e2e/global-setup.ts sets it)`);
  return dir;
}

/** The office.js stand-in (office-stub.ts + the Excel host simulator), rebuilt every run (4 s). */
export async function buildStub(): Promise<void> {
  const r = await run(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "-c", join(ROOT, "test/e2e/webpack.stub.config.js")], { timeoutMs: 5 * 60 * 1000 });
  if (r.code !== 0) throw new Error("e2e: the office.js stand-in did not build:\n" + r.out);
  mkdirSync(SHOTS, { recursive: true });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "application/javascript", ".css": "text/css",
  ".png": "image/png", ".xml": "application/xml", ".map": "application/json",
};

/** A static server for dist/ (or another built folder) only; anything outside it is a 404. */
export function serveDist(dir?: string): Promise<{ server: Server; base: string }> {
  const DIST = dir || distDir();
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

/** Launches the browser tools.js finds; throws at once (no launch) when there is none. */
export function launch(): Promise<Browser> {
  const browser = findBrowser();
  if (!browser) throw new Error("e2e: no browser found (test/support/tools.js)");
  return chromium.launch({
    executablePath: browser.executablePath,
    channel: browser.channel,
    timeout: LAUNCH_TIMEOUT_MS,
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
    const html = asIE11Sees(readFileSync(join(distDir(), "taskpane.html"), "utf8"));
    await page.route(base + "taskpane.html", (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
  }
  if (options.clock) await page.clock.install();
  await page.goto(base + "taskpane.html");
  if (!office) await page.waitForSelector("#app:not([hidden])");
  return { page, dialogs, errors };
}

/**
 * One browser and one dist/ server for a whole spec file: started before its tests, stopped after,
 * whatever started (a failed launch still closes the server). Without a browser nothing starts:
 * setup.ts has made every test a skipped (or, with CI=true, failing) one.
 */
export function paneSession(): { open: (config: E2EConfig, options?: OpenOptions) => Promise<PaneHandle> } {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let base = "";
  beforeAll(async () => {
    if (!findBrowser()) return;
    if (process.env[BUILD_ERROR_ENV]) throw new Error(process.env[BUILD_ERROR_ENV]);
    ({ server, base } = await serveDist());
    browser = await launch();
  });
  afterAll(async () => {
    if (browser) await browser.close();
    if (server) await new Promise((done) => server!.close(done));
    browser = undefined;
    server = undefined;
  });
  return {
    open: (config, options) => {
      if (!browser) throw new Error("e2e: the browser did not start (see beforeAll)");
      return openPane(browser, base, config, options);
    },
  };
}
