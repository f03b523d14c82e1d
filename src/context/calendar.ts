/** Calendar arithmetic on plain `{ y, m, d }` dates (no time zones involved). */

/** A calendar day; `m` is 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Parses the date part of an ISO string (`2024-06-20`, `2024-06-20T09:00Z`); null when it is not one. */
export function parseYmd(iso: string | undefined | null): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const v = { y: +m[1], m: +m[2], d: +m[3] };
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= daysInMonth(v.y, v.m) ? v : null;
}

/** `YYYY-MM-DD`. */
export function formatYmd({ y, m, d }: Ymd): string {
  const year = y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0');
  return `${year}-${pad2(m)}-${pad2(d)}`;
}

function pad2(n: number): string {
  return n >= 0 && n < 10 && Number.isInteger(n) ? `0${n}` : String(n).padStart(2, '0');
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day number since 1970-01-01 (UTC), for differences and weekdays. */
export function dayNumber({ y, m, d }: Ymd): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Day of the week, 0 = Sunday. */
export function weekday(date: Ymd): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Compares two days: negative when `a` is earlier. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return dayNumber(a) - dayNumber(b);
}
