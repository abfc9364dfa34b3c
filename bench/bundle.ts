// The task pane's JavaScript as the page loads it: the <script src> tags of dist/taskpane.html that
// are served from dist/ (office.js, from the CDN or dist/office-js/, excluded), minified, in KB of
// 1000 bytes, as webpack.config.js counts its budgets.
// A browser loads one flavour: the modern scripts (type="module"), or in IE11 the legacy ones
// (nomodule); each is measured on its own.

import { existsSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

export interface BundleFigures {
  taskpaneKB: number | null; // the modern flavour (or the only one)
  gzipKB: number | null;
  legacyKB: number | null; // what IE11 loads (nomodule), when the page has it
  files: { file: string; kB: number }[];
  /** webpack.config.js's BUDGET, in bytes: the build fails above it. */
  budget: { modern: number; legacy: number };
  skipped?: string;
}

const KB = 1000;

const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const SRC = /\bsrc=["']?([^"' >]+)/i;
const NOMODULE = /\bnomodule\b/i;

/** The page's own scripts of one flavour: legacy = the nomodule ones, else all the others. */
export function scriptsOf(html: string, legacy = false): string[] {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = SCRIPT_TAG.exec(html)) !== null) {
    const src = SRC.exec(m[1]);
    if (src && NOMODULE.test(m[1]) === legacy) out.push(src[1]);
  }
  return out.filter((src) => !/^[a-z]+:\/\//i.test(src) && !/(^|\/)office-js\//.test(src) && !/office\.js$/.test(src));
}

export function measureBundle(dist: string, budget: BundleFigures["budget"]): BundleFigures {
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) return { taskpaneKB: null, gzipKB: null, legacyKB: null, files: [], budget, skipped: `${page} not found (webpack build failed?)` };
  const html = readFileSync(page, "utf8");
  const modern = scriptsOf(html).map((src) => join(dist, src));
  const legacy = scriptsOf(html, true).map((src) => join(dist, src));
  const missing = modern.concat(legacy).filter((f) => !existsSync(f));
  if (missing.length) return { taskpaneKB: null, gzipKB: null, legacyKB: null, files: [], budget, skipped: `taskpane.html loads ${missing.join(", ")}, not in dist/` };
  const sizes = modern.concat(legacy).map((f) => ({ file: f.slice(dist.length + 1), kB: statSync(f).size / KB }));
  const all = Buffer.concat(modern.map((f) => readFileSync(f)));
  const legacyBytes = legacy.reduce((n, f) => n + statSync(f).size, 0);
  return { taskpaneKB: all.length / KB, gzipKB: gzipSync(all, { level: 9 }).length / KB, legacyKB: legacy.length ? legacyBytes / KB : null, files: sizes, budget };
}
