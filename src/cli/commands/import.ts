import { existsSync } from 'node:fs';
import { loadOntology } from '../../events/ontology.js';
import { openStore } from '../../store/index.js';
import { importGdelt, readLines } from '../../store/export/index.js';
import { choiceOption, EXIT, UsageError, type Command } from '../command.js';

/** `dyad import`: GDELT 2.0 event export files into the store. */
export const importCommand: Command = {
  name: 'import',
  summary: 'import GDELT 2.0 event export files (TSV) into the database',
  usage: `dyad import --format gdelt FILES [--db PATH|URL]

Reads GDELT 2.0 event export files (unzipped .CSV/.tsv, tab-separated, 61 columns) and stores their events beside
dyad's own, so the same queries, exports and dashboard work on both. Re-importing a file changes nothing.`,
  options: { db: { type: 'string' }, format: { type: 'string' } },
  async run({ values, positionals }, io) {
    choiceOption('format', values.format, ['gdelt'] as const, 'gdelt');
    if (!positionals.length)
      throw new UsageError('dyad import: give one or more GDELT export files. See `dyad import --help`.');
    const missing = positionals.find((p) => !existsSync(p));
    if (missing) throw new UsageError(`dyad import: no such file ${missing}.`);
    const ontology = loadOntology();
    const codes = (code: string) => {
      const c = ontology.get(code);
      return c ? { name: c.name, plover: c.plover ? { event: c.plover.event, mode: c.plover.mode } : null } : undefined;
    };
    const store = await openStore(values.db as string | undefined);
    let skipped = 0;
    try {
      for (const file of positionals) {
        const r = await importGdelt(store, readLines(file), {
          input: file,
          codes,
          onSkip: (reason: string) => io.err(`dyad: skipped a row of ${file}: ${reason}`),
        });
        skipped += r.skipped;
        io.err(`dyad: ${file}: ${r.rows} rows, ${r.events} events imported, ${r.skipped} skipped`);
      }
      await store.optimize();
    } finally {
      await store.close();
    }
    return skipped ? EXIT.partial : EXIT.ok;
  },
};
