import { createDoc } from '../doc.js';
import type { Dyad } from '../index.js';
import { readInputs } from '../ingest/read.js';
import type { SaveItem, Store } from '../store/index.js';
import { articleFromDoc, skipReason } from '../store/article-from-doc.js';

/** Totals of one ingest run. */
export interface IngestSummary {
  articles: number;
  events: number;
  skipped: number;
  unchanged: number;
}

/** How many articles go into one transaction. */
const BATCH = 200;

/**
 * Reads inputs, codes each article and stores it with its events, in transactional batches. Skipped inputs are
 * reported through `onSkip` and recorded in the store; one bad article never stops the run.
 */
export async function ingestInputs(
  inputs: string[],
  dyad: Dyad,
  store: Store,
  opts: { date?: string; stdin?: NodeJS.ReadableStream; onSkip?: (input: string, reason: string) => void },
): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, events: 0, skipped: 0, unchanged: 0 };
  let batch: SaveItem[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const results = await store.saveBatch(batch);
    for (const r of results) if (r.status === 'unchanged') summary.unchanged++;
    batch = [];
  };
  for await (const item of readInputs(inputs, { stdin: opts.stdin })) {
    if (item.kind === 'skip') {
      summary.skipped++;
      opts.onSkip?.(item.input, item.reason);
      await store.saveSkips([{ input: item.input, reason: item.reason }]);
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
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return summary;
}
