#!/usr/bin/env node
// township-tiers: runs the CLI compiled by `npm run build:cli` (tsc -p tsconfig.cli.json → build/).
"use strict";
const path = require("path");
const entry = path.join(__dirname, "..", "build", "cli", "index.js");
try {
  require.resolve(entry);
} catch {
  process.stderr.write("township-tiers: not built yet; run `npm run build:cli` (构建：npm run build:cli)\n");
  process.exit(2);
}
require(entry);
