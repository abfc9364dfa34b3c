// LibreOffice as a converter: another spreadsheet format to .xlsx, headless, with a profile of its own
// (so a LibreOffice the user has open is neither used nor disturbed) and a time limit.
import { spawnSync } from "child_process";
import type { SpawnSyncOptions } from "child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
} from "fs";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import { pathToFileURL } from "url";

/** Seconds LibreOffice gets for one file; a 40,000-row .xls takes about 20 s on an office PC. */
export const CONVERT_SECONDS = 180;

const NAMES = ["soffice", "libreoffice"];
const WINDOWS = [
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
];
const MAC = ["/Applications/LibreOffice.app/Contents/MacOS/soffice"];

/** LibreOffice's soffice: TIERS_SOFFICE, else the PATH, else where its installers put it. */
export function findSoffice(
  env: Record<string, string | undefined>,
  platform: string = process.platform,
): string | null {
  if (env.TIERS_SOFFICE) return existsSync(env.TIERS_SOFFICE) ? env.TIERS_SOFFICE : null;
  const exts = platform === "win32" ? [".exe", ".com"] : [""];
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const name of NAMES)
      for (const ext of exts) if (existsSync(join(dir, name + ext))) return join(dir, name + ext);
  }
  const known = platform === "win32" ? WINDOWS : platform === "darwin" ? MAC : [];
  return known.find((p) => existsSync(p)) ?? null;
}

export type ConvertFailure = { failed: "timeout"; seconds: number } | { failed: "no-output"; detail: string };

/**
 * The file as .xlsx bytes, or why not. The input is copied into a private folder first, under the name
 * its format calls for, so LibreOffice neither guesses from a misleading extension nor leaves a lock
 * file beside the user's file. Everything it starts is killed when the time is up (its own process group).
 */
export function convertToXlsx(
  soffice: string,
  input: string,
  ext: string,
  seconds = CONVERT_SECONDS,
): Uint8Array | ConvertFailure {
  const dir = mkdtempSync(join(tmpdir(), "township-tiers-convert-"));
  try {
    const source = join(dir, "input." + ext);
    copyFileSync(input, source);
    const outDir = join(dir, "out");
    mkdirSync(outDir);
    const log = openSync(join(dir, "soffice.log"), "w");
    let run;
    try {
      run = spawnSync(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
          "--headless",
          "--invisible",
          "--norestore",
          "--nolockcheck",
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          outDir,
          source,
        ],
        // detached: its own process group (setsid), so the helpers soffice starts die with it. Node
        // honours it in spawnSync too, though the typings leave it out; test/cli/formats.test.ts checks.
        {
          stdio: ["ignore", log, log],
          timeout: seconds * 1000,
          killSignal: "SIGKILL",
          detached: process.platform !== "win32",
        } as SpawnSyncOptions,
      );
    } finally {
      closeSync(log);
    }
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ETIMEDOUT") {
      killGroup(run.pid);
      return { failed: "timeout", seconds };
    }
    killGroup(run.pid); // a helper it started and left behind
    const made = readdirSync(outDir).filter((f) => /\.xlsx$/i.test(f));
    if (made.length === 0)
      return {
        failed: "no-output",
        detail: lastLine(readFileSync(join(dir, "soffice.log"), "utf8")) || String(run.error ?? run.status),
      };
    return readFileSync(join(outDir, made[0]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function killGroup(pid: number | undefined): void {
  if (!pid || process.platform === "win32") return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.length ? lines[lines.length - 1].trim() : "";
}
