import { parentPort, workerData } from 'node:worker_threads';
import { createDoc } from '../doc.js';
import { createDyad } from '../index.js';
import type { ArticleJob, ArticleResult, FromWorker, WorkerSetup } from './messages.js';

/**
 * A coding worker: loads the resources once, then codes each batch of articles it is sent and posts back their
 * records (or the reason an article was skipped), in the order received. Started by {@link createCodingPool}.
 */
const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

try {
  const setup = workerData as WorkerSetup;
  const dyad = createDyad({ minConfidence: setup.minConfidence });
  port.on('message', (jobs: ArticleJob[]) => {
    const results: ArticleResult[] = jobs.map((job) => {
      const doc = dyad.process(createDoc(job.id, job.text, job.meta));
      if (doc.skipped) {
        const why = doc.messages.find((m) => m.level === 'skip');
        return { seq: job.seq, id: job.id, records: [], skipped: why?.reason ?? 'not coded' };
      }
      return { seq: job.seq, id: job.id, records: dyad.records(doc), skipped: null };
    });
    post({ type: 'results', results });
  });
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'error', message: (e as Error).message });
}
