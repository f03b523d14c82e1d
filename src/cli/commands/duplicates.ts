import { findDuplicateGroups } from '../../context/dedup.js';
import { readInputs } from '../../ingest/read.js';
import { choiceOption, EXIT, UsageError, type Command } from '../command.js';

/** `dyad duplicates`: near-duplicate articles (syndicated copies, updated versions) among the inputs. */
export const duplicatesCommand: Command = {
  name: 'duplicates',
  summary: 'find near-duplicate articles (syndicated copies, updated versions) among the inputs',
  usage: `dyad duplicates [FILES|-] [--threshold 0.4] [--format table|json]

Groups articles whose texts are near-duplicates (MinHash over 5-word shingles with locality-sensitive hashing, then
estimated Jaccard similarity, or containment for trimmed copies) and counts them. Nothing is removed: events of
copies are folded into one act by the store, with every mention kept.`,
  options: { threshold: { type: 'string' }, format: { type: 'string' } },
  async run({ values, positionals }, io) {
    const format = choiceOption('format', values.format, ['table', 'json'] as const, 'table');
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
    if (threshold !== undefined && !(threshold > 0 && threshold <= 1))
      throw new UsageError('dyad: --threshold must be a number above 0 and at most 1.');
    if (!positionals.length)
      throw new UsageError('dyad duplicates: give files, folders or - for stdin. See `dyad duplicates --help`.');
    const docs: { id: string; text: string; title?: string }[] = [];
    let skipped = 0;
    for await (const item of readInputs(positionals, { stdin: io.stdin })) {
      if (item.kind === 'skip') {
        skipped++;
        io.err(`dyad: skipped ${item.input}: ${item.reason}`);
      } else docs.push({ id: item.id, text: item.text, title: item.meta.title });
    }
    const { groups, pairs } = findDuplicateGroups(docs, threshold === undefined ? {} : { threshold });
    if (format === 'json') io.out(JSON.stringify({ articles: docs.length, groups, pairs }, null, 2));
    else {
      const copies = groups.reduce((n, g) => n + g.length, 0);
      io.out(
        `${docs.length} articles; ${groups.length} groups of near-duplicates holding ${copies} articles (${copies - groups.length} copies)`,
      );
      const title = new Map(docs.map((d) => [d.id, d.title]));
      for (const g of groups)
        io.out(`  ${g.map((id) => (title.get(id) ? `${id} (${title.get(id)})` : id)).join('  ≈  ')}`);
    }
    return skipped ? EXIT.partial : EXIT.ok;
  },
};
