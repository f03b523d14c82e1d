import { createDoc } from '../../doc.js';
import { createDyad } from '../../index.js';
import type { EventRecord } from '../../schema/event-record.js';
import { inputBytes, readInputs } from '../../ingest/read.js';
import { choiceOption, dateOption, EXIT, UsageError, type Command } from '../command.js';
import { EVENT_FORMATS, eventWriter } from '../format.js';
import { createProgress } from '../progress.js';
import { jobsOption } from '../jobs.js';
import { createCodingPool } from '../../parallel/pool.js';

/** `dyad code`: prints the events of each input article. */
export const codeCommand: Command = {
  name: 'code',
  summary: 'code articles into events and print them',
  usage: `dyad code [FILES|-] [--date YYYY-MM-DD] [--format jsonl|json|table] [--min-confidence N] [--jobs N|auto]

Codes each article (.txt, .html, .jsonl, feeds, folders, or - for stdin) and prints one event a line.
  --date             publication date for inputs that carry none of their own (a record's own date wins)
  --format           jsonl (default), json or table
  --min-confidence   leave out events under this confidence (0 to 1)
  --jobs             worker threads coding in parallel: a number, or auto for one per core (default: auto for
                     inputs over 10 MB, else 1; each worker loads its own dictionaries, about 1.5 s and 400 MB)
Exit code 0 when every input was coded, 1 when some were skipped (reasons on stderr), 2 on a usage error.`,
  options: {
    date: { type: 'string' },
    format: { type: 'string' },
    'min-confidence': { type: 'string' },
    jobs: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const date = dateOption('date', values.date);
    const format = choiceOption('format', values.format, EVENT_FORMATS, 'jsonl');
    const minConfidence = values['min-confidence'] === undefined ? 0 : Number(values['min-confidence']);
    if (!(minConfidence >= 0 && minConfidence <= 1))
      throw new UsageError('dyad: --min-confidence must be a number from 0 to 1.');
    if (!positionals.length)
      throw new UsageError('dyad code: give files, folders or - for stdin. See `dyad code --help`.');
    const writer = eventWriter(format, io.out);
    let skipped = 0;
    const totalBytes = await inputBytes(positionals);
    const jobs = jobsOption(values.jobs as string | undefined, totalBytes);
    const progress = createProgress({ stream: io.errStream, totalBytes });
    const inputs = readInputs(positionals, { stdin: io.stdin, onBytes: progress.bytes });
    const skip = (input: string, reason: string) => {
      skipped++;
      progress.clear();
      io.err(`dyad: skipped ${input}: ${reason}`);
    };
    const emit = (records: EventRecord[]) => {
      if (records.length) progress.clear();
      for (const r of records) writer.write(r);
    };
    if (jobs > 1) {
      const pool = createCodingPool({ jobs, minConfidence });
      async function* articles() {
        for await (const item of inputs) {
          if (item.kind === 'skip') skip(item.input, item.reason);
          else yield { id: item.id, text: item.text, meta: { ...item.meta, published: item.meta.published ?? date } };
        }
      }
      try {
        for await (const result of pool.code(articles())) {
          progress.article();
          if (result.skipped) skip(result.id, result.skipped);
          else emit(result.records);
        }
      } finally {
        await pool.close();
      }
    } else {
      const dyad = createDyad({ minConfidence });
      for await (const item of inputs) {
        if (item.kind === 'skip') {
          skip(item.input, item.reason);
          continue;
        }
        const meta = { ...item.meta, published: item.meta.published ?? date };
        const doc = dyad.process(createDoc(item.id, item.text, meta));
        progress.article();
        if (doc.skipped) {
          skip(item.id, doc.messages.find((m) => m.level === 'skip')?.reason ?? 'not coded');
          continue;
        }
        emit(dyad.records(doc));
      }
    }
    progress.done();
    writer.end();
    return skipped ? EXIT.partial : EXIT.ok;
  },
};
