import { openStore, EventQuery } from '../../store/index.js';
import { choiceOption, EXIT, UsageError, type Command } from '../command.js';
import { EVENT_FORMATS, eventWriter } from '../format.js';

const FILTERS = ['actor', 'dyad', 'code', 'quad', 'plover', 'modality', 'since', 'until', 'country', 'bbox', 'q', 'article', 'limit', 'cursor'] as const;

/** `dyad events`: queries stored events. */
export const eventsCommand: Command = {
  name: 'events',
  summary: 'query stored events by actor, dyad, code, dates, place or text',
  usage: `dyad events [--db PATH|URL] [--actor X] [--dyad A,B [--directed]] [--code 04] [--quad 3,4] [--modality hedged]
            [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--country ISO3] [--bbox minLon,minLat,maxLon,maxLat]
            [--q WORDS] [--article ID] [--limit N] [--cursor C] [--format jsonl|json|table]

Actor codes match as prefixes (RUS matches RUSGOV). Prints the cursor of the next page on stderr when there is one.`,
  options: {
    db: { type: 'string' }, format: { type: 'string' }, directed: { type: 'boolean' },
    ...Object.fromEntries(FILTERS.map((f) => [f, { type: 'string' as const }])),
  },
  async run({ values }, io) {
    const format = choiceOption('format', values.format, EVENT_FORMATS, 'jsonl');
    const raw: Record<string, string> = {};
    for (const f of FILTERS) if (typeof values[f] === 'string') raw[f] = values[f] as string;
    if (values.directed) raw.directed = 'true';
    const parsed = EventQuery.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`dyad events: --${issue.path.join('.')}: ${issue.message}.`);
    }
    const store = await openStore(values.db as string | undefined);
    try {
      const page = await store.queryEvents(parsed.data);
      const writer = eventWriter(format, io.out);
      for (const e of page.events) writer.write(e);
      writer.end();
      if (page.next) io.err(`dyad: more events: --cursor ${page.next}`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
