import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleMeta } from '../doc.js';
import type { ArticleJob, ArticleResult, FromWorker, WorkerSetup } from './messages.js';

export type { ArticleResult } from './messages.js';

/** Options for {@link createCodingPool}. */
export interface CodingPoolOptions {
  /** Worker threads to start; default: one per core the process may use (`os.availableParallelism()`). */
  jobs?: number;
  /** Articles sent to a worker at once (default 16): larger batches cost less messaging, smaller ones balance better. */
  batch?: number;
  /** Events under this confidence are left out of the records. */
  minConfidence?: number;
}

/** A pool of coding workers; see {@link createCodingPool}. */
export interface CodingPool {
  /** How many workers the pool runs. */
  readonly jobs: number;
  /** Resolves once every worker has loaded its resources. */
  ready(): Promise<void>;
  /**
   * Codes articles on all workers and yields their results in input order, while reading ahead no more than a few
   * batches per worker. An article that fails is a result with its `skipped` reason, never an exception.
   */
  code(articles: AsyncIterable<{ id: string; text: string; meta: ArticleMeta }>): AsyncGenerator<ArticleResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Batches each worker may hold at once: one being coded and one waiting, so a worker never idles between them. */
const IN_FLIGHT = 2;

/**
 * Starts worker threads that each load dyad's resources (about 1.5 s and 400 MB apiece) and code articles in
 * parallel: the throughput of every core of one machine, with output in the same order and form as one
 * {@link createDyad}. Worth it for batches of hundreds of articles or more; a handful is faster on one thread.
 */
export function createCodingPool(options: CodingPoolOptions = {}): CodingPool {
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const batchSize = Math.max(1, Math.floor(options.batch ?? 16));
  const setup: WorkerSetup = { minConfidence: options.minConfidence ?? 0 };
  const url = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(url, { workerData: setup }));
  const ready = Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const onMessage = (m: FromWorker) => {
            if (m.type === 'ready') resolve();
            else if (m.type === 'error') reject(new Error(`dyad: a coding worker could not start: ${m.message}`));
            if (m.type !== 'results') w.off('message', onMessage);
          };
          w.on('message', onMessage);
          w.once('error', reject);
        }),
    ),
  ).then(() => undefined);

  async function* code(
    articles: AsyncIterable<{ id: string; text: string; meta: ArticleMeta }>,
  ): AsyncGenerator<ArticleResult> {
    await ready;
    const done = new Map<number, ArticleResult>();
    const load = workers.map(() => 0);
    let wake: (() => void) | null = null;
    let failure: Error | null = null;
    const signal = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    const listeners = workers.map((w, k) => {
      const onMessage = (m: FromWorker) => {
        if (m.type !== 'results') return;
        load[k]--;
        for (const r of m.results) done.set(r.seq, r);
        signal();
      };
      const onError = (e: Error) => {
        failure = new Error(`dyad: a coding worker stopped: ${e.message}`);
        signal();
      };
      w.on('message', onMessage);
      w.on('error', onError);
      return { onMessage, onError };
    });
    const waitForWork = () => new Promise<void>((resolve) => (wake = resolve));
    let next = 0;
    let seq = 0;
    let pending: ArticleJob[] = [];
    const send = async (batch: ArticleJob[]) => {
      for (;;) {
        if (failure) throw failure;
        let k = -1;
        for (let i = 0; i < workers.length; i++) if (load[i] < IN_FLIGHT && (k < 0 || load[i] < load[k])) k = i;
        if (k >= 0) {
          load[k]++;
          workers[k].postMessage(batch);
          return;
        }
        await waitForWork();
      }
    };
    try {
      for await (const a of articles) {
        pending.push({ seq: seq++, id: a.id, text: a.text, meta: a.meta });
        if (pending.length >= batchSize) {
          await send(pending);
          pending = [];
        }
        while (done.has(next)) {
          yield done.get(next)!;
          done.delete(next++);
        }
      }
      if (pending.length) await send(pending);
      while (next < seq) {
        if (failure) throw failure;
        if (!done.has(next)) {
          await waitForWork();
          continue;
        }
        yield done.get(next)!;
        done.delete(next++);
      }
    } finally {
      workers.forEach((w, k) => {
        w.off('message', listeners[k].onMessage);
        w.off('error', listeners[k].onError);
      });
    }
  }

  return {
    jobs,
    ready: () => ready,
    code,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
