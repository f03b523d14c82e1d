/** Calendar buckets for aggregates: a period is named by its first day, `YYYY-MM-DD`; weeks start on Monday. */
export type Interval = 'day' | 'week' | 'month';

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The first day of the period holding `date`. */
export function periodStart(date: string, interval: Interval): string {
  if (interval === 'day') return date;
  if (interval === 'month') return `${date.slice(0, 7)}-01`;
  const d = utc(date);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: string, interval: Interval): string {
  if (interval === 'day') return addDays(start, 1);
  if (interval === 'week') return addDays(start, 7);
  const d = utc(start);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return iso(d);
}

/** The last day of the period starting on `start`. */
export function periodEnd(start: string, interval: Interval): string {
  return addDays(nextPeriod(start, interval), -1);
}

/** Every period from the one holding `from` to the one holding `to`, inclusive (at most `max`, to bound the work). */
export function periodsBetween(from: string, to: string, interval: Interval, max = 10_000): string[] {
  const out: string[] = [];
  const last = periodStart(to, interval);
  for (let p = periodStart(from, interval); p <= last && out.length < max; p = nextPeriod(p, interval)) out.push(p);
  return out;
}
