// Timing helpers: every figure is the median of several runs taken in this same process.
import { performance } from "perf_hooks";

export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `fn` `runs` times (after `warmup` untimed runs) and returns each run's milliseconds. */
export function timeSync<T>(runs: number, warmup: number, fn: () => T): { ms: number[]; last: T } {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = fn();
    ms.push(performance.now() - t0);
  }
  return { ms, last: last as T };
}

export async function timeAsync<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn();
    ms.push(performance.now() - t0);
  }
  return { ms, last: last as T };
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
