// Runs the event test table (test/events/cases/*.yaml) through the built coder and prints each failing case with
// what was expected and what came out, plus a tally. Run `npm run build` first.
//   node scripts/case-report.mjs [FILTER]     FILTER: a substring of the file name or the text
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createDyad } from '../dist/index.js';

const dir = new URL('../test/events/cases/', import.meta.url);
const filter = process.argv[2];
const dyad = createDyad();
const norm = (l) => {
  const [s, c, t, m] = l.split(' ');
  return `${s} ${c} ${t} ${m ?? 'asserted'}`;
};
let pass = 0,
  fail = 0;
const passes = [];
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  for (const c of parse(readFileSync(new URL(f, dir), 'utf8')) ?? []) {
    if (filter && !f.includes(filter) && !c.text.includes(filter)) continue;
    const want = c.events.map(norm).sort();
    const recs = dyad.codeText(c.text, { date: c.date });
    const got = recs.map((r) => `${r.source.code} ${r.code} ${r.target?.code ?? '-'} ${r.modality}`).sort();
    if (JSON.stringify(want) === JSON.stringify(got)) {
      pass++;
      if (process.env.PASSES) passes.push(c.text);
      continue;
    }
    fail++;
    console.log(`\n[${f}] ${c.text}${c.date ? ` (${c.date})` : ''}`);
    console.log(`  want: ${want.join(' | ') || '(none)'}`);
    for (const r of recs)
      console.log(
        `  got:  ${r.source.code} ${r.code} ${r.target?.code ?? '-'} ${r.modality}  [${r.rule}] "${r.evidence.trigger.text}"`,
      );
    if (!recs.length) console.log('  got:  (none)');
  }
}
console.log(`\npass ${pass}, fail ${fail}`);
if (process.env.PASSES) (await import('node:fs')).writeFileSync(process.env.PASSES, passes.join('\n') + '\n');
