import { readFile } from 'node:fs/promises';
import { createDyad } from '../../index.js';
import { Fetcher } from '../../ingest/fetch.js';
import { watchFeeds } from '../../ingest/watch.js';
import { openStore } from '../../store/index.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { feedItemHandler, feedKey, storeMemory, type FeedSummary } from '../feed-run.js';
import { stopOnSignals } from '../stop.js';
import { delayOption } from './ingest.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses an interval such as `30s`, `15m`, `1h` or `500ms` into milliseconds, or throws a usage error. */
export function parseInterval(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/i.exec(value);
  const ms = m ? Number(m[1]) * UNITS[m[2].toLowerCase()] : NaN;
  if (!(ms > 0)) throw new UsageError(`dyad: --every must be a duration such as 30s, 15m or 1h, got "${value}".`);
  return ms;
}

/** The feeds listed in a feeds file: one URL (or file path) a line; blank lines and `#` comments are ignored. */
export function parseFeedList(source: string): string[] {
  return source
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
}

/** `dyad watch`: polls feeds and ingests their new items until stopped. */
export const watchCommand: Command = {
  name: 'watch',
  summary: 'poll RSS/Atom feeds and ingest their new items until stopped',
  usage: `dyad watch FEEDS.txt [--every 15m] [--db PATH|URL] [--delay SECONDS] [--max-polls N]

Polls every feed listed in FEEDS.txt (one URL a line, # comments) every --every (30s, 15m, 1h; default 15m), and
codes and stores each new item as \`dyad ingest --feed\` does (full page fetched when reachable). Polls send the
ETag/Last-Modified of the last fetch (kept in the store's feeds table), obey robots.txt and wait --delay seconds
(default 1) between two requests to one host. What was seen lives in the store, so a restart, or another machine on
the same postgres:// store, never ingests an item twice. Ctrl-C or SIGTERM finishes the current item and stops.
  --max-polls N   stop after N polls (for cron jobs and tests; default: run until stopped)`,
  options: {
    db: { type: 'string' },
    every: { type: 'string' },
    delay: { type: 'string' },
    'max-polls': { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1)
      throw new UsageError('dyad watch: give one file listing the feeds, one URL a line. See `dyad watch --help`.');
    const every = parseInterval((values.every as string | undefined) ?? '15m');
    const delay = delayOption(values.delay);
    const maxPolls = values['max-polls'] === undefined ? undefined : Number(values['max-polls']);
    if (maxPolls !== undefined && !(Number.isInteger(maxPolls) && maxPolls > 0))
      throw new UsageError(`dyad: --max-polls must be a whole number above 0, got "${String(values['max-polls'])}".`);
    let source: string;
    try {
      source = await readFile(positionals[0], 'utf8');
    } catch (e) {
      throw new UsageError(
        `dyad: cannot read the feed list ${positionals[0]} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); give a text file with one feed URL a line.`,
      );
    }
    const feeds = parseFeedList(source).map(feedKey);
    if (!feeds.length) throw new UsageError(`dyad: ${positionals[0]} lists no feeds; write one feed URL a line.`);
    const store = await openStore(values.db as string | undefined);
    const stop = stopOnSignals(() => io.err('\ndyad: stopping after the current item (Ctrl-C again quits at once).'));
    try {
      const dyad = createDyad();
      const fetcher = new Fetcher({ minIntervalMs: delay });
      const summary: FeedSummary = { articles: 0, events: 0, skipped: 0, pages: 0 };
      const onArticle = feedItemHandler(dyad, store, fetcher, summary, {
        onNote: io.err,
        onSkip: (input, reason) => io.err(`dyad: skipped ${input}: ${reason}`),
      });
      let polls = 0;
      let total = 0;
      io.err(
        `dyad: watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} every ${values.every ?? '15m'} (Ctrl-C to stop)`,
      );
      await watchFeeds(feeds, {
        memory: storeMemory(store),
        fetcher,
        every,
        maxPolls,
        signal: stop.signal,
        onArticle,
        onError: (_url, e) => io.err(e.message),
        onPoll: (fresh, poll) => {
          polls = poll;
          total += fresh;
          io.err(
            `dyad: poll ${poll} at ${new Date().toISOString()}: ${fresh} new items (${summary.articles} articles and ${summary.events} events stored so far)`,
          );
        },
      });
      io.err(
        `dyad: stopped after ${polls} poll${polls === 1 ? '' : 's'}: ${total} new items, ${summary.articles} articles stored, ${summary.events} events, ${summary.skipped} skipped`,
      );
      return EXIT.ok;
    } finally {
      stop.dispose();
      await store.close();
    }
  },
};
