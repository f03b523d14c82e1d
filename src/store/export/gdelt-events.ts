import { createHash } from 'node:crypto';
import type { ActorRecord } from '../../schema/event-record.js';
import type { StoredEvent } from '../types.js';
import { GDELT_EVENT_COLUMNS, GEO_TYPE } from './gdelt-columns.js';

/** Resolves article ids to their URLs, in bulk (e.g. {@link Store.articleUrls}). */
export type UrlLookup = (articleIds: string[]) => Promise<Map<string, string | null>>;

/** A stable numeric GLOBALEVENTID for a dyad event id (52 bits of its SHA-1, so a safe JavaScript integer). */
export function globalEventId(id: string): number {
  const m = /^gdelt:(\d+)$/.exec(id);
  if (m) return Number(m[1]);
  return parseInt(createHash('sha1').update(id).digest('hex').slice(0, 13), 16);
}

const tsv = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function actorColumns(a: ActorRecord | null): unknown[] {
  if (!a) return Array(10).fill('');
  const group = !a.country && /^(IGO|NGO|IMG|MNC)[A-Z]{3}/.test(a.code) ? a.code.slice(3, 6) : '';
  return [a.code, a.name, a.country, group, '', '', '', a.sector, '', ''];
}

/** An event as one GDELT 2.0 Events row (61 tab-separated columns; fields dyad does not have are empty). */
export function gdeltEventRow(e: StoredEvent, url: string | null): string {
  const ymd = e.date ? e.date.replace(/-/g, '') : '';
  const month = e.date ? Number(e.date.slice(5, 7)) : 0;
  const day = e.date ? Number(e.date.slice(8, 10)) : 0;
  const l = e.location;
  const geo =
    l && (l.lat !== null || l.name)
      ? [GEO_TYPE[l.precision] ?? '', l.name, '', l.admin1, '', l.lat, l.lon, '']
      : Array(8).fill('');
  const row = [
    globalEventId(e.id),
    ymd,
    ymd.slice(0, 6),
    ymd.slice(0, 4),
    e.date ? (Number(e.date.slice(0, 4)) + (month * 30 + day) / 365).toFixed(4) : '',
    ...actorColumns(e.source),
    ...actorColumns(e.target),
    e.sentence === 0 ? 1 : 0,
    e.code,
    e.code.slice(0, 3),
    e.root,
    e.quad,
    e.goldstein,
    1,
    1,
    1,
    e.tone,
    ...Array(8).fill(''),
    ...Array(8).fill(''),
    ...geo,
    ymd ? `${ymd}000000` : '',
    url ?? e.article,
  ];
  if (row.length !== GDELT_EVENT_COLUMNS.length)
    throw new Error(`dyad: internal error, a GDELT row has ${row.length} columns`);
  return row.map(tsv).join('\t');
}

/** Events as GDELT 2.0 Events TSV lines (no header, as GDELT's own files). URLs are looked up a page at a time. */
export function toGdeltEvents(
  events: AsyncIterable<StoredEvent>,
  urls?: UrlLookup,
  chunk = 1000,
): AsyncIterable<string> {
  return gdeltLines(events, gdeltEventRow, urls, chunk);
}

/** TSV lines from events, one row each, with the articles' URLs looked up a page of events at a time. */
export async function* gdeltLines(
  events: AsyncIterable<StoredEvent>,
  row: (e: StoredEvent, url: string | null) => string,
  urls?: UrlLookup,
  chunk = 1000,
): AsyncIterable<string> {
  for await (const batch of batches(events, chunk)) {
    const map = urls ? await urls([...new Set(batch.map((e) => e.article))]) : new Map<string, string | null>();
    for (const e of batch) yield `${row(e, map.get(e.article) ?? null)}\n`;
  }
}

/** Groups a stream into arrays of up to `size` items. */
export async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
