/**
 * The dashboard's client for dyad's HTTP API (same origin). Types come from the server's own modules (type-only
 * imports, erased at build), so a change of shape there fails the typecheck here.
 */
import type { AlertReport } from '../../analysis/alerts.js';
import type { Network } from '../../analysis/network.js';
import type { Timeline } from '../../analysis/timeline.js';
import type { EventRecord } from '../../schema/event-record.js';
import type {
  ActorRow,
  ArticleWithEvents,
  ClusterWithMentions,
  SaveResult,
  StoreStats,
  StoredEvent,
} from '../../store/types.js';

export type {
  AlertReport,
  Network,
  Timeline,
  EventRecord,
  ActorRow,
  ArticleWithEvents,
  ClusterWithMentions,
  StoreStats,
  StoredEvent,
};

/** An event as a view holds it: stored events carry their dedup cluster; freshly coded ones do not. */
export type AnyEvent = EventRecord & { cluster?: string };

export interface EventPage {
  events: StoredEvent[];
  next: string | null;
}

export interface IngestAnswer {
  result: SaveResult;
  article: { id: string };
  skipped: string | null;
  events: EventRecord[];
}

/** An error answer of the API: `{ error, parameter? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | number | boolean | null | undefined>;

/** `path?params`, leaving out empty values. */
export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: string; parameter?: string } | null;
  if (!res.ok)
    throw new ApiError(res.status, body?.error ?? `dyad: the server answered ${res.status}`, body?.parameter);
  return body as T;
}

/** GETs JSON from the API. Paths are relative so the page also works behind a path prefix. */
export async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(apiUrl('.' + path, params), { signal, headers: { accept: 'application/json' } }));
}

export async function postJson<T>(path: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return answer<T>(await fetch('.' + path, { method: 'POST', headers, body: JSON.stringify(body) }));
}

let statsCache: { at: number; value: Promise<StoreStats> } | null = null;

export const api = {
  /** The store's totals, shared by the views for 30 s (counting a store of millions of events takes a while). */
  stats: () => {
    if (!statsCache || Date.now() - statsCache.at > 30_000) {
      const value = getJson<StoreStats>('/stats');
      value.catch(() => (statsCache = null));
      statsCache = { at: Date.now(), value };
    }
    return statsCache.value;
  },
  events: (params: Params, signal?: AbortSignal) => getJson<EventPage>('/events', params, signal),
  timeline: (params: Params, signal?: AbortSignal) => getJson<Timeline>('/timeline', params, signal),
  alerts: (params: Params, signal?: AbortSignal) => getJson<AlertReport>('/alerts', params, signal),
  network: (params: Params, signal?: AbortSignal) => getJson<Network>('/network', params, signal),
  actors: (q: string, limit = 12, signal?: AbortSignal) =>
    getJson<{ actors: ActorRow[] }>('/actors', { q, limit }, signal),
  article: (id: string, signal?: AbortSignal) =>
    getJson<ArticleWithEvents>(`/articles/${encodeURIComponent(id)}`, {}, signal),
  cluster: (id: string, signal?: AbortSignal) =>
    getJson<ClusterWithMentions>(`/clusters/${encodeURIComponent(id)}`, {}, signal),
  ingest: (body: { text?: string; url?: string; title?: string; date?: string }, token?: string) =>
    postJson<IngestAnswer>('/articles', body, token),
};
