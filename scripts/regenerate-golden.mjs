// Rewrites the expected output of every golden article in test/fixtures/golden/<name>/ (article.txt + meta.json) from
// the current coder. Run after `npm run build`, only when a change in output is intended, and review the diff.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createDyad, createDoc } from '../dist/index.js';
import { goldenView } from '../dist/golden.js';

const root = new URL('../test/fixtures/golden/', import.meta.url);
const dyad = createDyad();
for (const name of readdirSync(root)) {
  const dir = new URL(`${name}/`, root);
  if (!existsSync(new URL('article.txt', dir))) continue;
  const text = readFileSync(new URL('article.txt', dir), 'utf8');
  const meta = existsSync(new URL('meta.json', dir)) ? JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) : {};
  const doc = dyad.process(createDoc(name, text, meta));
  const lines = dyad.records(doc).map((r) => JSON.stringify(goldenView(r)));
  writeFileSync(new URL('expected.jsonl', dir), lines.join('\n') + '\n');
  console.log(`${name}: ${lines.length} events`);
}
