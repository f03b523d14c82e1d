import type { EventFilter } from '../store/query.js';
import type { Store } from '../store/types.js';
import { periodsBetween, type Interval } from './periods.js';

/** One period of a timeline: events in it, per quad class (index 0 = quad 1), and their mean Goldstein (null if none). */
export interface TimelinePoint {
  period: string;
  count: number;
  quad: [number, number, number, number];
  goldstein: number | null;
}

/** A timeline: gap-free periods from `since` (or the first event) to `until` (or the last). */
export interface Timeline {
  interval: Interval;
  points: TimelinePoint[];
}

/**
 * Counts per quad class and mean Goldstein per day, week or month, for the events matching `filter` (typically a
 * `dyad`, or an `actor`). Negated events are left out unless the filter asks for them; empty periods are filled in.
 */
export async function timeline(store: Store, filter: EventFilter, interval: Interval = 'week'): Promise<Timeline> {
  const rows = await store.aggregate(filter, { by: ['period', 'quad'], interval });
  const byPeriod = new Map<string, { count: number; quad: [number, number, number, number]; sum: number }>();
  for (const r of rows) {
    const period = r.key.period as string;
    let p = byPeriod.get(period);
    if (!p) byPeriod.set(period, (p = { count: 0, quad: [0, 0, 0, 0], sum: 0 }));
    p.count += r.count;
    p.quad[(r.key.quad as number) - 1] += r.count;
    p.sum += r.goldstein * r.count;
  }
  const seen = [...byPeriod.keys()].sort();
  const from = filter.since ?? seen[0];
  const to = filter.until ?? seen[seen.length - 1];
  if (!from || !to) return { interval, points: [] };
  const points = periodsBetween(from, to, interval).map((period) => {
    const p = byPeriod.get(period);
    return p
      ? { period, count: p.count, quad: p.quad, goldstein: p.sum / p.count }
      : { period, count: 0, quad: [0, 0, 0, 0] as TimelinePoint['quad'], goldstein: null };
  });
  return { interval, points };
}
