import { createDoc } from '../../doc.js';
import { createDyad } from '../../index.js';
import { readInputs } from '../../ingest/read.js';
import { choiceOption, dateOption, EXIT, UsageError, type Command } from '../command.js';
import { EVENT_FORMATS, eventWriter } from '../format.js';

/** `dyad code`: prints the events of each input article. */
export const codeCommand: Command = {
  name: 'code',
  summary: 'code articles into events and print them',
  usage: `dyad code [FILES|-] [--date YYYY-MM-DD] [--format jsonl|json|table] [--min-confidence N]

Codes each article (.txt, .html, .jsonl, feeds, folders, or - for stdin) and prints one event a line.
  --date             publication date for inputs that carry none of their own (a record's own date wins)
  --format           jsonl (default), json or table
  --min-confidence   leave out events under this confidence (0 to 1)
Exit code 0 when every input was coded, 1 when some were skipped (reasons on stderr), 2 on a usage error.`,
  options: {
    date: { type: 'string' },
    format: { type: 'string' },
    'min-confidence': { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const date = dateOption('date', values.date);
    const format = choiceOption('format', values.format, EVENT_FORMATS, 'jsonl');
    const minConfidence = values['min-confidence'] === undefined ? 0 : Number(values['min-confidence']);
    if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError('dyad: --min-confidence must be a number from 0 to 1.');
    if (!positionals.length) throw new UsageError('dyad code: give files, folders or - for stdin. See `dyad code --help`.');
    const dyad = createDyad({ minConfidence });
    const writer = eventWriter(format, io.out);
    let skipped = 0;
    for await (const item of readInputs(positionals, { stdin: io.stdin })) {
      if (item.kind === 'skip') {
        skipped++;
        io.err(`dyad: skipped ${item.input}: ${item.reason}`);
        continue;
      }
      const meta = { ...item.meta, published: item.meta.published ?? date };
      const doc = dyad.process(createDoc(item.id, item.text, meta));
      if (doc.skipped) {
        skipped++;
        const why = doc.messages.find((m) => m.level === 'skip');
        io.err(`dyad: skipped ${item.id}: ${why?.reason ?? 'not coded'}`);
        continue;
      }
      for (const r of dyad.records(doc)) writer.write(r);
    }
    writer.end();
    return skipped ? EXIT.partial : EXIT.ok;
  },
};
