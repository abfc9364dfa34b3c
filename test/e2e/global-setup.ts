// Before the e2e specs: the run's folder, the CDN build (shared with test/web-build and test/compat)
// and the office.js stand-in; nothing to build where no browser is found (the specs are skipped).
import { join } from "path";
import { builtOk } from "../support/builds";
import { findBrowser } from "../support/tools";
import { BUILD_ERROR_ENV, buildStub, DIST_ENV, ROOT } from "./harness";
import { existsSync } from "fs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const runDir = require("../support/run-dir") as { setup: () => void };

export default async function globalSetup(): Promise<void> {
  runDir.setup();
  delete process.env[BUILD_ERROR_ENV];
  if (!findBrowser()) return;
  const started = Date.now();
  const reuse = process.env.E2E_REUSE_DIST === "1" && existsSync(join(ROOT, "dist/taskpane.html"));
  // A failed build fails the e2e tests (paneSession), not the whole run: the other projects still run.
  try {
    process.env[DIST_ENV] = reuse ? join(ROOT, "dist") : (await builtOk("cdn")).dir;
    await buildStub();
  } catch (e) {
    process.env[BUILD_ERROR_ENV] = String(e instanceof Error ? e.message : e);
    console.log(`\ne2e: the build failed; every e2e test will fail with its output`);
    return;
  }
  console.log(`\ne2e: ${process.env[DIST_ENV]} and the office.js stand-in ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
