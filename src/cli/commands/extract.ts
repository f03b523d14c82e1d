import { readInputs } from '../../ingest/read.js';
import { choiceOption, EXIT, UsageError, type Command } from '../command.js';

/** `dyad extract`: prints the main text and metadata of each input article. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the article text and metadata found in each input',
  usage: `dyad extract [FILES|-] [--format jsonl|json]

Extracts each article's main text (HTML through Readability with dyad's cleaning) and prints
{"id", "url", "title", "text", "published", "byline"} per article.`,
  options: { format: { type: 'string' } },
  async run({ values, positionals }, io) {
    const format = choiceOption('format', values.format, ['jsonl', 'json'] as const, 'jsonl');
    if (!positionals.length)
      throw new UsageError('dyad extract: give files, folders or - for stdin. See `dyad extract --help`.');
    const all: unknown[] = [];
    let skipped = 0;
    for await (const item of readInputs(positionals, { stdin: io.stdin })) {
      if (item.kind === 'skip') {
        skipped++;
        io.err(`dyad: skipped ${item.input}: ${item.reason}`);
        continue;
      }
      const rec = {
        id: item.id,
        url: item.meta.url ?? null,
        title: item.meta.title ?? null,
        text: item.text,
        published: item.meta.published ?? null,
        byline: item.meta.byline ?? null,
      };
      if (format === 'jsonl') io.out(JSON.stringify(rec));
      else all.push(rec);
    }
    if (format === 'json') io.out(JSON.stringify(all, null, 2));
    return skipped ? EXIT.partial : EXIT.ok;
  },
};
