/** Names, colours and small formatters shared by the views. */

export const QUAD_NAMES = [
  'Verbal cooperation',
  'Material cooperation',
  'Verbal conflict',
  'Material conflict',
] as const;
export const QUAD_SHORT = ['Verbal coop', 'Material coop', 'Verbal conflict', 'Material conflict'] as const;
/** Colour-blind-safe colours of quad classes 1-4 (Tableau 10). */
export const QUAD_COLORS = ['#4e79a7', '#59a14f', '#f28e2b', '#e15759'] as const;

export const MODALITIES = ['asserted', 'hedged', 'expected', 'denied', 'negated'] as const;

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const mix = (a: string, b: string, t: number) => {
  const [x, y] = [hex(a), hex(b)];
  return (
    '#' +
    x
      .map((v, i) =>
        Math.round(v + (y[i] - v) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
};

/** A colour for a mean Goldstein score: red for conflict (-10), grey at 0, blue for cooperation (+10). */
export function goldsteinColor(g: number | null): string {
  if (g === null || !Number.isFinite(g)) return '#9a9a9a';
  const t = Math.max(-1, Math.min(1, g / 10));
  return t < 0 ? mix('#9a9a9a', '#c0282d', -t) : mix('#9a9a9a', '#2b6cb0', t);
}

export const fmtG = (g: number | null | undefined) =>
  g === null || g === undefined ? '–' : (g > 0 ? '+' : '') + g.toFixed(1);
export const fmtN = (n: number) => n.toLocaleString('en-US');

/** Only http(s) links from untrusted data become anchors (no `javascript:` or `data:` URLs). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
