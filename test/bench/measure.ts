// Small timing helpers for the benchmark. Results are reported as ratios of
// measurements taken in the same run, so machine noise mostly cancels out.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';

/** Best of `runs` timings of a synchronous job, in ms (the least disturbed run). */
export function bestOf(runs: number, job: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    job();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export async function timeAsync(job: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await job();
  return performance.now() - t;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Peak resident memory of a process in MB (Linux VmHWM). */
export function peakRssMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
