import { mentionIndexAt, type SentenceView } from './sentence-view.js';
import { RELATIVE } from './words.js';

/** Words that open a subordinate clause: a verb after them is not the main verb a reduced relative hangs on. */
const SUBORDINATE = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'as',
  'since',
  'until',
  'if',
  'although',
  'though',
  'that',
]);

/**
 * Words tagged as verbs that do not head a clause of their own: participles used as adjectives, gerunds used as nouns
 * or as complements, and reduced relative clauses.
 */

/** Prepositions whose gerund is a complement ("capable of launching", "accused of attacking"), not an act in itself. */
const COMPLEMENT_PREPS = new Set([
  'of',
  'for',
  'about',
  'without',
  'from',
  'against',
  'than',
  'despite',
  'toward',
  'towards',
]);

export function isComplementGerund(v: SentenceView, i: number): boolean {
  if (!/ing$/.test(v.norm[i])) return false;
  let j = i - 1;
  while (j >= v.first && v.pos[j] === 'ADV') j--;
  if (j < v.first) return false;
  if (COMPLEMENT_PREPS.has(v.norm[j])) return true;
  return TOPIC_PREPS.has(v.norm[j]) && j - 1 >= v.first && (v.pos[j - 1] === 'NOUN' || v.pos[j - 1] === 'PROPN');
}

/** Prepositions that, after a noun, make a gerund its topic: "talks on restoring relations", "a deal about reducing". */
const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

const ATTRIBUTIVE_BEFORE = new Set(['DET', 'ADP', 'ADJ', 'NUM', 'SCONJ', 'VERB', 'PART']);
/** Before a participle that precedes a name, only words inside a noun phrase make it an adjective ("the exiled Kim"). */
const NP_INTERNAL = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'VERB', 'PART']);

/**
 * True when a word tagged as a verb modifies a noun: a participle before its noun ("exiled leaders", "the occupied
 * territories") or a gerund used as a noun ("the museum shooting").
 */
export function isAttributive(v: SentenceView, i: number): boolean {
  const w = v.norm[i];
  if (/(ed|en)$/.test(w) && i > v.first && (v.norm[i - 1] === '-' || v.norm[i - 1] === '–')) return true;
  let j = i - 1;
  while (j >= v.first && v.pos[j] === 'ADV') j--;
  const prev = j >= v.first ? v.pos[j] : 'PUNCT';
  const prevInMention = j >= v.first && mentionIndexAt(v, j) >= 0;
  const next = i + 1 < v.end ? v.pos[i + 1] : 'PUNCT';
  if (/(ed|en)$/.test(w) && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ' || mentionIndexAt(v, i + 1) >= 0)) {
    const before = mentionIndexAt(v, i + 1) >= 0 || next === 'PROPN' ? NP_INTERNAL : ATTRIBUTIVE_BEFORE;
    if (before.has(prev) && !prevInMention && v.lemma[j] !== 'be' && v.lemma[j] !== 'have') return true;
  }
  if (
    /ing$/.test(w) &&
    (prev === 'DET' ||
      (prev === 'PART' && /'s$|’s$/.test(v.norm[j])) ||
      ((prev === 'NOUN' || prev === 'PROPN') && !prevInMention))
  )
    return true;
  if (/ing$/.test(w) && prevInMention && inPrepositionalPhrase(v, mentionIndexAt(v, j))) return true;
  return false;
}

/** True when a mention is the object of a preposition ("in Israeli tank shelling"): a gerund after it is a noun. */
function inPrepositionalPhrase(v: SentenceView, mi: number): boolean {
  let k = v.doc.mentions![mi].tokenStart - 1;
  while (k >= v.first && (v.pos[k] === 'DET' || v.pos[k] === 'ADJ')) k--;
  return k >= v.first && v.pos[k] === 'ADP';
}

/**
 * True when a past participle after its noun is a reduced relative clause ("the civilians imprisoned for ... were
 * released"): it sits right after the subject and the clause has its own main verb later.
 */
export function isReducedRelative(v: SentenceView, i: number): boolean {
  if (!/ed$/.test(v.norm[i]) || v.norm[i] === v.lemma[i]) return false;
  const prev = i - 1;
  if (prev < v.first || !(mentionIndexAt(v, prev) >= 0 || v.pos[prev] === 'NOUN')) return false;
  let np = prev;
  const mi = mentionIndexAt(v, prev);
  if (mi >= 0) np = v.doc.mentions![mi].tokenStart;
  while (np > v.first && ['ADJ', 'DET', 'NUM', 'NOUN', 'PROPN'].includes(v.pos[np - 1])) np--;
  if (np > v.first && v.pos[np - 1] === 'ADP') {
    for (let k = v.first; k < np - 1; k++) if (v.pos[k] === 'VERB') return true;
  }
  if (v.norm[i + 1] === 'by' && mentionIndexAt(v, i + 2) + mentionIndexAt(v, i + 3) > -2) return true;
  if (v.norm[v.first] === 'there' && v.lemma[v.first + 1] === 'be') return true;
  if (v.pos[i + 1] !== 'ADP' && v.pos[i + 1] !== 'SCONJ' && v.norm[i + 1] !== ',') return false;
  for (let j = i + 1; j < v.end - 1; j++) {
    if (v.norm[j] === ';' || v.norm[j] === ',' || RELATIVE.has(v.norm[j]) || SUBORDINATE.has(v.norm[j])) return false;
    if (v.pos[j] === 'AUX' && v.lemma[j] === 'be' && v.pos[j + 1] === 'VERB') return true;
  }
  return false;
}
