import { z } from 'zod';

/** An actor as written in an output record: its code and the span of text that names it. */
export const ActorRecord = z.object({
  code: z.string().describe('CAMEO-style actor code, e.g. RUSGOV, IGOUNO'),
  country: z.string().nullable().describe('ISO 3166 alpha-3 country, null for international actors'),
  sector: z.string().nullable().describe('Sector code such as GOV, MIL, REB'),
  name: z.string().describe('Canonical name of the actor'),
  text: z.string().describe('The text that names the actor in the article'),
  start: z.number().int().describe('Start offset (UTF-16 code units) in the stored article text'),
  end: z.number().int().describe('End offset (exclusive)'),
  rule: z.string().optional().describe('Dictionary entry or rule that resolved the mention'),
  resolved_from: z
    .object({ text: z.string(), start: z.number().int(), end: z.number().int(), rule: z.string() })
    .optional()
    .describe('For a pronoun or description, the mention it was resolved through'),
});

export const LocationRecord = z.object({
  name: z.string(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  precision: z.enum(['site', 'city', 'region', 'country', 'unresolved']),
  text: z.string().optional(),
});

/**
 * One coded event, as `dyad code` prints it (one JSON object a line). This zod schema is the single definition of the
 * record; `schema/event-record.schema.json` is generated from it by `npm run schema`.
 */
export const EventRecord = z.object({
  id: z.string().describe('Stable event id: article id, sentence, trigger offset and code'),
  article: z.string().describe("The input's id, verbatim"),
  sentence: z.number().int().describe('0-based sentence index in the article'),
  date: z.string().nullable().describe('Date of the event, ISO YYYY-MM-DD (first day of the month/year when coarser)'),
  date_precision: z.enum(['day', 'month', 'year']).nullable(),
  date_source: z
    .enum(['text', 'article'])
    .nullable()
    .optional()
    .describe('text: read in the sentence; article: the publication date'),
  code: z.string().describe('CAMEO event code, e.g. 042'),
  root: z.string().describe('CAMEO root code, the first two digits'),
  name: z.string().describe('Name of the CAMEO code'),
  goldstein: z.number().describe('Goldstein scale score, -10 to 10'),
  quad: z
    .number()
    .int()
    .min(1)
    .max(4)
    .describe('Quad class as GDELT: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict'),
  plover: z.object({ event: z.string(), mode: z.string().nullable() }).nullable(),
  source: ActorRecord,
  target: ActorRecord.nullable(),
  modality: z.enum(['asserted', 'hedged', 'expected', 'denied', 'negated']),
  attribution: z.object({ code: z.string(), text: z.string() }).nullable(),
  location: LocationRecord.nullable(),
  tone: z.number().nullable(),
  evidence: z.object({
    text: z.string().describe('The sentence'),
    start: z.number().int(),
    end: z.number().int(),
    trigger: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  }),
  rule: z.string().describe('Id of the pattern that coded the event'),
  confidence: z.number().min(0).max(1),
});

export type EventRecord = z.infer<typeof EventRecord>;
export type ActorRecord = z.infer<typeof ActorRecord>;

/** One article as `dyad extract` prints it. */
export const ExtractRecord = z.object({
  id: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  published: z.string().nullable(),
  byline: z.string().nullable(),
});
export type ExtractRecord = z.infer<typeof ExtractRecord>;
