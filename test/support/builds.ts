// The add-in's web build, made once per test run and shared by every test that reads it
// (test/web-build, test/compat, the e2e suite): each flavour is built by the README's own command,
// `npm run build -- --env url=…` (office.js from Microsoft's CDN) and
// `npm run build:intranet -- --env url=…` (office.js from dist/office-js/), into the run's folder.
// Tests in other workers wait for a build another one started (a lock folder) instead of repeating it.
import { spawn } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");
export type Flavour = "cdn" | "intranet";
export const URLS: Record<Flavour, string> = { cdn: "https://tiers.example.gov.cn/addin/", intranet: "https://tiers.intranet/addin/" };
export const SCRIPTS: Record<Flavour, string> = { cdn: "build", intranet: "build:intranet" };
const TIMEOUT_MS = 10 * 60 * 1000;

export interface Built {
  flavour: Flavour;
  /** The README's command, as run (plus the output folder). */
  command: string;
  /** The folder the build wrote (dist/ for that flavour). */
  dir: string;
  /** webpack's stats (--json) file. */
  stats: string;
  code: number | null;
  /** The last 8,000 characters of its output. */
  out: string;
  seconds: number;
}

let ownRun: string | undefined;

function runDir(): string {
  if (process.env.TIERS_TEST_RUN) return process.env.TIERS_TEST_RUN;
  if (!ownRun) {
    // A test file run outside the projects' globalSetup: a folder of its own, removed at exit.
    const dir = mkdtempSync(join(tmpdir(), "tt-run-"));
    ownRun = dir;
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return ownRun;
}

/** npm as the test run was started (npm_execpath), else the npm on the PATH. */
function npmCommand(args: string[]): [string, string[], boolean] {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.js$/.test(execPath)) return [process.execPath, [execPath, ...args], false];
  return ["npm", args, process.platform === "win32"];
}

/** Runs a command in its own process group; on timeout the whole group is killed. */
export function run(cmd: string, args: string[], options: { shell?: boolean; timeoutMs: number }): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: ROOT, shell: options.shell, detached: process.platform !== "win32", stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const keep = (b: Buffer) => (out = (out + b.toString()).slice(-8000));
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    const timer = setTimeout(() => {
      out += `\n(killed after ${options.timeoutMs / 1000} s)`;
      try {
        if (process.platform === "win32") child.kill("SIGKILL");
        else process.kill(-child.pid!, "SIGKILL");
      } catch (e) {
        // already gone
      }
    }, options.timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      done({ code: null, out: out + String(e) });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, out });
    });
  });
}

/** webpack's errors from a --json stats file (with --json they are not printed). */
function statsErrors(file: string): string {
  try {
    const stats = JSON.parse(readFileSync(file, "utf8")) as { children?: { name: string; errors?: { message: string }[] }[] };
    return (stats.children || []).map((c) => (c.errors || []).map((e) => `\n${c.name}: ERROR ${e.message}`).join("")).join("");
  } catch (e) {
    return "";
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The flavour's build for this test run: made on first call, then read back. */
export async function built(flavour: Flavour): Promise<Built> {
  const base = join(runDir(), "build-" + flavour);
  const record = base + ".json";
  const lock = base + ".lock";
  const started = Date.now();
  for (;;) {
    if (existsSync(record)) return JSON.parse(readFileSync(record, "utf8")) as Built;
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if (Date.now() - started > TIMEOUT_MS) throw new Error(`builds: waited ${TIMEOUT_MS / 1000} s for ${lock}`);
      await sleep(500);
    }
  }
  try {
    const dir = join(base, "dist");
    const stats = base + ".stats.json";
    const args = ["run", "-s", SCRIPTS[flavour], "--", "--env", `url=${URLS[flavour]}`, "--env", `outDir=${dir}`, `--json=${stats}`];
    const [cmd, cmdArgs, shell] = npmCommand(args);
    const t0 = Date.now();
    const r = await run(cmd, cmdArgs, { shell, timeoutMs: TIMEOUT_MS });
    if (r.code !== 0) r.out += statsErrors(stats);
    const result: Built = {
      flavour,
      command: `npm run ${SCRIPTS[flavour]} -- --env url=${URLS[flavour]} --env outDir=${dir}`,
      dir,
      stats,
      code: r.code,
      out: r.out,
      seconds: (Date.now() - t0) / 1000,
    };
    writeFileSync(record, JSON.stringify(result));
    return result;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** built(), throwing with the build's output unless it exited 0. */
export async function builtOk(flavour: Flavour): Promise<Built> {
  const b = await built(flavour);
  if (b.code !== 0) throw new Error(`${b.command} exited ${b.code}:\n${b.out}`);
  return b;
}
