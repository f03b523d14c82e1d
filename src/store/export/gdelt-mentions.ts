import type { StoredEvent } from '../types.js';
import { gdeltLines, globalEventId, type UrlLookup } from './gdelt-events.js';
import { GDELT_MENTION_COLUMNS } from './gdelt-columns.js';

const tsv = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function host(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** An event as one GDELT 2.0 Mentions row: the article that reported it, the sentence (1-based) and character offsets. */
export function gdeltMentionRow(e: StoredEvent, url: string | null): string {
  const stamp = e.date ? `${e.date.replace(/-/g, '')}000000` : '';
  const row = [
    globalEventId(e.id),
    stamp,
    stamp,
    url ? 1 : 2,
    host(url),
    url ?? e.article,
    e.sentence + 1,
    e.source.start,
    e.target?.start ?? -1,
    e.evidence.trigger.start,
    1,
    Math.round(e.confidence * 100),
    '',
    e.tone,
    '',
    '',
  ];
  if (row.length !== GDELT_MENTION_COLUMNS.length)
    throw new Error(`dyad: internal error, a mentions row has ${row.length} columns`);
  return row.map(tsv).join('\t');
}

/** Events as GDELT 2.0 Mentions TSV lines: one per stored event (every mention of a cluster), joining the Events export by GLOBALEVENTID. */
export function toGdeltMentions(
  events: AsyncIterable<StoredEvent>,
  urls?: UrlLookup,
  chunk = 1000,
): AsyncIterable<string> {
  return gdeltLines(events, gdeltMentionRow, urls, chunk);
}
