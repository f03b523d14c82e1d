import type { Pattern, PatternSet } from './patterns.js';
import { groupMembers, mentionIndexAt, type SentenceView } from './sentence-view.js';
import { isAttributive } from './verb-forms.js';
import { repairVerbLemma } from '../text/wordnet.js';

const MAX_GAP = 4;

/** A pattern matched at a trigger token. */
export interface PatternMatch {
  pattern: Pattern;
  trigger: number;
  /** Last token the pattern consumed. */
  last: number;
  /** Target mention from the pattern's slot, or -1. */
  target: number;
  /** Tokens consumed by word elements (so a noun pattern does not fire again on them). */
  consumed: number[];
  score: number;
  /** True when every word matched but no actor stood in the final target slot. */
  missedFinalSlot?: boolean;
}

function isStop(v: SentenceView, j: number): boolean {
  return v.stop[j - v.first] === 1;
}

/** Prepositions after which a place is where the act goes, and so its target ("travel to Vietnam", "fire into Israel"). */
const DESTINATION = new Set(['to', 'into', 'toward', 'towards', 'on', 'at', 'against']);
const ARRIVALS = new Set(['arrive', 'land', 'stop', 'touch', 'attend']);
/** Protests are aimed at the government of the place where they happen ("rallied in Tbilisi"). */
const PROTEST = /^14/;

/** True when a place starting at token `start` may fill a target slot: after a destination word, or "arrive in". */
function placeCanBeTarget(v: SentenceView, p: Pattern, start: number): boolean {
  let k = start - 1;
  while (k > v.first && (v.pos[k] === 'DET' || v.pos[k] === 'ADJ')) k--;
  const prep = v.norm[k];
  return (
    DESTINATION.has(prep) || ((prep === 'in' || prep === 'outside') && (ARRIVALS.has(p.head) || PROTEST.test(p.code)))
  );
}

/** Words after which a target slot is a prepositional object; elsewhere it is a direct object, which no preposition precedes. */
const PREPOSITION_WORDS = new Set([
  'to',
  'into',
  'on',
  'at',
  'against',
  'with',
  'for',
  'from',
  'of',
  'in',
  'over',
  'toward',
  'towards',
  'between',
  'by',
  'about',
  'upon',
  'near',
  'along',
  'outside',
  'across',
  'through',
  'behind',
  'off',
  'among',
  'onto',
  'inside',
]);

/** Possessive determiners: "his Indian counterpart" is the counterpart, not "his". */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** Particles a direct object may follow ("called on Iran to", "demanded that Washington"), and "of" after a quantity. */
const PARTICLES = new Set(['on', 'upon', 'that', 'up', 'out', 'off', 'down', 'back']);
const QUANTITIES = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'millions',
  'tens',
  'some',
  'many',
  'several',
  'all',
  'most',
  'members',
  'group',
  'number',
]);

function crossable(v: SentenceView, j: number, head: number): boolean {
  if (PARTICLES.has(v.norm[j]) && j === head + 1) return true;
  return v.norm[j] === 'of' && (QUANTITIES.has(v.norm[j - 1]) || v.pos[j - 1] === 'NUM');
}

/** "led to protests" is not "led protests": a pattern whose first word is not "to" does not reach over a "to" after its verb. */
function startsWithTo(p: Pattern): boolean {
  const first = p.elements[0];
  return 'words' in first ? first.words.has('to') : true;
}

function isHyphen(v: SentenceView, j: number): boolean {
  const w = v.norm[j];
  return w === '-' || w === '–' || w === '‐';
}

/** Whether a pattern element's words hold a preposition, remembered per word set. */
const prepositional = new WeakMap<Set<string>, boolean>();

function hasPreposition(words: Set<string>): boolean {
  let answer = prepositional.get(words);
  if (answer === undefined) {
    answer = false;
    for (const w of words) if (PREPOSITION_WORDS.has(w)) answer = true;
    prepositional.set(words, answer);
  }
  return answer;
}

/** A hyphenated word the tokenizer split ("sit", "-", "in"): the three tokens from `j` written as one. */
function hyphenated(v: SentenceView, j: number, words: Set<string>): boolean {
  if (j + 2 >= v.end || !isHyphen(v, j + 1)) return false;
  return words.has(`${v.norm[j]}-${v.norm[j + 2]}`) || words.has(`${v.norm[j]}-${v.lemma[j + 2]}`);
}

/**
 * Whether token `j` is one of `words`, or starts one the tokenizer split at its hyphen. A word inside a name is not ("Support" in "the Rapid Support Forces"), unless
 * it heads the name ("dissolved the Canadian Parliament").
 */
function wordMatches(v: SentenceView, j: number, words: Set<string>): boolean {
  if (!words.has(v.lemma[j]) && !words.has(v.norm[j])) return hyphenated(v, j, words);
  if (v.pos[j] !== 'PROPN' || j === v.first) return true;
  const mi = mentionIndexAt(v, j);
  return mi < 0 || v.doc.mentions![mi].tokenEnd === j + 1;
}

/** Nouns for agreements, processes and meetings that take the name of a place: "the Paris agreement". */
const NAMED_INSTRUMENTS = new Set(
  (
    'agreement agreements accord accords deal treaty protocol declaration process format talks summit conference ' +
    'consensus convention communique framework roadmap plan formula'
  ).split(' '),
);

/**
 * The actor a possessor's phrase is about: in "the country's economy minister" the target is the minister, not the
 * country. Returns the mention after "'s" (at most two words on) when there is one, else `mi`.
 */
function possessedHead(v: SentenceView, mi: number): number {
  let j = v.doc.mentions![mi].tokenEnd;
  if (j >= v.end || (v.norm[j] !== "'s" && v.norm[j] !== '’s' && v.norm[j] !== "'")) return mi;
  for (let k = j + 1; k < v.end && k <= j + 3; k++) {
    const next = mentionIndexAt(v, k);
    if (next >= 0 && next !== mi) return v.doc.mentions![next].kind === 'country' ? mi : next;
    if (v.pos[k] !== 'ADJ' && v.pos[k] !== 'NOUN' && v.pos[k] !== 'PROPN') break;
  }
  return mi;
}

/**
 * True when a place name only names an agreement, process or meeting ("the Paris agreement", "the Minsk accords",
 * "the Astana talks"): the phrase is about the instrument, and the place is no target.
 */
function namesInstrument(v: SentenceView, mi: number): boolean {
  const m = v.doc.mentions![mi];
  if (m.kind !== 'country' && m.kind !== 'region') return false;
  const next = m.tokenEnd;
  return next < v.end && NAMED_INSTRUMENTS.has(v.norm[next]);
}

/** The words a match attempt has consumed so far, reused between attempts (most fail); a match keeps a copy. */
const scratch: number[] = [];

/**
 * Matches a pattern's elements after the head at token `head`. A reciprocal pattern may lack its closing "with _"
 * ("Iran and Saudi Arabia restored relations"): the match then misses its final slot, and only a compound subject
 * can make an event of it. `passiveTarget` fills the target slot when the verb
 * is passive (the subject is the target, so the slot is not looked for after the verb).
 */
export function matchPattern(v: SentenceView, p: Pattern, head: number, passive: boolean): PatternMatch | null {
  let pos = head + 1;
  if (v.norm[pos] === 'to' && v.pos[pos + 1] !== 'VERB' && p.elements.length && !startsWithTo(p)) return null;
  let target = -1;
  const consumed = scratch;
  consumed.length = 0;
  let last = head;
  let missedFinalSlot = false;
  for (let e = 0; e < p.elements.length; e++) {
    const el = p.elements[e];
    if ('target' in el) {
      if (passive) continue;
      let found = -1;
      const previous = p.elements[e - 1];
      const direct = e === 0 || !('words' in previous) || !hasPreposition(previous.words);
      for (let j = pos, gap = 0; j < v.end && gap <= MAX_GAP; j++, gap += isHyphen(v, j) ? 0 : 1) {
        if (isStop(v, j) || (v.pos[j] === 'VERB' && mentionIndexAt(v, j) < 0 && !isAttributive(v, j))) break;
        if (
          direct &&
          (v.pos[j] === 'ADP' || v.pos[j] === 'SCONJ') &&
          mentionIndexAt(v, j) < 0 &&
          !crossable(v, j, head)
        )
          break;
        const mi = mentionIndexAt(v, j);
        if (mi >= 0 && POSSESSIVE_PRONOUNS.has(v.norm[j]) && v.doc.mentions![mi].tokenEnd === j + 1) continue;
        if (mi >= 0 && namesInstrument(v, mi)) {
          j = v.doc.mentions![mi].tokenEnd - 1;
          continue;
        }
        if (mi >= 0) {
          if (v.doc.mentions![mi].location && !placeCanBeTarget(v, p, v.doc.mentions![mi].tokenStart)) break;
          found = possessedHead(v, mi);
          break;
        }
      }
      if (found < 0) {
        if (e === p.elements.length - 1) {
          missedFinalSlot = true;
          break;
        }
        return null;
      }
      target = found;
      const members = groupMembers(v, found);
      const lastMember = v.doc.mentions![members[members.length - 1]];
      pos = Math.max(v.doc.mentions![found].tokenEnd, lastMember.tokenEnd);
      last = pos - 1;
      continue;
    }
    let found = -1;
    for (let j = pos, gap = 0; j < v.end && gap <= MAX_GAP; j++, gap += isHyphen(v, j) ? 0 : 1) {
      if (isStop(v, j)) break;
      if (wordMatches(v, j, el.words)) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      const next = p.elements[e + 1];
      const reciprocal = p.symmetric && p.kind === 'verb' && hasPreposition(el.words);
      if (!reciprocal || e !== p.elements.length - 2 || !next || !('target' in next)) return null;
      missedFinalSlot = true;
      break;
    }
    consumed.push(found);
    pos = found + 1;
    last = found;
  }
  let named = false;
  if (target < 0) for (const j of consumed) if (mentionIndexAt(v, j) >= 0) named = true;
  const score = p.weight + (target >= 0 || named ? 0.5 : 0) - (missedFinalSlot ? 0.25 : 0) + p.code.length * 0.01;
  return { pattern: p, trigger: head, last, target, consumed: consumed.slice(), score, missedFinalSlot };
}

/**
 * The words (lemmas and surface forms) a pattern's first word could match after the head at `i`: the same window,
 * gaps and stops as {@link matchPattern}, so patterns that cannot match are skipped without trying them.
 */
function firstWordWindow(v: SentenceView, i: number): string[] {
  const out: string[] = [];
  for (let j = i + 1, gap = 0; j < v.end && gap <= MAX_GAP; j++, gap += isHyphen(v, j) ? 0 : 1) {
    if (isStop(v, j)) break;
    out.push(v.lemma[j], v.norm[j]);
    if (j + 2 < v.end && isHyphen(v, j + 1))
      out.push(`${v.norm[j]}-${v.norm[j + 2]}`, `${v.norm[j]}-${v.lemma[j + 2]}`);
  }
  return out;
}

/** A head's patterns indexed by their first word: those without one are always tried. */
interface CandidateIndex {
  free: number[];
  byFirst: Map<string, number[]>;
}

const indexes = new WeakMap<readonly Pattern[], CandidateIndex>();

function candidateIndex(cands: readonly Pattern[]): CandidateIndex {
  let index = indexes.get(cands);
  if (index) return index;
  index = { free: [], byFirst: new Map() };
  cands.forEach((p, k) => {
    if (!p.firstWords) return index!.free.push(k);
    for (const w of p.firstWords) {
      const list = index!.byFirst.get(w);
      if (list) list.push(k);
      else index!.byFirst.set(w, [k]);
    }
  });
  indexes.set(cands, index);
  return index;
}

/** The patterns of `cands` whose first word is in the window (or that have none), in their order in `cands`. */
function plausible(cands: readonly Pattern[], window: readonly string[]): Pattern[] {
  const index = candidateIndex(cands);
  const picked = new Set(index.free);
  for (const w of window) for (const k of index.byFirst.get(w) ?? []) picked.add(k);
  return [...picked].sort((a, b) => a - b).map((k) => cands[k]);
}

/** The best pattern of the set for the head token `i` (verb or noun), or null. */
export function bestMatch(
  v: SentenceView,
  set: PatternSet,
  i: number,
  kind: 'verb' | 'noun',
  passive: boolean,
): PatternMatch | null {
  const map = kind === 'verb' ? set.verbs : set.nouns;
  const lemma = kind === 'verb' ? repairVerbLemma(v.lemma[i], v.norm[i], set.verbLemmas) : v.lemma[i];
  const byLemma = map.get(lemma);
  const bySurface = lemma !== v.norm[i] ? map.get(v.norm[i]) : undefined;
  const window = byLemma || bySurface ? firstWordWindow(v, i) : [];
  let best: PatternMatch | null = null;
  for (const cands of [byLemma, bySurface]) {
    if (!cands) continue;
    for (const p of plausible(cands, window)) {
      const m = matchPattern(v, p, i, passive);
      if (m && (!best || m.score > best.score)) best = m;
    }
  }
  return best;
}

/**
 * The best pattern for a passive verb whose subject is the pattern's object noun: "Sanctions were imposed on Iran by
 * the EU" reads as "impose sanctions on Iran", "Evidence against Russia was presented" as "present evidence against
 * Russia". `object` is the subject's head noun; the pattern's first word must match it, and its other elements are
 * looked for after it (inside the subject phrase, then after the verb). The match's trigger stays the verb.
 */
export function frontedObjectMatch(v: SentenceView, set: PatternSet, i: number, object: number): PatternMatch | null {
  const lemma = repairVerbLemma(v.lemma[i], v.norm[i], set.verbLemmas);
  let best: PatternMatch | null = null;
  for (const cands of [set.verbs.get(lemma), lemma !== v.norm[i] ? set.verbs.get(v.norm[i]) : undefined]) {
    for (const p of cands ?? []) {
      const first = p.elements[0];
      if (!first || !('words' in first) || !wordMatches(v, object, first.words)) continue;
      const m = matchPattern(v, { ...p, elements: p.elements.slice(1) }, object, false);
      if (!m) continue;
      const fronted: PatternMatch = {
        ...m,
        pattern: p,
        trigger: i,
        consumed: [object, ...m.consumed],
        last: Math.max(i, m.last),
      };
      if (!best || fronted.score > best.score) best = fronted;
    }
  }
  return best;
}
