import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDyad } from '../../index.js';
import { openStore, type Store } from '../../store/index.js';
import { EXIT, UsageError, type Command, type IO } from '../command.js';
import { ingestInputs } from '../ingest-run.js';
import { portOption, startServer, untilStopped } from '../serve.js';

/** The bundled demo corpus: news-style articles written for dyad. */
export const DEMO_CORPUS = fileURLToPath(new URL('../../../demo/articles.jsonl', import.meta.url));

/** Prints what the store holds: articles, events by root code, top dyads. */
export async function printSummary(store: Store, io: IO): Promise<void> {
  const stats = await store.stats();
  io.out(
    `store (${stats.engine}): ${stats.articles} articles, ${stats.events} events (${stats.negatedEvents} negated), ${stats.clusters} distinct acts, ${stats.actors} actors, dates ${stats.firstDate ?? '-'} to ${stats.lastDate ?? '-'}`,
  );
  const byRoot = await store.aggregate({}, { by: ['root'] });
  io.out('events by CAMEO root:');
  for (const r of byRoot)
    io.out(`  ${String(r.key.root)}  ${String(r.count).padStart(5)}  mean Goldstein ${r.goldstein.toFixed(1)}`);
  const dyads = await store.aggregate(
    {},
    { by: ['source_country', 'target_country'], limit: 10, nonNull: ['target_country', 'source_country'] },
  );
  io.out('top dyads (source → target countries):');
  for (const r of dyads)
    io.out(
      `  ${String(r.key.source_country)} → ${String(r.key.target_country)}  ${String(r.count).padStart(5)}  mean Goldstein ${r.goldstein.toFixed(1)}`,
    );
}

/** `dyad demo` (`npm start`): codes the demo corpus into the embedded store and prints a summary. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'code the bundled demo corpus into the local database and print a summary (npm start)',
  usage: `dyad demo [--db PATH|URL] [--no-serve] [--port 8080]

Codes demo/articles.jsonl (news-style articles written for dyad) into ./dyad.db (or --db, or DYAD_DB) and
prints articles, events by CAMEO root and the top dyads, then serves the dashboard until Ctrl-C
(--no-serve: exit after the summary).`,
  options: { db: { type: 'string' }, 'no-serve': { type: 'boolean' }, port: { type: 'string' } },
  async run({ values }, io) {
    if (!existsSync(DEMO_CORPUS))
      throw new UsageError(`dyad: the demo corpus ${DEMO_CORPUS} is missing; reinstall dyad.`);
    const port = portOption(values.port, 8080);
    const store = await openStore(values.db as string | undefined);
    try {
      const dyad = createDyad();
      const s = await ingestInputs([DEMO_CORPUS], dyad, store, {
        onSkip: (input, reason) => io.err(`dyad: skipped ${input}: ${reason}`),
      });
      io.out(
        `dyad demo: coded ${s.articles} articles (${s.unchanged} already stored), ${s.events} events, ${s.skipped} skipped`,
      );
      await printSummary(store, io);
      if (!values['no-serve']) {
        const { app, url } = await startServer(store, dyad, { host: '127.0.0.1', port });
        io.out(`dyad: the dashboard is at ${url} (Ctrl-C to stop; \`npm start -- --no-serve\` codes and exits)`);
        await untilStopped();
        await app.close();
      }
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};
