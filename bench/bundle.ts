// The task pane's JavaScript as the page loads it: every <script src> of dist/taskpane.html that
// is served from dist/ (office.js, from the CDN or dist/office-js/, excluded), minified, in KB.

import { existsSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

export interface BundleFigures {
  taskpaneKB: number | null;
  gzipKB: number | null;
  files: { file: string; kB: number }[];
  skipped?: string;
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']?([^"' >]+)/gi;

export function scriptsOf(html: string): string[] {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = SCRIPT_SRC.exec(html)) !== null) out.push(m[1]);
  return out.filter((src) => !/^[a-z]+:\/\//i.test(src) && !/(^|\/)office-js\//.test(src) && !/office\.js$/.test(src));
}

export function measureBundle(dist: string): BundleFigures {
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) return { taskpaneKB: null, gzipKB: null, files: [], skipped: `${page} not found (webpack build failed?)` };
  const files = scriptsOf(readFileSync(page, "utf8")).map((src) => join(dist, src));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) return { taskpaneKB: null, gzipKB: null, files: [], skipped: `taskpane.html loads ${missing.join(", ")}, not in dist/` };
  const sizes = files.map((f) => ({ file: f.slice(dist.length + 1), kB: statSync(f).size / 1024 }));
  const all = Buffer.concat(files.map((f) => readFileSync(f)));
  return { taskpaneKB: all.length / 1024, gzipKB: gzipSync(all, { level: 9 }).length / 1024, files: sizes };
}
