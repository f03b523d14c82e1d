/**
 * A small, time-bounded cache of aggregate answers, keyed by route and normalised (parsed) query, so that `actor=rus`
 * and `actor=RUS`, or the same parameters in another order, share one entry. Identical requests that arrive while one
 * is being computed wait for it instead of running the query again. The server clears the cache after each of its own
 * writes; writes by another process (an ingest beside `dyad serve`) show after at most `ttlMs`.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 500,
  ) {}

  /** The cache key of a route and its parsed query: keys sorted, so their order in the URL does not matter. */
  static key(route: string, query: unknown): string {
    return `${route}?${JSON.stringify(query, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v))}`;
  }

  /** The cached answer for `key` when fresh, else `compute()`'s (shared by every caller until it settles). */
  get<T>(key: string, compute: () => Promise<T>): { value: Promise<T>; hit: boolean } {
    if (this.ttlMs <= 0) return { value: compute(), hit: false };
    const now = Date.now();
    const found = this.entries.get(key);
    if (found && now - found.at < this.ttlMs) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return { value: found.value as Promise<T>, hit: true };
    }
    const value = compute();
    const entry = { at: now, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return { value, hit: false };
  }

  /** Forgets every answer (after a write). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
