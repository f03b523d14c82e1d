import type { NewsDoc, Sentence, Tokens } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { Nlp } from './nlp.js';

/**
 * Splits text into sentences and tokens with wink-nlp, tags parts of speech and lemmas, and records each
 * token's character offsets into the original text.
 */
export function tokenize(text: string, nlp: Nlp): { sentences: Sentence[]; tokens: Tokens } {
  const its = nlp.its;
  const wd = nlp.readDoc(text);
  const all = wd.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const lemma = all.out(its.lemma) as string[];
  const normal = all.out(its.normal) as string[];
  const n = values.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let at = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
    if (at < 0) at = cursor;
    start[i] = at;
    end[i] = at < cursor ? cursor : Math.min(text.length, at + v.length);
    cursor = end[i];
  }
  const sentence = new Int32Array(n);
  const sentences: Sentence[] = [];
  // Token ranges `[first, last]` (inclusive) of each sentence: cheaper than walking sentence objects.
  const spans = wd.sentences().out(its.span) as [number, number][];
  let first = 0;
  for (const span of spans) {
    const len = span[1] - span[0] + 1;
    if (len <= 0) continue;
    const endToken = first + len;
    sentence.fill(sentences.length, first, endToken);
    sentences.push({ start: start[first], end: end[endToken - 1], firstToken: first, endToken });
    first = endToken;
  }
  return {
    sentences,
    tokens: {
      start,
      end,
      pos,
      lemma: lowerAll(lemma, normal),
      normal,
      sentence,
    },
  };
}

/**
 * Lower-cases lemmas in place (wink's are nearly always lower case already, so most strings are kept as they are);
 * a token wink gave no lemma takes its normal form.
 */
function lowerAll(words: string[], fallback: string[]): string[] {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? fallback[i] ?? '';
    const l = w.toLowerCase();
    if (l !== words[i]) words[i] = l;
  }
  return words;
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'shall', "'ll", 'to']);

/** The base form of a past participle that WordNet knows as a verb ("pressured" → "pressure", "stopped" → "stop"). */
function participleBase(word: string, verbs: ReadonlySet<string>): string | null {
  if (!word.endsWith('ed') || word.length < 5) return null;
  const stem = word.slice(0, -2);
  const candidates = [stem + 'e', stem, word.slice(0, -3) + 'y'];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  return candidates.find((c) => verbs.has(c)) ?? null;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HAVE = new Set(['has', 'have', 'had', 'having']);

/** Irregular past participles news uses for acts, which a tagger may read as nouns ("had shot down", "has hit"). */
const IRREGULAR: Readonly<Record<string, string>> = {
  shot: 'shoot',
  struck: 'strike',
  hit: 'hit',
  met: 'meet',
  held: 'hold',
  fought: 'fight',
  sent: 'send',
  taken: 'take',
  given: 'give',
  sought: 'seek',
  brought: 'bring',
  sold: 'sell',
  told: 'tell',
  thrown: 'throw',
  won: 'win',
  shut: 'shut',
  cut: 'cut',
  laid: 'lay',
  led: 'lead',
  broken: 'break',
  stolen: 'steal',
  seen: 'see',
  spoken: 'speak',
  withdrawn: 'withdraw',
  overthrown: 'overthrow',
  beaten: 'beat',
  fired: 'fire',
};

/**
 * Repairs the tag of a verb the tagger read as an adjective or noun where only a verb fits: right after a modal
 * ("would free 150 prisoners", "will host the summit"), a past participle after "have" ("had shot down 20 drones"),
 * or an "-ed" form between a subject and its object ("the United States pressured Israel") or after "be" before "by"
 * ("was pressured by Congress"). The word must be a verb
 * WordNet knows, written in lower case when `text` is given ("Occupied" in a name stays); its lemma becomes the base
 * form. Changes `tokens` in place; returns how many tags it changed.
 */
export function repairVerbTags(tokens: Tokens, verbs: ReadonlySet<string>, text?: string): number {
  const { pos, normal, lemma } = tokens;
  let changed = 0;
  for (let i = 1; i < pos.length - 1; i++) {
    if (pos[i] !== 'ADJ' && pos[i] !== 'NOUN') continue;
    if (tokens.sentence[i - 1] !== tokens.sentence[i]) continue;
    if (text && /[A-Z]/.test(text[tokens.start[i]])) continue;
    const next = pos[i + 1];
    let k = i - 1;
    if (pos[k] === 'PART' || pos[k] === 'ADV') k--;
    let base: string | null = null;
    if (k >= 0 && MODALS.has(normal[k]) && (pos[k] === 'AUX' || pos[k] === 'PART')) {
      if (verbs.has(normal[i]) && ['NUM', 'DET', 'PROPN', 'PRON', 'ADP'].includes(next)) base = normal[i];
    } else if (
      pos[i] === 'ADJ' &&
      (pos[i - 1] === 'PROPN' || pos[i - 1] === 'PRON') &&
      ['DET', 'PROPN'].includes(next)
    ) {
      base = participleBase(normal[i], verbs);
    } else if (pos[i] === 'ADJ' && BE.has(normal[i - 1]) && normal[i + 1] === 'by') {
      base = participleBase(normal[i], verbs);
    } else if (HAVE.has(normal[k]) && ['DET', 'PROPN', 'NUM', 'PRON', 'ADP'].includes(next)) {
      base = IRREGULAR[normal[i]] ?? participleBase(normal[i], verbs);
    }
    if (!base) continue;
    pos[i] = 'VERB';
    lemma[i] = base;
    changed++;
  }
  return changed;
}

/**
 * Pipeline stage: sentences, tokens, POS and lemmas from wink-nlp, with verbs after modals repaired
 * ({@link repairVerbTags}) when WordNet's verb lemmas are loaded (`resources.patterns.verbLemmas`).
 */
export const tokens: Stage = {
  name: 'tokens',
  reads: ['text'],
  adds: ['sentences', 'tokens'],
  run(doc: NewsDoc, resources) {
    const { sentences, tokens } = tokenize(doc.text, resources.nlp);
    const verbs = (resources.patterns as { verbLemmas?: ReadonlySet<string> } | undefined)?.verbLemmas;
    if (verbs) repairVerbTags(tokens, verbs, doc.text);
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
};
