import { openStore } from '../../store/index.js';
import { choiceOption, EXIT, type Command } from '../command.js';
import { FILTER_OPTIONS, queryFromFlags } from '../filters.js';
import { EVENT_FORMATS, eventWriter } from '../format.js';

/** `dyad events`: queries stored events. */
export const eventsCommand: Command = {
  name: 'events',
  summary: 'query stored events by actor, dyad, code, dates, place or text',
  usage: `dyad events [--db PATH|URL] [--actor X] [--dyad A,B [--directed]] [--code 04] [--quad 3,4] [--modality hedged]
            [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--country ISO3] [--bbox minLon,minLat,maxLon,maxLat]
            [--q WORDS] [--article ID] [--limit N] [--cursor C] [--format jsonl|json|table]

Actor codes match as prefixes (RUS matches RUSGOV). Prints the cursor of the next page on stderr when there is one.`,
  options: { db: { type: 'string' }, format: { type: 'string' }, ...FILTER_OPTIONS },
  async run({ values }, io) {
    const format = choiceOption('format', values.format, EVENT_FORMATS, 'jsonl');
    const query = queryFromFlags('events', values);
    const store = await openStore(values.db as string | undefined);
    try {
      const page = await store.queryEvents(query);
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
