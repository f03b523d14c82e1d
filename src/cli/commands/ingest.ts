import { createDyad } from '../../index.js';
import { Fetcher } from '../../ingest/fetch.js';
import { inputBytes } from '../../ingest/read.js';
import { pollFeeds } from '../../ingest/watch.js';
import { openStore } from '../../store/index.js';
import { dateOption, EXIT, UsageError, type Command } from '../command.js';
import { feedItemHandler, feedKey, storeMemory, type FeedSummary } from '../feed-run.js';
import { ingestInputs } from '../ingest-run.js';
import { createProgress } from '../progress.js';
import { stopOnSignals } from '../stop.js';

/** Reads `--delay SECONDS` (least time between two requests to one host). */
export function delayOption(value: unknown): number {
  if (value === undefined) return 1000;
  const seconds = Number(value);
  if (typeof value !== 'string' || !value.trim() || !(seconds >= 0))
    throw new UsageError(`dyad: --delay must be a number of seconds (0 or more), got "${String(value)}".`);
  return seconds * 1000;
}

/** `dyad ingest`: codes articles and stores them with their events. */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'code articles and store them with their events in the database',
  usage: `dyad ingest [FILES|-] [--feed URL|FILE]... [--db PATH|URL] [--date YYYY-MM-DD] [--delay SECONDS]

Codes each input article and stores it with its events (SQLite file ./dyad.db by default, or --db, or DYAD_DB;
a postgres:// URL uses PostgreSQL). Ingest is idempotent: an article already stored with the same text is kept once.
  --feed    an RSS or Atom feed (URL or local file; repeat for more): each item's page is fetched when its link is
            reachable (robots.txt obeyed) and its article extracted, else the feed's own content or summary is used;
            items already stored are not ingested again
  --date    publication date for inputs that carry none of their own
  --delay   least seconds between two requests to one host when fetching pages (default 1)
Batches of 200 articles are transactional. On a terminal, a progress line shows articles, rate and ETA on stderr.
Ctrl-C finishes the current batch and stops; rerun the same command to resume: articles already stored are not
coded again, and the store ends exactly as an uninterrupted run leaves it.`,
  options: {
    db: { type: 'string' },
    date: { type: 'string' },
    feed: { type: 'string', multiple: true },
    delay: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const date = dateOption('date', values.date);
    const feeds = (values.feed as string[] | undefined) ?? [];
    const delay = delayOption(values.delay);
    if (!positionals.length && !feeds.length)
      throw new UsageError('dyad ingest: give files, folders, - for stdin, or --feed URL. See `dyad ingest --help`.');
    const store = await openStore(values.db as string | undefined);
    const stop = stopOnSignals(() =>
      io.err('\ndyad: stopping after the current batch (Ctrl-C again quits at once and rolls that batch back).'),
    );
    try {
      const dyad = createDyad();
      let skipped = 0;
      if (positionals.length) {
        const progress = createProgress({ stream: io.errStream, totalBytes: await inputBytes(positionals) });
        const s = await ingestInputs(positionals, dyad, store, {
          date,
          stdin: io.stdin,
          signal: stop.signal,
          onArticle: progress.article,
          onBytes: progress.bytes,
          onSkip: (input, reason) => {
            progress.clear();
            io.err(`dyad: skipped ${input}: ${reason}`);
          },
        });
        progress.done();
        skipped += s.skipped;
        if (s.interrupted) {
          io.err(
            `dyad: interrupted; the first ${s.articles + s.skipped} articles read are stored (${s.articles + s.skipped - s.unchanged} in this run). Rerun the same command to resume.`,
          );
          return 130;
        }
        io.err(
          `dyad: ${s.articles} articles stored (${s.unchanged} were already there), ${s.events} events, ${s.skipped} skipped`,
        );
      }
      if (feeds.length) {
        const summary: FeedSummary = { articles: 0, events: 0, skipped: 0, pages: 0 };
        const fetcher = new Fetcher({ minIntervalMs: delay });
        const onArticle = feedItemHandler(dyad, store, fetcher, summary, {
          onNote: io.err,
          onSkip: (input, reason) => io.err(`dyad: skipped ${input}: ${reason}`),
        });
        let failed = 0;
        const fresh = await pollFeeds(feeds.map(feedKey), {
          memory: storeMemory(store),
          fetcher,
          signal: stop.signal,
          onArticle,
          onError: (_url, e) => {
            failed++;
            io.err(e.message);
          },
        });
        skipped += summary.skipped + failed;
        if (stop.signal.aborted) {
          io.err(`dyad: interrupted; ${fresh} new feed items stored. Rerun the same command to resume.`);
          return 130;
        }
        io.err(
          `dyad: ${fresh} new feed items (${summary.pages} from their full page): ${summary.articles} articles stored, ${summary.events} events, ${summary.skipped} skipped${failed ? `, ${failed} feeds failed` : ''}`,
        );
      }
      return skipped ? EXIT.partial : EXIT.ok;
    } finally {
      stop.dispose();
      await store.close();
    }
  },
};
