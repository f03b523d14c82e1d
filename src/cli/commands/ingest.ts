import { createDyad } from '../../index.js';
import { openStore } from '../../store/index.js';
import { dateOption, EXIT, UsageError, type Command } from '../command.js';
import { ingestInputs } from '../ingest-run.js';

/** `dyad ingest`: codes articles and stores them with their events. */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'code articles and store them with their events in the database',
  usage: `dyad ingest [FILES|-] [--db PATH|URL] [--date YYYY-MM-DD]

Codes each input article and stores it with its events (SQLite file ./dyad.db by default, or --db, or DYAD_DB;
a postgres:// URL uses PostgreSQL). Ingest is idempotent: an article already stored with the same text is kept once.
Batches are transactional: an interrupted run loses nothing that was committed and leaves no half article.`,
  options: { db: { type: 'string' }, date: { type: 'string' } },
  async run({ values, positionals }, io) {
    const date = dateOption('date', values.date);
    if (!positionals.length) throw new UsageError('dyad ingest: give files, folders or - for stdin. See `dyad ingest --help`.');
    const store = await openStore(values.db as string | undefined);
    try {
      const dyad = createDyad();
      const s = await ingestInputs(positionals, dyad, store, {
        date, stdin: io.stdin, onSkip: (input, reason) => io.err(`dyad: skipped ${input}: ${reason}`),
      });
      io.err(`dyad: ${s.articles} articles coded (${s.unchanged} already stored), ${s.events} events, ${s.skipped} skipped`);
      return s.skipped ? EXIT.partial : EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
