import { createDoc } from '../../doc.js';
import { createDyad } from '../../index.js';
import { inputBytes, readInputs } from '../../ingest/read.js';
import { choiceOption, dateOption, EXIT, UsageError, type Command } from '../command.js';
import { EVENT_FORMATS, eventWriter } from '../format.js';
import { createProgress } from '../progress.js';

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
    if (!(minConfidence >= 0 && minConfidence <= 1))
      throw new UsageError('dyad: --min-confidence must be a number from 0 to 1.');
    if (!positionals.length)
      throw new UsageError('dyad code: give files, folders or - for stdin. See `dyad code --help`.');
    const dyad = createDyad({ minConfidence });
    const writer = eventWriter(format, io.out);
    let skipped = 0;
    const progress = createProgress({ stream: io.errStream, totalBytes: await inputBytes(positionals) });
    for await (const item of readInputs(positionals, { stdin: io.stdin, onBytes: progress.bytes })) {
      if (item.kind === 'skip') {
        skipped++;
        progress.clear();
        io.err(`dyad: skipped ${item.input}: ${item.reason}`);
        continue;
      }
      const meta = { ...item.meta, published: item.meta.published ?? date };
      const doc = dyad.process(createDoc(item.id, item.text, meta));
      progress.article();
      if (doc.skipped) {
        skipped++;
        progress.clear();
        const why = doc.messages.find((m) => m.level === 'skip');
        io.err(`dyad: skipped ${item.id}: ${why?.reason ?? 'not coded'}`);
        continue;
      }
      const records = dyad.records(doc);
      if (records.length) progress.clear();
      for (const r of records) writer.write(r);
    }
    progress.done();
    writer.end();
    return skipped ? EXIT.partial : EXIT.ok;
  },
};
