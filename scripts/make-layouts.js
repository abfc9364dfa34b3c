#!/usr/bin/env node
// Writes every layout (and gap layout) of the sample district (test/fixtures/layouts.ts) to samples/layouts/NN-id.xlsx,
// with its merges and number formats, and samples/layouts/README.txt listing what each one shows, so a
// person can open them. Uses the compiled build: it runs `npm run build:cli` (for src/xlsx) and compiles
// the fixture with scripts/tsconfig.layouts.json into build/layouts first.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
execFileSync(npm, ["run", "-s", "build:cli"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
execFileSync(
  process.execPath,
  [require.resolve("typescript/bin/tsc"), "-p", path.join(__dirname, "tsconfig.layouts.json")],
  {
    cwd: root,
    stdio: "inherit",
  },
);

const { createWorkbook } = require("../build/xlsx");
const { colLetters, gapLayouts, layouts, sampleDistrict } = require("../build/layouts/test/fixtures/layouts");

/** A column width that fits its longest cell in the table (CJK characters count double), 6 to 30 characters. */
function widths(layout) {
  const { values, merges, expected } = layout;
  const last = Math.max(
    ...expected.townshipRows,
    ...expected.skipped.filter((s) => s.kind !== "note").map((s) => s.row),
  );
  const merged = new Set(merges.map((m) => m.split(":")[0]));
  const width = values[0].length;
  const out = [];
  for (let c = 0; c < width; c++) {
    let w = 6;
    values.forEach((row, r) => {
      if (r + 1 < expected.headerRow || r + 1 > last) return; // titles and notes run across, not in one column
      const v = row[c];
      if (v === null || v === undefined) return;
      const ref = colLetters(c + 1) + (r + 1);
      if (merged.has(ref)) return; // a title merged across does not widen its first column
      const text = String(v).split("\n")[0];
      let n = 0;
      for (const ch of text) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
      w = Math.max(w, n + 2);
    });
    out.push(Math.min(w, 30));
  }
  return out;
}

const dir = path.join(root, "samples", "layouts");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const index = [
  "Layouts of the sample district (test/fixtures/layouts.ts); classify any of them with",
  "  node bin/township-tiers.js classify samples/layouts/FILE.xlsx",
  "",
];
// The layouts the core does not read yet (gapLayouts) follow, numbered on, their ids starting gap-.
layouts(sampleDistrict())
  .concat(gapLayouts(sampleDistrict()))
  .forEach((layout, i) => {
    const file = `${String(i + 1).padStart(2, "0")}-${layout.id}.xlsx`;
    const sheet = {
      name: layout.sheetName,
      values: layout.values,
      formats: layout.formats,
      merges: layout.merges,
      columnWidths: widths(layout),
    };
    fs.writeFileSync(path.join(dir, file), createWorkbook([sheet]));
    const e = layout.expected;
    index.push(`${file}: ${layout.description}`);
    index.push(
      `    header rows ${e.headerRow}–${e.headerRow + e.headerRows - 1}, units row ${e.unitsRow || "none"}, skipped rows ${e.skipped.map((s) => `${s.row} (${s.kind})`).join(", ") || "none"}`,
    );
    process.stdout.write(`${path.relative(process.cwd(), path.join(dir, file))}\n`);
  });
fs.writeFileSync(path.join(dir, "README.txt"), index.join("\n") + "\n");
