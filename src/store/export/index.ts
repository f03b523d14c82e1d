/**
 * Exports (streaming: async iterables of lines, so a million rows never sit in memory) and the GDELT import.
 *
 * @packageDocumentation
 */
import type { EventQuery } from '../query.js';
import type { Store } from '../types.js';
import { toCsv, toJsonl } from './csv.js';
import { toGdeltEvents } from './gdelt-events.js';
import { toGdeltMentions } from './gdelt-mentions.js';
import { toPlover } from './plover.js';

export { toCsv, toJsonl, csvRow, csvCell, CSV_COLUMNS } from './csv.js';
export { toPlover, ploverRecord } from './plover.js';
export { toGdeltEvents, gdeltEventRow, globalEventId, batches, type UrlLookup } from './gdelt-events.js';
export { toGdeltMentions, gdeltMentionRow } from './gdelt-mentions.js';
export {
  importGdelt,
  gdeltRowToEvent,
  type CodeInfo,
  type GdeltImportOptions,
  type GdeltImportResult,
} from './gdelt-import.js';
export { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from './gdelt-columns.js';
export { readLines } from './lines.js';

/** The export formats of `dyad export --format`. */
export const EXPORT_FORMATS = ['gdelt', 'gdelt-mentions', 'plover', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Streams the events matching `query` from the store in one export format, as lines of text. */
export function exportEvents(store: Store, query: EventQuery, format: ExportFormat): AsyncIterable<string> {
  const events = store.streamEvents(query);
  const urls = (ids: string[]) => store.articleUrls(ids);
  switch (format) {
    case 'gdelt':
      return toGdeltEvents(events, urls);
    case 'gdelt-mentions':
      return toGdeltMentions(events, urls);
    case 'plover':
      return toPlover(events);
    case 'csv':
      return toCsv(events);
    case 'jsonl':
      return toJsonl(events);
    default:
      throw new Error(`dyad: unknown export format ${String(format)}; use one of ${EXPORT_FORMATS.join(', ')}`);
  }
}
