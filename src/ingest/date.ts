const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(name: string): number | undefined {
  return MONTHS[name.slice(0, 4).toLowerCase()] ?? MONTHS[name.slice(0, 3).toLowerCase()];
}

/**
 * Normalises a date as written by a page, feed or user to ISO `YYYY-MM-DD`, keeping the calendar day as written
 * (a time zone offset does not move the day).
 *
 * Understands ISO 8601 (`2019-11-20`, `2019-11-20T23:30:00-05:00`), `2019/11/20`, `20191120`, RFC 822 feed dates
 * (`Wed, 20 Nov 2019 10:00:00 GMT`), `20 November 2019`, `November 20, 2019` and Unix timestamps in seconds or
 * milliseconds.
 *
 * @returns the ISO date, or null when the value is not a recognisable date between 1900 and 2100
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s));
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(s);
  if (m && month(m[2])) return iso(+m[3], month(m[2])!, +m[1]);
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  if (m && month(m[1])) return iso(+m[3], month(m[1])!, +m[2]);
  return null;
}

function fromEpoch(n: number): string | null {
  const ms = n > 1e11 ? n : n * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
