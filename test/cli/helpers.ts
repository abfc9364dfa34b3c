// Runs the CLI in-process (same code path as bin/township-tiers.js) against real files in a temp folder.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { sampleXlsx } from "../../src/cli/sample";

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export const RUN_AT = new Date(2015, 0, 10, 9, 30, 0);

export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  let stdout = "";
  let stderr = "";
  const status = main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    version: "9.9.9",
    now: () => RUN_AT,
  });
  return { status, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "tt-cli-"));
}

/** The sample workbook written into a fresh temp folder; returns its path. */
export function sampleFile(dir = tempDir(), name = "district.xlsx"): string {
  const file = join(dir, name);
  writeFileSync(file, sampleXlsx());
  return file;
}
