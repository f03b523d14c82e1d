import type { EventRecord } from '../schema/event-record.js';
import { dayNumber, daysInMonth, parseYmd } from './calendar.js';

/** One mention of a clustered event: where it was reported. */
export interface ClusterMention {
  article: string;
  sentence: number;
  /** The event's own id, so the mention leads back to its full record. */
  event: string;
  evidence: EventRecord['evidence'];
}

/** Events judged to be the same act, folded into one record. Nothing is thrown away: every mention is kept. */
export interface EventCluster {
  /** `cluster:` + the representative's event id. */
  id: string;
  /** The most informative mention's record: most precise date, most precise place, highest confidence. */
  representative: EventRecord;
  mentions: ClusterMention[];
  numMentions: number;
  /** Distinct sources (site or host of the article when known, else the article). */
  numSources: number;
  numArticles: number;
}

/** Options for {@link clusterEvents}. */
export interface ClusterOptions {
  /** The source (site name or URL host) of an article id, when known; a URL is reduced to its host. */
  sourceOf?: (article: string) => string | null | undefined;
  /** Days of slack when comparing dates (default 1: reports of the same night straddle midnight). */
  dayTolerance?: number;
  /** Two city- or site-level places are the same within this many km (default 50). */
  maxKm?: number;
}

const PLACE_RANK = { site: 4, city: 3, region: 2, country: 1, unresolved: 0 } as const;
const DATE_RANK = { day: 3, month: 2, year: 1 } as const;

/** The day-number interval an event's date covers at its precision, or null when undated. */
function dateRange(e: EventRecord): [number, number] | null {
  const d = parseYmd(e.date);
  if (!d) return null;
  if (e.date_precision === 'year') return [dayNumber({ y: d.y, m: 1, d: 1 }), dayNumber({ y: d.y, m: 12, d: 31 })];
  if (e.date_precision === 'month') return [dayNumber({ ...d, d: 1 }), dayNumber({ ...d, d: daysInMonth(d.y, d.m) })];
  const n = dayNumber(d);
  return [n, n];
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** True when two events' dates can be the same day, given their precisions. Undated events match only undated ones. */
export function sameDate(a: EventRecord, b: EventRecord, tolerance = 1): boolean {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (!ra || !rb) return !ra && !rb;
  return ra[0] <= rb[1] + tolerance && rb[0] <= ra[1] + tolerance;
}

/**
 * True when two events' places can be the same: an unknown or unresolved place matches any; known countries must agree;
 * two city- or site-level places must be within `maxKm` (or share a name when coordinates are missing).
 */
export function samePlace(a: EventRecord, b: EventRecord, maxKm = 50): boolean {
  const pa = a.location;
  const pb = b.location;
  if (!pa || !pb || pa.precision === 'unresolved' || pb.precision === 'unresolved') return true;
  if (pa.country && pb.country && pa.country !== pb.country) return false;
  const fine = (p: typeof pa) => p.precision === 'city' || p.precision === 'site';
  if (!fine(pa) || !fine(pb)) return true;
  if (pa.lat !== null && pa.lon !== null && pb.lat !== null && pb.lon !== null)
    return km(pa as { lat: number; lon: number }, pb as { lat: number; lon: number }) <= maxKm;
  return pa.name === pb.name;
}

function informativeness(e: EventRecord): number {
  const d = e.date_precision ? DATE_RANK[e.date_precision] : 0;
  const p = e.location ? PLACE_RANK[e.location.precision] : 0;
  return d * 100 + p * 10 + e.confidence + (e.date_source === 'text' ? 5 : 0);
}

function sourceKey(article: string, sourceOf?: ClusterOptions['sourceOf']): string {
  const s = sourceOf?.(article);
  if (!s) return `article:${article}`;
  try {
    return new URL(s).hostname.replace(/^www\./, '');
  } catch {
    return s.toLowerCase();
  }
}

/**
 * Folds events that are the same act into clusters: same directed dyad (source and target actor codes), same CAMEO
 * root, dates that overlap at their precision (± `dayTolerance`), and places that agree within their precision or are
 * unknown. Events are taken most informative first, so a precise report anchors its cluster and vaguer ones ("last
 * month", "in Ukraine") join the first compatible cluster rather than bridging two. Pure: the input is not changed,
 * and every event ends up as a mention of exactly one cluster.
 */
export function clusterEvents(events: readonly EventRecord[], options: ClusterOptions = {}): EventCluster[] {
  const { dayTolerance = 1, maxKm = 50, sourceOf } = options;
  const byKey = new Map<string, EventRecord[]>();
  for (const e of events) {
    const key = `${e.source.code}\u0000${e.target?.code ?? ''}\u0000${e.root}`;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  const clusters: { members: EventRecord[]; first: number }[] = [];
  const order = new Map(events.map((e, i) => [e, i]));
  for (const list of byKey.values()) {
    const sorted = [...list].sort((a, b) => informativeness(b) - informativeness(a) || order.get(a)! - order.get(b)!);
    const local: EventRecord[][] = [];
    for (const e of sorted) {
      const home = local.find((c) => sameDate(c[0], e, dayTolerance) && samePlace(c[0], e, maxKm));
      if (home) home.push(e);
      else local.push([e]);
    }
    for (const members of local) clusters.push({ members, first: Math.min(...members.map((m) => order.get(m)!)) });
  }
  return clusters
    .sort((a, b) => a.first - b.first)
    .map(({ members }) => {
      const representative = members[0];
      const inOrder = [...members].sort((a, b) => order.get(a)! - order.get(b)!);
      return {
        id: `cluster:${representative.id}`,
        representative,
        mentions: inOrder.map((m) => ({ article: m.article, sentence: m.sentence, event: m.id, evidence: m.evidence })),
        numMentions: members.length,
        numSources: new Set(members.map((m) => sourceKey(m.article, sourceOf))).size,
        numArticles: new Set(members.map((m) => m.article)).size,
      };
    });
}
