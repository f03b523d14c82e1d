/**
 * Clause frames around a verb that change what it codes: a passive with its object noun in front, the place a weapon
 * was fired from, an indirect question, an offer that was turned down.
 *
 * @packageDocumentation
 */
import { mentionIndexAt, type SentenceView } from './sentence-view.js';

/**
 * Where a weapon was fired from, for a passive attack with no agent ("rockets were fired from Gaza at Israel"): the
 * actor or place named after "from" in the verb's clause stands for the side that fired; or -1.
 */
export function launchedFrom(v: SentenceView, i: number): number {
  for (let j = i + 1; j < v.end && j <= i + 10; j++) {
    if (v.pos[j] === 'VERB' || v.pos[j] === 'AUX' || v.pos[j] === 'SCONJ' || v.norm[j] === ',') return -1;
    if (v.norm[j] !== 'from') continue;
    let k = j + 1;
    while (k < v.end && (v.pos[k] === 'DET' || (v.pos[k] === 'ADJ' && mentionIndexAt(v, k) < 0))) k++;
    return mentionIndexAt(v, k);
  }
  return -1;
}

/**
 * The head noun of a passive verb's subject when it is no actor ("Sanctions were imposed", "Evidence against Russia
 * was presented"): the last noun before the auxiliaries, or before the prepositional phrase that follows it; or -1.
 */
export function frontedObject(v: SentenceView, i: number): number {
  let j = i - 1;
  while (j >= v.first && (v.pos[j] === 'AUX' || v.pos[j] === 'ADV' || v.pos[j] === 'PART')) j--;
  if (j < v.first || j === i - 1) return -1;
  if (mentionIndexAt(v, j) >= 0) {
    const m = v.doc.mentions![mentionIndexAt(v, j)];
    let k = m.tokenStart - 1;
    while (k >= v.first && (v.pos[k] === 'DET' || v.pos[k] === 'ADJ')) k--;
    if (k < v.first || v.pos[k] !== 'ADP') return -1;
    j = k - 1;
  }
  if (j < v.first || mentionIndexAt(v, j) >= 0) return -1;
  return v.pos[j] === 'NOUN' || (v.pos[j] === 'PROPN' && j === v.first) ? j : -1;
}

/**
 * True when the verb is inside an indirect question ("refused to say whether they would support the plan", "asked if
 * the talks would resume"): what is asked about has not happened, and is no event.
 */
export function inQuestion(v: SentenceView, i: number, clauseStart: number): boolean {
  for (let j = i - 1; j >= v.first && j >= clauseStart - 1 && j >= i - 8; j--) {
    if (v.norm[j] === 'whether') return true;
    if (v.norm[j] === ',' || v.norm[j] === ';') return false;
  }
  return false;
}

/** Verbs that turn down what their object offers or plans: its content will not happen. */
const TURN_DOWN = new Set(['reject', 'decline', 'refuse', 'dismiss', 'rebuff', 'spurn', 'deny', 'veto', 'block']);

/** True when the noun phrase headed at `noun` is the object of a verb that turns it down ("rejected his offer to"). */
export function rejectedNoun(v: SentenceView, noun: number): boolean {
  let j = noun - 1;
  while (
    j >= v.first &&
    (['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'PRON'].includes(v.pos[j]) || mentionIndexAt(v, j) >= 0)
  )
    j--;
  return j >= v.first && v.pos[j] === 'VERB' && TURN_DOWN.has(v.lemma[j]);
}

/** Verbs of winning, which a sports report shares with violence ("beat", "crushed", "routed"). */
const WINNING = new Set(['beat', 'defeat', 'crush', 'thrash', 'rout', 'hammer', 'edge', 'down', 'trounce', 'outplay']);
const SPORTS_WORDS =
  /\b(?:match|matches|game|games|final|finals|semi-final|semifinal|quarter-final|cup|league|tournament|championship|title|goal|goals|football|soccer|cricket|rugby|basketball|hockey|tennis|volleyball|team|squad|side|wicket|wickets|innings|runs|points|set|sets|olympics)\b/i;

/**
 * True when a verb of winning reports a sports result ("Georgia beat Portugal 2-0", "India crushed Pakistan in the
 * final"): a score or a word of sport in the sentence. Such a "beating" is no assault.
 */
export function isSportsResult(v: SentenceView, i: number): boolean {
  if (!WINNING.has(v.lemma[i])) return false;
  const text = v.doc.text.slice(v.sentence.start, v.sentence.end);
  return /\b\d{1,3}\s?[-–:]\s?\d{1,3}\b/.test(text) || SPORTS_WORDS.test(text);
}
