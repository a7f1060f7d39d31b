/** Runs a function many times and reports p50 / p95 / max in milliseconds. */
export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export async function measure(name: string, runs: number, fn: (i: number) => unknown, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { name, runs, p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1] as number };
}

export function printTimings(title: string, timings: Timing[], budgets: Record<string, number> = {}) {
  console.log(`\n${title}`);
  console.log(
    `${'measure'.padEnd(64)}${'runs'.padStart(6)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'max ms'.padStart(10)}  budget`,
  );
  for (const t of timings) {
    const budget = budgets[t.name];
    const verdict = budget === undefined ? '' : `p95 ≤ ${budget} ms: ${t.p95 <= budget ? 'met' : 'NOT MET'}`;
    console.log(
      `${t.name.padEnd(64)}${String(t.runs).padStart(6)}${t.p50.toFixed(3).padStart(10)}${t.p95.toFixed(3).padStart(10)}${t.max.toFixed(3).padStart(10)}  ${verdict}`,
    );
  }
}
