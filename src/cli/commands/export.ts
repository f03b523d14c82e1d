import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { openStore } from '../../store/index.js';
import { EXPORT_FORMATS, exportEvents } from '../../store/export/index.js';
import { choiceOption, EXIT, type Command } from '../command.js';
import { FILTER_OPTIONS, queryFromFlags } from '../filters.js';

/** `dyad export`: stored events as GDELT 2.0, GDELT mentions, PLOVER, CSV or JSONL. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'export stored events as GDELT 2.0 events or mentions TSV, PLOVER JSONL, CSV or JSONL',
  usage: `dyad export --format gdelt|gdelt-mentions|plover|csv|jsonl [--db PATH|URL] [--out FILE] [event filters]

Streams every matching event (filters as in \`dyad events\`) to stdout or --out. GDELT output has the 61 columns
of GDELT 2.0 events; fields dyad does not have are left empty.`,
  options: { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, ...FILTER_OPTIONS },
  async run({ values }, io) {
    const format = choiceOption('format', values.format, EXPORT_FORMATS, 'csv');
    const query = queryFromFlags('export', values);
    const store = await openStore(values.db as string | undefined);
    try {
      const file = typeof values.out === 'string' ? createWriteStream(values.out) : null;
      for await (const line of exportEvents(store, query, format)) {
        const row = line.endsWith('\n') ? line : line + '\n';
        if (file) {
          if (!file.write(row)) await once(file, 'drain');
        } else io.out(row.slice(0, -1));
      }
      if (file) await new Promise<void>((res, rej) => file.end((e?: Error | null) => (e ? rej(e) : res())));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
