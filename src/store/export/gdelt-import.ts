import type { EventRecord } from '../../schema/event-record.js';
import type { SaveItem, Store } from '../types.js';
import { G, GDELT_EVENT_COLUMNS } from './gdelt-columns.js';

/** Names (and PLOVER mappings) of CAMEO codes, to fill what GDELT rows do not carry. */
export type CodeInfo = (
  code: string,
) => { name: string; plover: { event: string; mode: string | null } | null } | undefined;

/** Options for {@link importGdelt}. */
export interface GdeltImportOptions {
  /** Rows per transaction (default 2000). */
  batchSize?: number;
  /** Label of the input in skip reasons (a file name). */
  input?: string;
  /** Looks up CAMEO names and PLOVER events (e.g. from the ontology); without it names are `CAMEO <code>`. */
  codes?: CodeInfo;
  /** Called for each row that cannot be read, with `input:line` and why. */
  onSkip?: (where: string, reason: string) => void;
}

/** What an import did. */
export interface GdeltImportResult {
  rows: number;
  events: number;
  skipped: number;
}

const LOCATION_PRECISION: Record<string, 'country' | 'region' | 'city'> = {
  '1': 'country',
  '2': 'region',
  '3': 'city',
  '4': 'city',
  '5': 'region',
};

function actor(cols: string[], at: number, required: boolean): EventRecord['source'] | null {
  const code = cols[at];
  if (!code && !required) return null;
  const name = cols[at + 1] || code || 'unknown';
  return {
    code: code || '---',
    country: cols[at + 2] || null,
    sector: cols[at + 7] || null,
    name,
    text: cols[at + 1] || '',
    start: 0,
    end: 0,
  };
}

/** Reads one GDELT 2.0 Events row into an event record whose article is the row's SOURCEURL, or says why it cannot. */
export function gdeltRowToEvent(line: string, codes?: CodeInfo): EventRecord | string {
  const cols = line.split('\t');
  if (cols.length !== GDELT_EVENT_COLUMNS.length)
    return `has ${cols.length} columns, a GDELT 2.0 events row has ${GDELT_EVENT_COLUMNS.length}`;
  const id = cols[G.GLOBALEVENTID];
  if (!/^\d+$/.test(id)) return `GLOBALEVENTID ${id} is not a number`;
  const ymd = cols[G.SQLDATE];
  if (!/^\d{8}$/.test(ymd)) return `SQLDATE ${ymd} is not YYYYMMDD`;
  const code = cols[G.EventCode];
  if (!/^\d{2,4}$/.test(code)) return `EventCode ${code} is not a CAMEO code`;
  const quad = Number(cols[G.QuadClass]);
  if (![1, 2, 3, 4].includes(quad)) return `QuadClass ${cols[G.QuadClass]} is not 1-4`;
  const goldstein = cols[G.GoldsteinScale] === '' ? 0 : Number(cols[G.GoldsteinScale]);
  if (!Number.isFinite(goldstein)) return `GoldsteinScale ${cols[G.GoldsteinScale]} is not a number`;
  const info = codes?.(code);
  const lat = cols[G.ActionGeo_Lat] === '' ? null : Number(cols[G.ActionGeo_Lat]);
  const lon = cols[G.ActionGeo_Long] === '' ? null : Number(cols[G.ActionGeo_Long]);
  const place = cols[G.ActionGeo_FullName] || lat !== null;
  const tone = cols[G.AvgTone] === '' ? null : Number(cols[G.AvgTone]);
  return {
    id: `gdelt:${id}`,
    article: cols[G.SOURCEURL] || `gdelt:${id}`,
    sentence: 0,
    date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
    date_precision: 'day',
    date_source: null,
    code,
    root: cols[G.EventRootCode] || code.slice(0, 2),
    name: info?.name ?? `CAMEO ${code}`,
    goldstein,
    quad: quad as 1 | 2 | 3 | 4,
    plover: info?.plover ?? null,
    source: actor(cols, G.Actor1Code, true)!,
    target: actor(cols, G.Actor2Code, false),
    modality: 'asserted',
    attribution: null,
    location: place
      ? {
          name: cols[G.ActionGeo_FullName],
          country: null,
          admin1: cols[G.ActionGeo_ADM1Code] || null,
          lat: Number.isFinite(lat) ? lat : null,
          lon: Number.isFinite(lon) ? lon : null,
          precision: LOCATION_PRECISION[cols[G.ActionGeo_Type]] ?? 'unresolved',
        }
      : null,
    tone: Number.isFinite(tone) ? tone : null,
    evidence: { text: '', start: 0, end: 0, trigger: { text: '', start: 0, end: 0 } },
    rule: 'import:gdelt2',
    confidence: 1,
  };
}

/**
 * Imports GDELT 2.0 Events rows (tab-separated, no header; streamed) into the store: each row becomes an event
 * `gdelt:<GLOBALEVENTID>` whose article is its SOURCEURL. Importing the same rows again changes nothing; rows that
 * cannot be read are reported through `onSkip` and recorded as skips. Each batch is one transaction.
 */
export async function importGdelt(
  store: Store,
  lines: AsyncIterable<string>,
  options: GdeltImportOptions = {},
): Promise<GdeltImportResult> {
  const size = options.batchSize ?? 2000;
  const input = options.input ?? 'gdelt';
  const result: GdeltImportResult = { rows: 0, events: 0, skipped: 0 };
  let pending: EventRecord[] = [];
  let skips: Array<{ input: string; reason: string }> = [];
  const flush = async () => {
    const byArticle = new Map<string, EventRecord[]>();
    for (const e of pending) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), e]);
    const items: SaveItem[] = [...byArticle].map(([id, events]) => ({
      article: { id, text: '', url: /^https?:\/\//.test(id) ? id : null, origin: 'gdelt', published: events[0].date },
      events: [...new Map(events.map((e) => [e.id, e])).values()],
      mode: 'merge',
    }));
    if (items.length) await store.saveBatch(items, { validate: false });
    if (skips.length) await store.saveSkips(skips);
    result.events += pending.length;
    pending = [];
    skips = [];
  };
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('GLOBALEVENTID\t')) continue;
    result.rows++;
    const event = gdeltRowToEvent(line, options.codes);
    if (typeof event === 'string') {
      result.skipped++;
      skips.push({ input: `${input}:${n}`, reason: event });
      options.onSkip?.(`${input}:${n}`, event);
    } else {
      pending.push(event);
    }
    if (pending.length + skips.length >= size) await flush();
  }
  await flush();
  return result;
}
