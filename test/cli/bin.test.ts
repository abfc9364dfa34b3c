// The real command: bin/township-tiers.js running the tsc build (npm run build:cli), as a user runs it.
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { sampleFile, tempDir } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "township-tiers.js");

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, TT_DEBUG: "", ...env }, timeout: 60000 });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "pipe" });
}, 120000);

test("classify: exit 0, output written next to the input", () => {
  const input = sampleFile(tempDir());
  const r = run(["classify", input]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout.trimEnd().split("\n").pop()).toBe(`结果已写入：${input.replace(/\.xlsx$/, ".classified.xlsx")}`);
  expect(existsSync(input.replace(/\.xlsx$/, ".classified.xlsx"))).toBe(true);
});

test("a user problem: exit 2, one line, no stack; TT_DEBUG=1 adds the details", () => {
  const r = run(["classify", "/nonexistent/x.xlsx", "--lang", "en"]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe("township-tiers: cannot read /nonexistent/x.xlsx: ENOENT (no such file)\n");
  const debug = run(["classify", "/nonexistent/x.xlsx"], { TT_DEBUG: "1" });
  expect(debug.status).toBe(2);
  expect(debug.stderr).toMatch(/\n\s+at /);
});

test("--version prints package.json's version", () => {
  const r = run(["--version"]);
  expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
});
