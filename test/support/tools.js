/* eslint-disable no-undef */
// The outside programs some tests need, how the tests find them, and what happens without them.
//
//   chromium  the task pane in a browser (test/e2e): CHROMIUM_PATH, then chromium / chrome on the
//             PATH, then an installed Chrome or Edge (playwright-core's "chrome" / "msedge" channels)
//   soffice   LibreOffice, a second reader of what the CLI writes
//   xmllint   well-formedness of the manifest and of every XML part the CLI writes
//   pdftoppm  Poppler: LibreOffice's PDF of a classified workbook as images
//
// A test that needs one takes its `test` from needs("soffice"): where the tool is missing its tests
// are skipped, titled "… [needs soffice]", and the summary reporter prints one line per missing tool
// (which tests, how to install it). With CI=true a missing tool fails those tests instead, so CI
// never skips silently. TIERS_HIDE_TOOLS=chromium,soffice,xmllint,pdftoppm (or "all") makes tools
// unreachable on a machine that has them, to see what a machine without them gets.
// CommonJS so that the jest reporter (plain Node) and the TypeScript tests share it.
const fs = require("fs");
const path = require("path");

const TOOLS = {
  chromium: {
    label: "a Chromium-based browser (Chromium, Chrome or Edge)",
    install:
      "Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk; Windows/Mac: install Chrome or Edge; or set CHROMIUM_PATH to the browser's executable",
  },
  soffice: {
    label: "LibreOffice (soffice)",
    install: "Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui; Mac: brew install --cask libreoffice; Windows: winget install TheDocumentFoundation.LibreOffice",
  },
  xmllint: {
    label: "xmllint",
    install: "Debian/Ubuntu: sudo apt-get install libxml2-utils; Mac: comes with the system (or brew install libxml2); Windows: choco install xsltproc",
  },
  pdftoppm: {
    label: "pdftoppm (Poppler)",
    install: "Debian/Ubuntu: sudo apt-get install poppler-utils; Mac: brew install poppler; Windows: choco install poppler",
  },
};

/** Where the tool lives outside the PATH on Mac and Windows (LibreOffice does not put itself on it). */
function wellKnown(name, env, platform) {
  if (name !== "soffice") return [];
  if (platform === "darwin") return ["/Applications/LibreOffice.app/Contents/MacOS/soffice"];
  if (platform === "win32") {
    return [env.PROGRAMFILES, env["PROGRAMFILES(X86)"]].filter(Boolean).map((p) => path.join(p, "LibreOffice", "program", "soffice.exe"));
  }
  return [];
}

/** TIERS_HIDE_TOOLS as a list; an unknown name is an error, so a typo does not hide nothing. */
function hiddenTools(env = process.env) {
  const raw = (env.TIERS_HIDE_TOOLS || "").toLowerCase().trim();
  if (!raw) return [];
  if (raw === "all") return Object.keys(TOOLS);
  const names = raw.split(/[\s,]+/).filter(Boolean);
  for (const n of names) {
    if (!TOOLS[n]) throw new Error(`TIERS_HIDE_TOOLS: unknown tool "${n}" (known: ${Object.keys(TOOLS).join(", ")}, all)`);
  }
  return names;
}

function isExecutable(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== "win32") fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch (e) {
    return false;
  }
}

/** The first of `names` on env.PATH (with PATHEXT's extensions on Windows), or null. */
function onPath(names, env = process.env, platform = process.platform) {
  const dirs = (env.PATH || env.Path || "").split(platform === "win32" ? ";" : ":").filter(Boolean);
  const exts = platform === "win32" ? (env.PATHEXT || ".EXE;.CMD;.BAT").split(";").concat([""]) : [""];
  for (const name of names) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const file = path.join(dir, name + ext.toLowerCase());
        if (isExecutable(file)) return file;
      }
    }
  }
  return null;
}

/** Where playwright-core looks for its "chrome" and "msedge" channels (its registry, same paths). */
function channelPaths(channel, env = process.env, platform = process.platform) {
  const rel = channel === "chrome" ? ["Google", "Chrome", "Application", "chrome.exe"] : ["Microsoft", "Edge", "Application", "msedge.exe"];
  if (platform === "linux") return [channel === "chrome" ? "/opt/google/chrome/chrome" : "/opt/microsoft/msedge/msedge"];
  if (platform === "darwin") {
    return [channel === "chrome" ? "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" : "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"];
  }
  if (platform === "win32") return [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"]].filter(Boolean).map((p) => path.join(p, ...rel));
  return [];
}

/**
 * The browser the e2e suite drives: { executablePath } or { channel } for playwright-core's
 * chromium.launch, with a label for messages; null when there is none (or it is hidden).
 */
function findBrowser(env = process.env, platform = process.platform) {
  if (hiddenTools(env).indexOf("chromium") >= 0) return null;
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? { executablePath: env.CHROMIUM_PATH, label: `CHROMIUM_PATH=${env.CHROMIUM_PATH}` } : null;
  const names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
  const found = onPath(names, env, platform);
  if (found) return { executablePath: found, label: found };
  for (const channel of ["chrome", "msedge"]) {
    const file = channelPaths(channel, env, platform).filter(isExecutable)[0];
    if (file) return { channel, label: `${channel} (${file})` };
  }
  return null;
}

/** The path of a command-line tool (soffice, xmllint, pdftoppm), or null when missing or hidden. */
function findTool(name, env = process.env, platform = process.platform) {
  if (!TOOLS[name]) throw new Error(`tools: unknown tool "${name}"`);
  if (name === "chromium") {
    const b = findBrowser(env, platform);
    return b ? b.executablePath || b.label : null;
  }
  if (hiddenTools(env).indexOf(name) >= 0) return null;
  return onPath([name], env, platform) || wellKnown(name, env, platform).filter(isExecutable)[0] || null;
}

/** CI=true (or 1, yes): a missing tool fails the tests that need it. */
function strict(env = process.env) {
  return /^(1|true|yes)$/i.test(env.CI || "");
}

const TAG = /\s\[needs ([a-z, ]+)\]$/;

/** The message a test that needs `missing` fails with under CI=true. */
function missingMessage(missing) {
  return missing.map((n) => `${TOOLS[n].label} not found (CI=true: a missing tool fails the run). Install: ${TOOLS[n].install}`).join("\n");
}

/**
 * jest's `test` where every tool named is there; otherwise one that skips (or, with CI=true,
 * fails) each test, its title tagged "[needs …]" for the summary. `base` is jest's own `test`.
 */
function needs(...names) {
  const base = typeof names[0] === "function" ? names.shift() : global.test;
  const missing = names.filter((n) => !findTool(n));
  if (missing.length === 0) return base;
  const tag = ` [needs ${missing.join(", ")}]`;
  const fail = strict();
  const one = (title, fn, timeout) =>
    fail
      ? base(String(title) + tag, () => {
          throw new Error(missingMessage(missing));
        })
      : base.skip(String(title) + tag, fn || (() => undefined), timeout);
  one.each = (table) => (title, fn, timeout) => (fail ? base.each(table)(String(title) + tag, () => { throw new Error(missingMessage(missing)); }) : base.skip.each(table)(String(title) + tag, fn, timeout));
  one.skip = base.skip;
  one.only = one;
  one.todo = base.todo;
  one.concurrent = one;
  one.failing = one;
  one.missing = missing;
  return one;
}

module.exports = { TOOLS, TAG, hiddenTools, onPath, channelPaths, findBrowser, findTool, strict, missingMessage, needs };
