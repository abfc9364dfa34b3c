// `npm run bench` as the README documents it, on a small sheet: it compiles, runs the core, the CLI and
// the add-in on the simulator, agrees with the core and writes its figures. Times are printed, never
// checked (the figures in README come from a 40,000-row run).
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

test("npm run bench -- --rows 200 (LibreOffice and the bundle skipped): exit 0, figures for the core, the CLI and the add-in", () => {
  const dir = mkdtempSync(join(tmpdir(), "tt-bench-test-"));
  try {
    const json = join(dir, "figures.json");
    const args = ["run", "-s", "bench", "--", "--rows", "200", "--skip", "libreoffice,bundle", "--json", json];
    const run = spawnSync("npm", args, { encoding: "utf8", timeout: 300000 });
    expect(run.stderr + run.stdout).not.toMatch(/error TS\d+/);
    expect(run.status).toBe(0);
    const f = JSON.parse(readFileSync(json, "utf8"));
    expect(f.rows).toBe(200);
    expect(f.core.agreement).toBeTruthy();
    expect(f.core.runMs).toBeGreaterThan(0);
    expect(f.cli.ms).toBeGreaterThan(0);
    expect(f.addin.syncs["200"]).toBeGreaterThan(0);
    expect(f.goals.find((g: { name: string }) => g.name === "agreement with the core").met).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 320000);
