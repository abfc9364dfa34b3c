#!/usr/bin/env node
// Writes samples/district-sample.xlsx (see src/cli/sample.ts). Uses the compiled build, so run
// `npm run build:cli` first; then it works with plain node right after `npm install`.
"use strict";
const fs = require("fs");
const path = require("path");
const { sampleXlsx } = require("../build/cli/sample");

const out = path.join(__dirname, "..", "samples", "district-sample.xlsx");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, sampleXlsx());
process.stdout.write(`${path.relative(process.cwd(), out)}\n`);
