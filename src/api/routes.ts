import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { escalationAlerts } from '../analysis/alerts.js';
import { network } from '../analysis/network.js';
import { timeline } from '../analysis/timeline.js';
import { countsByCode, topActors, topDyads } from '../analysis/top.js';
import type { EventRecord } from '../schema/event-record.js';
import { toCsv, toJsonl } from '../store/export/csv.js';
import type { ArticleInput, Store } from '../store/types.js';
import { HttpError } from './errors.js';
import {
  ActorsParams,
  AlertsParams,
  ArticleBody,
  CodeCountParams,
  EventsParams,
  IdParams,
  NetworkParams,
  TimelineParams,
  TopParams,
} from './params.js';

/** What the injected coder returns for `POST /articles`: the article as stored and its events (or why it was skipped). */
export interface CodedArticle {
  article: ArticleInput;
  events: EventRecord[];
  skipped?: string;
}

/** The coder `POST /articles` calls; it fetches, extracts and codes. Throw an Error whose message starts with `dyad:` for a bad input. */
export type Coder = (input: ArticleBody) => Promise<CodedArticle>;

/** What every handler can reach. */
export interface RouteContext {
  store: Store;
  code?: Coder;
  guardWrite: (request: FastifyRequest) => void;
}

/** One route: its schemas (also the OpenAPI document's source) and its handler. */
export interface Route {
  method: 'GET' | 'POST';
  url: string;
  summary: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  write?: boolean;
  /** An aggregate whose answer the server may keep for a few seconds (see {@link ResponseCache}). */
  cached?: boolean;
  handler(ctx: RouteContext, input: { query: any; params: any; body: any }, reply: FastifyReply): Promise<unknown>;
}

/** Every route of the API. */
export const ROUTES: Route[] = [
  {
    method: 'GET',
    url: '/events',
    summary: 'Events matching filters: a page (json) or every match streamed (jsonl, csv)',
    query: EventsParams,
    async handler({ store }, { query }, reply) {
      const { format = 'json', ...q } = query as z.output<typeof EventsParams>;
      if (format === 'json') return store.queryEvents(q);
      const lines = format === 'csv' ? toCsv(store.streamEvents(q)) : toJsonl(store.streamEvents(q));
      reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
      return reply.send(Readable.from(lines));
    },
  },
  {
    method: 'GET',
    url: '/timeline',
    cached: true,
    summary: 'Counts per quad class and mean Goldstein per day, week or month',
    query: TimelineParams,
    async handler({ store }, { query }) {
      const { interval, ...filter } = query as z.output<typeof TimelineParams>;
      return timeline(store, filter, interval ?? 'week');
    },
  },
  {
    method: 'GET',
    url: '/network',
    cached: true,
    summary:
      'Actor network over a window (since/until; all time without them, which reads every event): nodes and weighted directed edges',
    query: NetworkParams,
    async handler({ store }, { query }) {
      const { by, limit, minCount, ...filter } = query as z.output<typeof NetworkParams>;
      return network(store, filter, { by, limit, minCount });
    },
  },
  {
    method: 'GET',
    url: '/alerts',
    cached: true,
    summary: 'Escalation alerts for a dyad or an actor: weeks far above their trailing baseline, with their events',
    query: AlertsParams,
    async handler({ store }, { query }) {
      const { metric, threshold, minEvents, baselineWeeks, ...filter } = query as z.output<typeof AlertsParams>;
      return escalationAlerts(store, filter, { metric, threshold, minEvents, baselineWeeks });
    },
  },
  {
    method: 'GET',
    url: '/actors',
    summary: 'Actors by code prefix or name, most active first (search as you type)',
    query: ActorsParams,
    async handler({ store }, { query }) {
      const { q = '', limit } = query as z.output<typeof ActorsParams>;
      return { actors: await store.searchActors(q, limit ?? 20) };
    },
  },
  {
    method: 'GET',
    url: '/top/actors',
    cached: true,
    summary: 'Most active actors among matching events',
    query: TopParams,
    async handler({ store }, { query }) {
      const { limit, ...filter } = query as z.output<typeof TopParams>;
      return { actors: await topActors(store, filter, limit ?? 20) };
    },
  },
  {
    method: 'GET',
    url: '/top/dyads',
    cached: true,
    summary: 'Dyads with most events (undirected unless directed=true)',
    query: TopParams,
    async handler({ store }, { query }) {
      const { limit, directed, ...filter } = query as z.output<typeof TopParams>;
      return { dyads: await topDyads(store, filter, { limit: limit ?? 20, directed }) };
    },
  },
  {
    method: 'GET',
    url: '/counts/codes',
    cached: true,
    summary: 'Events per CAMEO root or code',
    query: CodeCountParams,
    async handler({ store }, { query }) {
      const { level, ...filter } = query as z.output<typeof CodeCountParams>;
      return { counts: await countsByCode(store, filter, level ?? 'root') };
    },
  },
  {
    method: 'GET',
    url: '/articles/:id',
    summary: 'An article with its events (spans index into its text)',
    params: IdParams,
    async handler({ store }, { params }) {
      const found = await store.getArticle(params.id);
      if (!found) throw new HttpError(404, `dyad: no article ${params.id} in the store`);
      return found;
    },
  },
  {
    method: 'GET',
    url: '/clusters/:id',
    summary: 'A dedup cluster (one act) with every mention of it',
    params: IdParams,
    async handler({ store }, { params }) {
      const found = await store.getCluster(params.id);
      if (!found) throw new HttpError(404, `dyad: no event cluster ${params.id} in the store`);
      return found;
    },
  },
  {
    method: 'GET',
    url: '/stats',
    cached: true,
    summary: 'Totals: articles, events, clusters, actors, date range',
    async handler({ store }) {
      return store.stats();
    },
  },
  {
    method: 'POST',
    url: '/articles',
    summary: 'Code an article (text, HTML or URL) and store it with its events',
    body: ArticleBody,
    write: true,
    async handler({ store, code }, { body }, reply) {
      if (!code) throw new HttpError(501, 'dyad: this server was started without a coder; it can only read');
      let coded: CodedArticle;
      try {
        coded = await code(body as ArticleBody);
      } catch (err) {
        const message = (err as Error).message ?? '';
        if (message.startsWith('dyad:')) throw new HttpError(422, message);
        throw err;
      }
      const result = await store.saveArticle({ article: coded.article, events: coded.events, skipped: coded.skipped });
      reply.code(result.status === 'inserted' ? 201 : 200);
      return { result, article: { id: coded.article.id }, skipped: coded.skipped ?? null, events: coded.events };
    },
  },
];
