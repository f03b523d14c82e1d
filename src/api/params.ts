import { z } from 'zod';
import { EventFilter, EventQuery } from '../store/query.js';

const number = (name: string, min: number, max: number, int = true) =>
  z
    .string()
    .regex(int ? /^\d+$/ : /^-?\d+(\.\d+)?$/, { message: `${name} must be a ${int ? 'whole ' : ''}number` })
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be ${min} to ${max}`).max(max, `${name} must be ${min} to ${max}`));

/** `GET /events`: the event query plus the response format (`jsonl` and `csv` stream every match, or `limit` of them). */
export const EventsParams = EventQuery.extend({
  format: z
    .enum(['json', 'jsonl', 'csv'])
    .optional()
    .describe('json: one page with a next cursor; jsonl/csv: every match, streamed'),
}).strict();

/** `GET /timeline`: filters (usually `dyad` or `actor`) and the bucket. */
export const TimelineParams = EventFilter.extend({
  interval: z.enum(['day', 'week', 'month']).optional().describe('Bucket (default week; weeks start on Monday)'),
}).strict();

/**
 * `GET /network`: filters (usually `since`/`until`) and graph options. Without `since` and `until` the network covers
 * all time: every event is read (about 0.1 to 0.3 s per million events on this machine's SQLite and PostgreSQL), the
 * answer is then cached for a few seconds; pass a window for an interactive view.
 */
export const NetworkParams = EventFilter.extend({
  by: z.enum(['actor', 'country']).optional().describe('Nodes are full actor codes (default) or countries'),
  limit: number('limit', 1, 5000).optional().describe('Heaviest edges kept (default 500)'),
  minCount: number('minCount', 1, 1_000_000).optional().describe('Least events on an edge (default 1)'),
}).strict();

/** `GET /alerts`: a `dyad` or an `actor`, and the alert settings. */
export const AlertsParams = EventFilter.extend({
  metric: z
    .enum(['share', 'count'])
    .optional()
    .describe('share: weekly quad-4 share (default); count: weekly quad-4 events'),
  threshold: number('threshold', 0, 100, false)
    .optional()
    .describe('z-score at or above which a week is flagged (default 2)'),
  minEvents: number('minEvents', 0, 1_000_000).optional().describe('Least events in a flagged week (default 5)'),
  baselineWeeks: number('baselineWeeks', 2, 520).optional().describe('Trailing weeks of baseline (default 12)'),
})
  .strict()
  .refine((p) => p.dyad || p.actor, { message: 'give a dyad (A,B) or an actor to watch', path: ['dyad'] });

/** `GET /actors`: search as you type. */
export const ActorsParams = z
  .object({
    q: z.string().max(100).optional().describe('Code prefix or part of the name; empty lists the most active'),
    limit: number('limit', 1, 200).optional().describe('Most actors returned (default 20)'),
  })
  .strict();

/** `GET /top/actors` and `GET /top/dyads`. */
export const TopParams = EventFilter.extend({
  limit: number('limit', 1, 1000).optional().describe('How many (default 20)'),
}).strict();

/** `GET /counts/codes`. */
export const CodeCountParams = EventFilter.extend({
  level: z.enum(['code', 'root']).optional().describe('Count by full CAMEO code or by root (default root)'),
}).strict();

/** Path parameter `:id`. */
export const IdParams = z.object({ id: z.string().min(1).max(2000) }).strict();

/** `POST /articles`: an article to code and store: its text, its HTML or its URL (the coder fetches it). */
export const ArticleBody = z
  .object({
    id: z.string().min(1).max(2000).optional().describe('Stable id (default: a content hash)'),
    text: z.string().min(1).optional().describe('Plain text'),
    html: z.string().min(1).optional().describe('An HTML page; the main text is extracted'),
    url: z
      .string()
      .url()
      .max(2000)
      .optional()
      .describe('Where the article lives (fetched when neither text nor html is given)'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
      .optional()
      .describe('Publication date'),
    title: z.string().max(2000).optional(),
  })
  .strict()
  .refine((b) => b.text || b.html || b.url, { message: 'give text, html or url', path: ['text'] });

export type ArticleBody = z.output<typeof ArticleBody>;
