import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/**
 * franc-min's `francAll(value, { only, minLength: 1 })`, computed the same way but faster: the same script test, the same
 * trigrams (franc's cleaning), the same distances and normalisation, so the scores come out identical (a test compares
 * them on real and random text). franc counts trigrams in a plain object and then looks each one up in every
 * language's model object; here a trigram is counted in a `Map` and looked up once in a table that holds its rank in
 * every language of the script. About 5–10 times faster on an article, which matters because `language` asks franc
 * about every article whose English function words are too few to decide alone.
 */

/** franc-min's constants: longest sample read, and the distance of a trigram missing from a model. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** One script's models restricted to the allowed languages: each trigram's rank per language (−1 when absent). */
interface ScriptTable {
  languages: string[];
  ranks: Map<string, Int32Array>;
}

const tables = new Map<string, ScriptTable>();

function scriptTable(script: string, only: readonly string[]): ScriptTable {
  const key = `${script}\u0000${only.join(',')}`;
  let table = tables.get(key);
  if (table) return table;
  const models = data[script];
  const languages: string[] = [];
  for (const language in models) if (only.length === 0 || only.includes(language)) languages.push(language);
  const ranks = new Map<string, Int32Array>();
  languages.forEach((language, li) => {
    const model = models[language].split('|');
    // As franc builds its model objects: walking down from the last index, so the first occurrence's index wins.
    for (let weight = model.length - 1; weight >= 0; weight--) {
      let r = ranks.get(model[weight]);
      if (!r) ranks.set(model[weight], (r = new Int32Array(languages.length).fill(-1)));
      r[li] = weight;
    }
  });
  table = { languages, ranks };
  tables.set(key, table);
  return table;
}

/** franc's top script: the expression with the largest share of matches (first one on a tie). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script in expressions) {
    const count = (value.match(expressions[script])?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** Trigram counts of franc's cleaned text: ASCII punctuation and digits to spaces, white space collapsed, lower case. */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const t = cleaned.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** The same result as franc-min's `francAll(input, { only, minLength: 1 })`: `[iso639-3, score]`, best first. */
export function trigramScores(input: string, only: readonly string[]): [string, number][] {
  if (!input) return [['und', 1]];
  const value = input.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !(script in data)) {
    if (!script || share === 0 || !(only.length === 0 || only.includes(script))) return [['und', 1]];
    return [[script, 1]];
  }
  const { languages, ranks } = scriptTable(script, only);
  if (!languages.length) return [['und', 1]];
  const n = languages.length;
  const distance = new Array<number>(n).fill(0);
  for (const [trigram, count] of trigramCounts(value)) {
    const r = ranks.get(trigram);
    if (!r) {
      for (let l = 0; l < n; l++) distance[l] += MAX_DIFFERENCE;
      continue;
    }
    for (let l = 0; l < n; l++) {
      const rank = r[l];
      distance[l] += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  const scores = languages.map((l, i): [string, number] => [l, distance[i]]).sort((a, b) => a[1] - b[1]);
  const min = scores[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const s of scores) s[1] = 1 - (s[1] - min) / max || 0;
  return scores;
}
