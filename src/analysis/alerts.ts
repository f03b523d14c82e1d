import type { EventFilter } from '../store/query.js';
import type { Store, StoredEvent } from '../store/types.js';
import { addDays, periodsBetween } from './periods.js';

const COUNTED: EventFilter['modality'] = ['asserted', 'hedged', 'expected', 'denied'];

/** How to look for escalation. */
export interface AlertOptions {
  /** `share`: the material-conflict (quad 4) share of the week's events (default); `count`: the number of quad-4 events. */
  metric?: 'share' | 'count';
  /** Flag weeks whose z-score is at least this (default 2). */
  threshold?: number;
  /** Trailing weeks the baseline is taken over (default 12). */
  baselineWeeks?: number;
  /** Weeks of baseline needed before a week can be judged (default 4). */
  minBaseline?: number;
  /** Least events in the week (share) or quad-4 events (count) for an alert (default 5). */
  minEvents?: number;
  /** Floor on the baseline's standard deviation, so a flat baseline does not turn noise into alerts (default 0.05 for share, 1 for count). */
  minStd?: number;
  /** Events returned with each alert (default 50). */
  eventsPerAlert?: number;
}

/** One week of the series an alert is judged on. */
export interface AlertWeek {
  week: string;
  total: number;
  conflict: number;
  /** The metric: the quad-4 share (null for a week with no events) or the quad-4 count. */
  value: number | null;
}

/** A week that rose well above its own recent baseline, with the material-conflict events behind it. */
export interface Alert extends AlertWeek {
  value: number;
  mean: number;
  std: number;
  z: number;
  events: StoredEvent[];
}

/** The weekly series and the weeks flagged in it. */
export interface AlertReport {
  metric: 'share' | 'count';
  threshold: number;
  series: AlertWeek[];
  alerts: Alert[];
}

/**
 * Escalation alerts for a dyad or an actor (given in `filter`): each week's material-conflict share (or count) gets a
 * z-score against the trailing `baselineWeeks` weeks, and weeks at or above `threshold` with enough events are flagged.
 * Negated events are not counted. Weeks start on Monday.
 */
export async function escalationAlerts(
  store: Store,
  filter: EventFilter,
  options: AlertOptions = {},
): Promise<AlertReport> {
  const metric = options.metric ?? 'share';
  const threshold = options.threshold ?? 2;
  const baselineWeeks = options.baselineWeeks ?? 12;
  const minBaseline = options.minBaseline ?? 4;
  const minEvents = options.minEvents ?? 5;
  const minStd = options.minStd ?? (metric === 'share' ? 0.05 : 1);
  const { quad: _ignored, ...base } = filter;
  const rows = await store.aggregate(base, { by: ['period', 'quad'], interval: 'week' });
  const weeks = new Map<string, { total: number; conflict: number }>();
  for (const r of rows) {
    const w = weeks.get(r.key.period as string) ?? { total: 0, conflict: 0 };
    w.total += r.count;
    if (r.key.quad === 4) w.conflict += r.count;
    weeks.set(r.key.period as string, w);
  }
  const known = [...weeks.keys()].sort();
  const from = filter.since ?? known[0];
  const to = filter.until ?? known[known.length - 1];
  if (!from || !to) return { metric, threshold, series: [], alerts: [] };
  const series: AlertWeek[] = periodsBetween(from, to, 'week').map((week) => {
    const w = weeks.get(week) ?? { total: 0, conflict: 0 };
    return { week, ...w, value: metric === 'count' ? w.conflict : w.total > 0 ? w.conflict / w.total : null };
  });
  const alerts: Alert[] = [];
  series.forEach((w, i) => {
    if (w.value === null) return;
    const baseline = series
      .slice(Math.max(0, i - baselineWeeks), i)
      .map((b) => b.value)
      .filter((v): v is number => v !== null);
    if (baseline.length < minBaseline) return;
    const mean = baseline.reduce((a, b) => a + b, 0) / baseline.length;
    const std = Math.sqrt(baseline.reduce((a, b) => a + (b - mean) ** 2, 0) / baseline.length);
    const z = (w.value - mean) / Math.max(std, minStd);
    const enough = metric === 'count' ? w.conflict >= minEvents : w.total >= minEvents;
    if (z >= threshold && enough) alerts.push({ ...w, value: w.value, mean, std, z, events: [] });
  });
  for (const a of alerts) {
    const modality = base.modality ?? (base.negated ? undefined : COUNTED);
    const page = await store.queryEvents({
      ...base,
      modality,
      quad: [4],
      since: a.week,
      until: addDays(a.week, 6),
      limit: options.eventsPerAlert ?? 50,
    });
    a.events = page.events;
  }
  return { metric, threshold, series, alerts };
}
