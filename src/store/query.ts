import { z } from 'zod';
import type { StoredEvent } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9]{1,32}$/;
const MODALITIES = ['asserted', 'hedged', 'expected', 'denied', 'negated'] as const;

const list = (pattern: RegExp, what: string) =>
  z
    .string()
    .max(500)
    .refine((s) => s.split(',').every((v) => pattern.test(v.trim())), { message: `must be ${what}, comma-separated` })
    .transform((s) => s.split(',').map((v) => v.trim()));

const bool = z.enum(['true', 'false', '1', '0']).transform((s) => s === 'true' || s === '1');

const date = (what: string) => z.string().regex(DATE, { message: `${what} must be a date YYYY-MM-DD` });

/** Decodes an opaque paging cursor into the `(date, id)` it points after, or throws. */
export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new Error('dyad: the cursor is not one this store gave out; pass back the `next` value of the previous page');
}

/** Encodes the `(date, id)` of the last event of a page as an opaque cursor. */
export function encodeCursor(day: string, id: string): string {
  return Buffer.from(JSON.stringify([day, id]), 'utf8').toString('base64url');
}

/**
 * The event filters, as strings (HTTP query parameters, CLI flags), parsed into typed values. Unknown keys are
 * rejected. Every filter is optional and they combine with AND.
 *
 * - `actor`: an actor code or prefix (`RUS` matches `RUSGOV`), as source or target.
 * - `dyad`: `A,B` (codes or prefixes); undirected unless `directed=true` (then A is the source, B the target).
 * - `code`: CAMEO codes or prefixes, comma-separated (`04` is the whole root, `042` one code).
 * - `quad`: quad classes 1–4, comma-separated. `plover`: a PLOVER event type. `modality`: modalities, comma-separated.
 * - `since`, `until`: inclusive event-date range. `country`: ISO3 country of the event's location.
 * - `bbox`: `minLon,minLat,maxLon,maxLat` of the event's location. `q`: words that must all occur in the evidence sentence.
 * - `article`: one article's events. `negated`: include negated events in aggregates (listings always include them).
 */
export const EventFilter = z
  .object({
    actor: z
      .string()
      .regex(CODE, { message: 'actor must be a CAMEO actor code or prefix (letters and digits)' })
      .transform((s) => s.toUpperCase())
      .optional()
      .describe('Actor code or prefix, as source or target (RUS matches RUSGOV)'),
    dyad: z
      .string()
      .regex(/^[A-Za-z0-9]{1,32},[A-Za-z0-9]{1,32}$/, { message: 'dyad must be two actor codes or prefixes: A,B' })
      .transform((s) => s.toUpperCase().split(',') as [string, string])
      .optional()
      .describe('Two actor codes or prefixes A,B'),
    directed: bool.optional().describe('With dyad: only A as source and B as target (default: both directions)'),
    code: list(/^\d{2,4}$/, 'CAMEO codes or prefixes (2 to 4 digits)')
      .optional()
      .describe('CAMEO codes or prefixes, comma-separated (04 = the root)'),
    quad: list(/^[1-4]$/, 'quad classes 1-4')
      .transform((v) => v.map(Number))
      .optional()
      .describe('Quad classes 1-4, comma-separated'),
    plover: z
      .string()
      .regex(/^[A-Za-z_-]{1,40}$/, { message: 'plover must be a PLOVER event type such as CONSULT' })
      .transform((s) => s.toUpperCase())
      .optional()
      .describe('PLOVER event type'),
    modality: list(/^(asserted|hedged|expected|denied|negated)$/, `modalities (${MODALITIES.join(', ')})`)
      .transform((v) => v as Array<(typeof MODALITIES)[number]>)
      .optional()
      .describe('Modalities, comma-separated'),
    since: date('since').optional().describe('First event date, inclusive'),
    until: date('until').optional().describe('Last event date, inclusive'),
    country: z
      .string()
      .regex(/^[A-Za-z]{3}$/, { message: 'country must be an ISO 3166 alpha-3 code' })
      .transform((s) => s.toUpperCase())
      .optional()
      .describe("ISO3 country of the event's location"),
    bbox: z
      .string()
      .refine(
        (s) => {
          const n = s.split(',').map(Number);
          return (
            n.length === 4 &&
            n.every(Number.isFinite) &&
            n[0] <= n[2] &&
            n[1] <= n[3] &&
            Math.abs(n[1]) <= 90 &&
            Math.abs(n[3]) <= 90
          );
        },
        { message: 'bbox must be minLon,minLat,maxLon,maxLat' },
      )
      .transform((s) => s.split(',').map(Number) as [number, number, number, number])
      .optional()
      .describe('Bounding box minLon,minLat,maxLon,maxLat of the location'),
    q: z.string().min(1).max(200).optional().describe('Words that must all occur in the evidence sentence'),
    article: z.string().min(1).max(2000).optional().describe("One article's events"),
    negated: bool.optional().describe('Count negated events in aggregates (default false)'),
  })
  .strict();

/** Typed event filters (the output of parsing {@link EventFilter}); build one directly in library code. */
export type EventFilter = z.output<typeof EventFilter>;

/** {@link EventFilter} plus paging: `cursor` (opaque, from `next`), `limit` (1–1000, default 100), `order`. */
export const EventQuery = EventFilter.extend({
  cursor: z
    .string()
    .max(4000)
    .refine(
      (c) => {
        try {
          decodeCursor(c);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'cursor is not one this server gave out' },
    )
    .optional()
    .describe('Opaque cursor: the next value of the previous page'),
  limit: z
    .string()
    .regex(/^\d+$/, { message: 'limit must be a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(1, 'limit must be 1 to 100000').max(100_000, 'limit must be 1 to 100000'))
    .optional()
    .describe('Events per page (default 100)'),
  order: z.enum(['asc', 'desc']).optional().describe('By date then id (default asc)'),
}).strict();

/** Typed event query: {@link EventFilter} plus paging. */
export type EventQuery = z.output<typeof EventQuery>;

/** One page of events and the cursor of the next page (null on the last). */
export interface EventPage {
  events: StoredEvent[];
  next: string | null;
}

/** What {@link Store.aggregate} can group by. `period` buckets the event date by `interval`. */
export type Dimension =
  | 'period'
  | 'quad'
  | 'code'
  | 'root'
  | 'source'
  | 'target'
  | 'source_country'
  | 'target_country'
  | 'modality'
  | 'plover';

/** How to group and count. Rows come ordered by count, descending, when `limit` is set; else by key. */
export interface AggregateSpec {
  by: Dimension[];
  /** Bucket for `period` (weeks start on Monday; a bucket is named by its first day). */
  interval?: 'day' | 'week' | 'month';
  /** Count dedup clusters (distinct acts) instead of event mentions. */
  dedup?: boolean;
  limit?: number;
  /** Leave out events where any of these dimensions is null (e.g. `target` for edges). */
  nonNull?: Dimension[];
}

/** One group: its key values, the number of events and their mean Goldstein score. */
export interface AggregateRow {
  key: Partial<Record<Dimension, string | number | null>>;
  count: number;
  goldstein: number;
}

/** The upper bound of a prefix range: `RUS` → `RUT`, so that `code >= RUS AND code < RUT` is an indexable prefix match. */
export function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
