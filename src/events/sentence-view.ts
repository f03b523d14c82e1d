import type { Mention, NewsDoc, Sentence } from '../doc.js';
import { CLAUSE_STOPS, PREPOSITIONS, RELATIVE } from './words.js';

/**
 * A read-only view of one sentence for the coder: token words, lemmas, POS, which mention covers which token, and
 * the spans of relative clauses.
 */
export interface SentenceView {
  doc: NewsDoc;
  index: number;
  sentence: Sentence;
  first: number;
  end: number;
  /** Lower-case surface form per token (document-wide index). */
  norm: string[];
  lemma: string[];
  pos: string[];
  /** Mentions of this sentence, by document index. */
  mentions: number[];
  /** For each token of the sentence (offset by `first`), the index of the mention covering it, or -1. */
  mentionAt: Int32Array;
  /** For each token (offset by `first`), 1 when inside a relative clause ", which ...". */
  relative: Uint8Array;
  /** For each token (offset by `first`), 1 when a pattern may not reach over it (clause boundaries). */
  stop: Uint8Array;
  /** Whether a name is a known place (the gazetteer's answer), when the places are loaded. */
  placeNamed?: (name: string) => boolean;
}

/** Subordinators a pattern never reaches over. */
const PATTERN_STOPS = new Set(['where', 'while', 'although', 'though', 'because', 'whereas', 'unless', 'when', 'if']);

/** Builds the view of sentence `s` of a document whose tokens and mentions are set. */
export function viewSentence(doc: NewsDoc, s: number, norm: string[], mentionsBySentence: number[][]): SentenceView {
  const sentence = doc.sentences![s];
  const t = doc.tokens!;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  const mentionAt = new Int32Array(end - first).fill(-1);
  const mentions = mentionsBySentence[s] ?? [];
  for (const mi of mentions) {
    const m = doc.mentions![mi];
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (mentionAt[i - first] < 0) mentionAt[i - first] = mi;
  }
  const relative = new Uint8Array(end - first);
  for (let i = first; i < end; i++) {
    if (!RELATIVE.has(norm[i])) continue;
    const prev = norm[i - 1];
    const prevPos = t.pos[i - 1];
    if (
      prev !== ',' &&
      !(i - 1 >= first && mentionAt[i - 1 - first] >= 0) &&
      prevPos !== 'NOUN' &&
      prevPos !== 'PRON' &&
      prevPos !== 'PROPN'
    )
      continue;
    let j = i;
    while (j < end && norm[j] !== ',' && !CLAUSE_STOPS.has(norm[j]) && norm[j] !== '.') j++;
    relative.fill(1, i - first, j - first);
  }
  const stop = new Uint8Array(end - first);
  for (let i = first; i < end; i++) {
    const w = norm[i];
    if (
      CLAUSE_STOPS.has(w) ||
      w === '.' ||
      RELATIVE.has(w) ||
      PATTERN_STOPS.has(w) ||
      (w === ',' && t.pos[i + 1] === 'VERB')
    )
      stop[i - first] = 1;
  }
  return { doc, index: s, sentence, first, end, norm, lemma: t.lemma, pos: t.pos, mentions, mentionAt, relative, stop };
}

/** The mention covering token `i`, or undefined. */
export function mentionAt(v: SentenceView, i: number): Mention | undefined {
  if (i < v.first || i >= v.end) return undefined;
  const mi = v.mentionAt[i - v.first];
  return mi >= 0 ? v.doc.mentions![mi] : undefined;
}

/** Index in `doc.mentions` of the mention covering token `i`, or -1. */
export function mentionIndexAt(v: SentenceView, i: number): number {
  if (i < v.first || i >= v.end) return -1;
  return v.mentionAt[i - v.first];
}

/** Days, months and deictic time words: "Ukrainian lawmakers Tuesday endorsed" has a subject, not a modifier. */
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|june|july|august|september|october|november|december)$/;

/** True when the mention is a noun modifier ("Russia-North Korea relations", "U.S. policy"), not a head. */
export function isModifier(v: SentenceView, m: Mention): boolean {
  const next = m.tokenEnd;
  if (next >= v.end) return false;
  if (v.norm[next] === '-' || v.norm[next] === '–') return true;
  const p = v.pos[next];
  if (p === 'NOUN' && v.norm[next + 1] === 'to' && v.pos[next + 2] === 'VERB') return false;
  if (TIME_WORDS.test(v.norm[next])) return false;
  return (
    (p === 'NOUN' || (p === 'PROPN' && mentionIndexAt(v, next) < 0)) &&
    !/^(officials?|forces|troops)$/.test(v.norm[next])
  );
}

/** The preposition right before a mention (skipping "the"), or null. */
export function prepositionBefore(v: SentenceView, m: Mention): string | null {
  let i = m.tokenStart - 1;
  while (
    i >= v.first &&
    (v.norm[i] === 'the' || v.norm[i] === 'both' || v.pos[i] === 'ADJ' || v.pos[i] === 'DET' || v.pos[i] === 'NUM')
  )
    i--;
  if (i < v.first) return null;
  return PREPOSITIONS.has(v.norm[i]) ? v.norm[i] : null;
}

/** Members of a mention's compound group in this sentence (the mention alone when it has none). */
export function groupMembers(v: SentenceView, mi: number): number[] {
  const m = v.doc.mentions![mi];
  if (m.group === undefined) return [mi];
  return v.mentions.filter((k) => v.doc.mentions![k].group === m.group);
}
