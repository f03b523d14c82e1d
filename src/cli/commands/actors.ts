import { existsSync, readFileSync } from 'node:fs';
import { createDoc } from '../../doc.js';
import { ACTOR_STAGES, contentId, createDyad } from '../../index.js';
import { loadResources } from '../../resources.js';
import { choiceOption, dateOption, EXIT, UsageError, type Command } from '../command.js';

/** `dyad actors`: every actor mention found, with its code, span and rule. */
export const actorsCommand: Command = {
  name: 'actors',
  summary: 'list the actor mentions found in a text, with codes, spans and rules',
  usage: `dyad actors TEXT|FILE [--date YYYY-MM-DD] [--format table|jsonl]

Prints each actor mention: its span, code, kind and the dictionary entry or rule behind it; pronouns and
descriptions show the mention they were resolved to.`,
  options: { date: { type: 'string' }, format: { type: 'string' } },
  async run({ values, positionals }, io) {
    const date = dateOption('date', values.date);
    const format = choiceOption('format', values.format, ['table', 'jsonl'] as const, 'table');
    if (positionals.length !== 1)
      throw new UsageError('dyad actors: give one text (quoted) or one file. See `dyad actors --help`.');
    const arg = positionals[0];
    const text = existsSync(arg) ? readFileSync(arg, 'utf8') : arg;
    const dyad = createDyad({ stages: ACTOR_STAGES, resources: loadResources() });
    const doc = dyad.process(createDoc(contentId(text), text, { published: date }));
    for (const m of doc.mentions ?? []) {
      const ante = m.antecedent !== undefined ? doc.mentions![m.antecedent] : undefined;
      const rec = {
        text: text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        code: m.code,
        kind: m.kind,
        sentence: m.sentence,
        rule: m.rule,
        location: Boolean(m.location),
        group: m.group ?? null,
        resolved_from: ante ? text.slice(ante.start, ante.end) : null,
      };
      if (format === 'jsonl') io.out(JSON.stringify(rec));
      else
        io.out(
          `${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.code.padEnd(12)} ${m.kind.padEnd(12)} ${JSON.stringify(rec.text).padEnd(32)} ${m.rule}${m.location ? ' (place)' : ''}${rec.resolved_from ? ` ← ${rec.resolved_from}` : ''}`,
        );
    }
    return EXIT.ok;
  },
};
