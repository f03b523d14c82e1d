import type { StoredEvent } from '../types.js';
import { mapLines } from './lines.js';

/** The CSV columns, in order: one flat row per event. */
export const CSV_COLUMNS = [
  'id',
  'article',
  'sentence',
  'date',
  'date_precision',
  'code',
  'root',
  'name',
  'quad',
  'goldstein',
  'plover_event',
  'plover_mode',
  'source_code',
  'source_name',
  'source_country',
  'source_sector',
  'target_code',
  'target_name',
  'target_country',
  'target_sector',
  'modality',
  'attribution',
  'location_name',
  'location_country',
  'lat',
  'lon',
  'tone',
  'confidence',
  'rule',
  'cluster',
  'evidence',
] as const;

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An event as a CSV row (no newline). */
export function csvRow(e: StoredEvent): string {
  return [
    e.id,
    e.article,
    e.sentence,
    e.date,
    e.date_precision,
    e.code,
    e.root,
    e.name,
    e.quad,
    e.goldstein,
    e.plover?.event,
    e.plover?.mode,
    e.source.code,
    e.source.name,
    e.source.country,
    e.source.sector,
    e.target?.code,
    e.target?.name,
    e.target?.country,
    e.target?.sector,
    e.modality,
    e.attribution?.code,
    e.location?.name,
    e.location?.country,
    e.location?.lat,
    e.location?.lon,
    e.tone,
    e.confidence,
    e.rule,
    e.cluster,
    e.evidence.text,
  ]
    .map(csvCell)
    .join(',');
}

/** Events as CSV lines, header first. */
export function toCsv(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  return mapLines(events, csvRow, CSV_COLUMNS.join(','));
}

/** Events as JSON lines (the stored records, with their cluster). */
export function toJsonl(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  return mapLines(events, (e) => JSON.stringify(e));
}
