import { createDoc } from '../../doc.js';
import { contentId, createDyad } from '../../index.js';
import { dateOption, EXIT, UsageError, type Command } from '../command.js';

/** `dyad explain`: the whole trail for one text: tokens, mentions, events with their rules. */
export const explainCommand: Command = {
  name: 'explain',
  summary: 'show how a sentence was coded: tokens, actors, events and the rules behind them',
  usage: `dyad explain TEXT [--date YYYY-MM-DD]

Prints the tokens with their part of speech, each actor mention with its rule, and each event with
the pattern, modality cue and confidence that produced it.`,
  options: { date: { type: 'string' } },
  async run({ values, positionals }, io) {
    const date = dateOption('date', values.date);
    if (positionals.length !== 1)
      throw new UsageError('dyad explain: give one quoted text. See `dyad explain --help`.');
    const text = positionals[0];
    const dyad = createDyad();
    const doc = dyad.process(createDoc(contentId(text), text, { published: date }));
    const t = doc.tokens!;
    io.out('tokens:');
    io.out('  ' + Array.from(t.start, (s, i) => `${text.slice(s, t.end[i])}/${t.pos[i]}`).join(' '));
    io.out('actors:');
    for (const m of doc.mentions ?? [])
      io.out(
        `  ${JSON.stringify(text.slice(m.start, m.end))} → ${m.code || '(unresolved)'} [${m.rule}]${m.location ? ' place' : ''}`,
      );
    io.out('events:');
    for (const r of dyad.records(doc)) {
      io.out(
        `  ${r.source.code} ${r.code} (${r.name}) ${r.target?.code ?? '-'}  modality=${r.modality} confidence=${r.confidence}`,
      );
      io.out(`    trigger ${JSON.stringify(r.evidence.trigger.text)} rule ${r.rule}`);
      if (r.attribution) io.out(`    claimed by ${r.attribution.code} (${JSON.stringify(r.attribution.text)})`);
    }
    for (const msg of doc.messages) io.out(`note: [${msg.ruleId}] ${msg.reason}`);
    return EXIT.ok;
  },
};
