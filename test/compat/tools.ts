// Runs the compat tools the way `npx` would, in a child process, and reports exit code and output.
import { spawnSync } from "child_process";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");

export interface ToolRun {
  code: number;
  out: string;
}

/** node_modules/<pkg>/<bin> with args; `input` goes to stdin; `env` is added to the environment. */
export function tool(bin: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): ToolRun {
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules", bin), ...args], {
    cwd: ROOT,
    input: options.input,
    env: { ...process.env, ...(options.env || {}) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { code: run.status === null ? -1 : run.status, out: `${run.stdout || ""}${run.stderr || ""}` };
}

export const ES_CHECK = "es-check/lib/cli/index.js";
export const ESLINT = "eslint/bin/eslint.js";
export const STYLELINT = "stylelint/bin/stylelint.mjs";
export const WEBPACK = "webpack-cli/bin/cli.js";
