/** Counts of one batch run, for the progress line and the summary. */
export class BatchStats {
  done = 0;
  ok = 0;
  readonly failures = new Map<string, number>();
  readonly startedAt = performance.now();
  private firstAt: number | undefined;

  record(ok: boolean, code: string | undefined): void {
    this.firstAt ??= performance.now();
    this.done++;
    if (ok) this.ok++;
    else this.failures.set(code ?? 'unknown', (this.failures.get(code ?? 'unknown') ?? 0) + 1);
  }

  get failed(): number {
    return this.done - this.ok;
  }

  get seconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** Docs/s over the whole run, start-up included (the summary). */
  get rate(): number {
    return this.seconds > 0 ? this.done / this.seconds : 0;
  }

  /** Docs/s since the first result: the current pace, without the workers' start-up (progress, ETA). */
  get pace(): number {
    const since = this.firstAt === undefined ? 0 : (performance.now() - this.firstAt) / 1000;
    return since > 0.5 ? (this.done - 1) / since : this.rate;
  }
}

/** "binary-input 3, timeout 1", most frequent first. */
export function formatFailures(failures: ReadonlyMap<string, number>): string {
  return [...failures]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
}
