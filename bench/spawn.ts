// A child process timed from spawn to exit, with its peak resident memory: `/usr/bin/time -v`
// when installed (Debian package `time`), else VmHWM polled from /proc/PID/status.

import { spawn } from "child_process";
import { existsSync, readFileSync } from "fs";
import { performance } from "perf_hooks";

export interface ChildRun {
  ms: number;
  peakMB: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";
const MAX_RSS = /Maximum resident set size \(kbytes\): (\d+)/;

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

function vmHwmKB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process has already exited
  }
}

export function runChild(cmd: string, args: string[], opts: { cwd?: string; timeoutMs: number }): Promise<ChildRun> {
  const useTime = hasGnuTime();
  const [file, argv] = useTime ? [GNU_TIME, ["-v", cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(file, argv, { cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let hwm = 0;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const poll = useTime ? undefined : setInterval(() => (hwm = Math.max(hwm, vmHwmKB(child.pid as number))), 20);
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      reject(e);
    });
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const m = MAX_RSS.exec(stderr);
      const kb = useTime ? (m ? Number(m[1]) : 0) : hwm;
      if (useTime) stderr = stderr.slice(0, stderr.indexOf("\tCommand being timed") >= 0 ? stderr.indexOf("\tCommand being timed") : undefined);
      resolve({ ms, peakMB: kb > 0 ? kb / 1024 : null, code, stdout, stderr });
    });
  });
}
