/* eslint-disable no-undef */
// One temporary folder per test run (TIERS_TEST_RUN), made by the first project's globalSetup and
// removed by the teardown of whoever made it: the builds the tests share live there.
const fs = require("fs");
const os = require("os");
const path = require("path");

function setup() {
  if (process.env.TIERS_TEST_RUN && fs.existsSync(process.env.TIERS_TEST_RUN)) return;
  process.env.TIERS_TEST_RUN = fs.mkdtempSync(path.join(os.tmpdir(), "tt-run-"));
  process.env.TIERS_TEST_RUN_OWNER = String(process.pid);
}

function teardown() {
  const dir = process.env.TIERS_TEST_RUN;
  if (!dir || process.env.TIERS_TEST_RUN_OWNER !== String(process.pid)) return;
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env.TIERS_TEST_RUN;
  delete process.env.TIERS_TEST_RUN_OWNER;
}

module.exports = { setup, teardown };
