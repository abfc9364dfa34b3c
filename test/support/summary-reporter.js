/* eslint-disable no-undef */
// The end of every jest run (npm test, test:e2e, test:compat): one line per missing tool — which
// tests were skipped (or, with CI=true, failed) for want of it and how to install it — then the
// counts, the last line alone in the form CI reads: "N passed, N failed, N skipped".
const path = require("path");
const { TOOLS, TAG, hiddenTools } = require("./tools");

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const byTool = new Map();
    for (const file of results.testResults) {
      const rel = path.relative(this.rootDir, file.testFilePath).split(path.sep).join("/");
      for (const a of file.testResults) {
        const m = TAG.exec(a.title);
        if (!m) continue;
        for (const tool of m[1].split(/,\s*/)) {
          const e = byTool.get(tool) || { skipped: 0, failed: 0, files: new Set() };
          if (a.status === "failed") e.failed++;
          else e.skipped++;
          e.files.add(rel);
          byTool.set(tool, e);
        }
      }
    }
    let hidden = [];
    try {
      hidden = hiddenTools();
    } catch (e) {
      hidden = [];
    }
    const lines = [];
    for (const [tool, e] of byTool) {
      const info = TOOLS[tool] || { label: tool, install: "" };
      const files = Array.from(e.files).join(", ");
      const why = hidden.indexOf(tool) >= 0 ? "hidden by TIERS_HIDE_TOOLS" : "not found";
      const what = e.failed ? `FAILED ${e.failed} test${e.failed === 1 ? "" : "s"} (CI=true)` : `skipped ${e.skipped} test${e.skipped === 1 ? "" : "s"}`;
      lines.push(`missing ${tool}: ${what} in ${files} — ${info.label} ${why}; to run them: ${info.install}`);
    }
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    lines.push(`${results.numTotalTests} tests: ${results.numTotalTests - skipped} ran, ${skipped} skipped`);
    lines.push(`${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
    // jest's own summary reporter runs after every custom one: print when the process exits, last.
    const text = "\n" + lines.join("\n") + "\n";
    process.once("exit", () => process.stdout.write(text));
  }
}

module.exports = SummaryReporter;
