// npm run bench -- [--rows N] [--json FILE] [--markdown FILE] [--skip cli,libreoffice,addin,bundle]
// Speed and memory of the core, the CLI, the add-in and the bundle against the alternatives,
// side by side, on deterministic synthetic data. Exit 1 when any comparison disagrees with the core.

import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "os";
import { join, resolve } from "path";
import { classifySheet, defaultRules } from "../src/core";
import { PAYLOAD_BUDGET } from "../src/excel/ranges";
import { benchAddin, firstRows } from "./addin-bench";
import { measureBundle } from "./bundle";
import type { BundleFigures } from "./bundle";
import { benchCli } from "./cli-bench";
import { benchCore } from "./core-bench";
import { goalsOf } from "./figures";
import type { Figures, Machine } from "./figures";
import { generate } from "./generate";
import { benchLibreOffice } from "./libreoffice";
import { boundsOf, plainLoop } from "./plain-loop";
import { markdownReport, textReport } from "./report";

interface Args {
  rows: number;
  json?: string;
  markdown?: string;
  skip: string[];
  seed: number;
}

const USAGE = "usage: npm run bench -- [--rows N] [--json FILE] [--markdown FILE] [--seed N] [--skip cli,libreoffice,addin,bundle]";

function parseArgs(argv: string[]): Args {
  const args: Args = { rows: 40000, skip: [], seed: 20140110 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const flag = argv[i];
    if (flag === "--rows" && /^\d+$/.test(value ?? "") && Number(value) >= 10) args.rows = Number(argv[++i]);
    else if (flag === "--seed" && /^\d+$/.test(value ?? "")) args.seed = Number(argv[++i]);
    else if (flag === "--json" && value) args.json = argv[++i];
    else if (flag === "--markdown" && value) args.markdown = argv[++i];
    else if (flag === "--skip" && value) args.skip = argv[++i].split(",");
    else throw new Error(`${flag}: unknown or incomplete option\n${USAGE}`);
  }
  return args;
}

function machine(): Machine {
  const model = /model name\s*:\s*(.+)/.exec(existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "");
  return { date: new Date().toISOString(), nproc: cpus().length, cpu: model ? model[1].trim() : cpus()[0]?.model ?? "unknown", node: process.versions.node, memGB: totalmem() / 2 ** 30, loadAvg: loadavg() };
}

const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** The web build is made only when dist/ lacks it or is older than src/: building is not what is measured. */
function ensureDist(root: string): void {
  const page = join(root, "dist", "taskpane.html");
  const sources = Math.max(newestMtime(join(root, "src")), newestMtime(join(root, "webpack.config.js")));
  if (existsSync(page) && statSync(page).mtimeMs >= sources) return;
  log(existsSync(page) ? "dist/ older than src/: npm run build" : "dist/ missing: npm run build");
  execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const root = resolve(__dirname, "..", "..", "..");
  const rules = defaultRules();
  const f: Figures = { rows: args.rows, seed: args.seed, machine: machine(), core: null, cli: null, addin: null, bundle: null, goals: [], notes: [] };
  log(`${args.rows} rows, load ${f.machine.loadAvg.map((l) => l.toFixed(1)).join(" ")}, ${(freemem() / 2 ** 30).toFixed(1)} GB free`);
  const data = generate(args.rows, rules.indicators, args.seed);
  f.core = await benchCore(data, { runs: 11, jreRuns: 3, jreBudgetMs: 90000, log });
  if (f.core.jre.extrapolated) f.notes.push(`json-rules-engine measured on ${f.core.jre.rows} of ${args.rows} rows and extrapolated linearly.`);
  f.notes.push("json-rules-engine and the plain loop get already-numeric rows; the core starts from raw cells (parsing and reasons included; the result-column cells are built on first access and timed separately).");
  const dir = mkdtempSync(join(tmpdir(), "tt-bench-"));
  try {
    if (!args.skip.includes("addin")) {
      const small = await benchAddin(firstRows(data.sheet, 3, 10));
      log(`add-in: 10 rows ${small.syncs} syncs; now ${args.rows} rows`);
      const big = await benchAddin(data.sheet);
      if (big.syncs !== small.syncs) f.notes.push(`add-in at ${args.rows} rows: ${big.syncs} syncs; its ${(big.totalResponseBytes / 1e6).toFixed(1)} MB read and ${(big.totalRequestBytes / 1e6).toFixed(1)} MB written cannot pass Excel on the web's 5 MB per request/response in fewer than ${big.minSyncs} syncs, so "≤ 4 at any size" is out of reach there; the adapter uses ${(PAYLOAD_BUDGET / 1e6).toFixed(1)} MB blocks.`);
      f.addin = { syncs: { "10": small.syncs, [String(args.rows)]: big.syncs }, maxRequestBytes: Math.max(small.maxRequestBytes, big.maxRequestBytes), maxResponseBytes: Math.max(small.maxResponseBytes, big.maxResponseBytes), runs: [small, big] };
    }
    if (!args.skip.includes("cli")) {
      log("CLI: writing the input workbook and running township-tiers classify");
      const core = classifySheet(data.sheet, rules, { lang: "zh" });
      const cli = await benchCli(root, dir, data, core, 3);
      f.cli = { ...cli, libreOfficeMs: null, libreOffice: null };
      if (!args.skip.includes("libreoffice")) {
        log("LibreOffice: writing the formula workbook and converting (1 profile run + 3 timed)");
        const clean = plainLoop({ ...data.truth, bad: new Uint8Array(data.truth.n) }, boundsOf(rules));
        const lo = await benchLibreOffice(dir, data.truth, rules, clean, 3);
        f.cli.libreOffice = lo;
        f.cli.libreOfficeMs = lo.ms;
        if (lo.skipped) f.notes.push(lo.skipped);
      }
    }
    if (!args.skip.includes("bundle")) {
      ensureDist(root);
      const { BUDGET } = require(join(root, "webpack.config.js")) as { BUDGET: BundleFigures["budget"] };
      f.bundle = measureBundle(join(root, "dist"), BUDGET);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  f.goals = goalsOf(f);
  process.stdout.write(textReport(f) + "\n");
  if (args.json) writeFileSync(args.json, JSON.stringify(f, null, 2) + "\n");
  if (args.markdown) writeFileSync(args.markdown, markdownReport(f));
  const agreement = f.goals.find((g) => g.name === "agreement with the core");
  return agreement && agreement.met === false ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
