import type { ArticleMeta } from '../doc.js';
import type { EventRecord } from '../schema/event-record.js';

/** An article sent to a worker: its place in the input (`seq`), id, text and metadata. */
export interface ArticleJob {
  seq: number;
  id: string;
  text: string;
  meta: ArticleMeta;
}

/** What a worker sends back for one article: its records, or why it was skipped. */
export interface ArticleResult {
  seq: number;
  id: string;
  records: EventRecord[];
  skipped: string | null;
}

/** The options every worker starts with. */
export interface WorkerSetup {
  minConfidence: number;
}

/** Messages from a worker to the pool. */
export type FromWorker =
  { type: 'ready' } | { type: 'results'; results: ArticleResult[] } | { type: 'error'; message: string };
