import { createDoc } from '../doc.js';
import type { Dyad } from '../index.js';
import { readInputs, type InputItem } from '../ingest/read.js';
import { textHash, type SaveItem, type Store } from '../store/index.js';
import { articleFromDoc, skipReason } from '../store/article-from-doc.js';

/** Totals of one ingest run. */
export interface IngestSummary {
  /** Articles read (coded now, or found already stored with the same text). */
  articles: number;
  events: number;
  skipped: number;
  /** Articles already stored with the same text: not coded again. */
  unchanged: number;
  /** True when `signal` stopped the run early (everything counted here is committed). */
  interrupted: boolean;
}

/** Options for {@link ingestInputs}. */
export interface IngestOptions {
  /** Publication date for inputs that carry none. */
  date?: string;
  stdin?: NodeJS.ReadableStream;
  onSkip?: (input: string, reason: string) => void;
  /** Called for each article done (coded or found unchanged), for progress. */
  onArticle?: () => void;
  /** Called with each count of input bytes read, for progress (see `readInputs`'s `onBytes`). */
  onBytes?: (bytes: number) => void;
  /** When aborted, reading stops, the articles already read are coded and committed, and the run returns. */
  signal?: AbortSignal;
}

/** How many articles go into one transaction. */
export const BATCH = 200;

type ArticleItem = Extract<InputItem, { kind: 'article' }>;

/**
 * Reads inputs, codes each article and stores it with its events, in transactional batches of {@link BATCH}.
 * Skipped inputs are reported through `onSkip` and recorded in the store; one bad article never stops the run.
 *
 * Resuming is rerunning: before a batch is coded, the articles already stored with the same id and text are left
 * out (the store would keep them unchanged anyway), so a rerun after a crash or Ctrl-C only codes what is missing
 * and ends with exactly the store an uninterrupted run gives.
 */
export async function ingestInputs(
  inputs: string[],
  dyad: Dyad,
  store: Store,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, events: 0, skipped: 0, unchanged: 0, interrupted: false };
  let pending: ArticleItem[] = [];
  const flush = async () => {
    if (!pending.length) return;
    const stored = await storedArticles(
      store,
      pending.map((p) => p.id),
    );
    const batch: SaveItem[] = [];
    for (const item of pending) {
      const known = stored.get(item.id);
      if (known && known.hash === textHash(item.text)) {
        summary.unchanged++;
        if (known.skipped) summary.skipped++;
        else summary.articles++;
        opts.onArticle?.();
        continue;
      }
      const meta = { ...item.meta, published: item.meta.published ?? opts.date };
      const doc = dyad.process(createDoc(item.id, item.text, meta));
      const article = articleFromDoc(doc);
      if (doc.skipped) {
        const reason = skipReason(doc);
        summary.skipped++;
        opts.onSkip?.(item.id, reason);
        batch.push({ article, events: [], skipped: reason });
      } else {
        const events = dyad.records(doc);
        summary.articles++;
        summary.events += events.length;
        batch.push({ article, events });
      }
      opts.onArticle?.();
    }
    pending = [];
    if (!batch.length) return;
    for (const r of await store.saveBatch(batch)) if (r.status === 'unchanged') summary.unchanged++;
  };
  for await (const item of readInputs(inputs, { stdin: opts.stdin, onBytes: opts.onBytes })) {
    if (item.kind === 'skip') {
      summary.skipped++;
      opts.onSkip?.(item.input, item.reason);
      await store.saveSkips([{ input: item.input, reason: item.reason }]);
    } else {
      pending.push(item);
      if (pending.length >= BATCH) await flush();
    }
    if (opts.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
  }
  await flush();
  return summary;
}

/** The text hash and status of the articles among `ids` already in the store. */
async function storedArticles(store: Store, ids: string[]): Promise<Map<string, { hash: string; skipped: boolean }>> {
  const out = new Map<string, { hash: string; skipped: boolean }>();
  const present = await store.articleUrls([...new Set(ids)]);
  for (const id of present.keys()) {
    const found = await store.getArticle(id);
    if (found) out.set(id, { hash: found.article.textHash, skipped: found.article.status === 'skipped' });
  }
  return out;
}
