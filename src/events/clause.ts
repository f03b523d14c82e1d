import type { Mention } from '../doc.js';
import { groupMembers, isModifier, mentionIndexAt, prepositionBefore, type SentenceView } from './sentence-view.js';
import { BE_FORMS, CLAUSE_STOPS, HEDGE_VERBS, RELATIVE, SPEECH_VERBS, SUBORDINATORS, TOPIC_PREPS } from './words.js';

const HARD_SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'because',
  'whereas',
  'unless',
  'when',
  'where',
  'if',
]);

/** True when a mention can stand as the subject of a verb. */
const QUANTITY = new Set([
  'thousands',
  'hundreds',
  'dozens',
  'scores',
  'millions',
  'tens',
  'group',
  'groups',
  'number',
  'crowd',
  'crowds',
  'members',
  'supporters',
  'some',
  'many',
  'most',
  'all',
  'several',
  'none',
  'one',
  'two',
  'both',
  'rest',
  'majority',
]);

/** True when a mention can stand as the subject of a verb ("Thousands of Georgians" can; "talks with Iran" cannot). */
function subjectLike(v: SentenceView, m: Mention): boolean {
  if (m.location || isModifier(v, m)) return false;
  const prep = prepositionBefore(v, m);
  if (prep === 'of') {
    let k = m.tokenStart - 1;
    while (k >= v.first && v.norm[k] !== 'of') k--;
    return k > v.first && (QUANTITY.has(v.norm[k - 1]) || v.pos[k - 1] === 'NUM');
  }
  if (prep !== null && CLAUSE_OPENERS.has(prep)) {
    let k = m.tokenEnd;
    while (k < v.end && (v.pos[k] === 'ADV' || v.pos[k] === 'AUX' || v.pos[k] === 'PART')) k++;
    return v.pos[k] === 'VERB';
  }
  return prep === null;
}

/** Words that open a clause as well as a phrase: "after protesters stormed", "as Israel announced". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'than', 'like']);

/** Why the left scan for a subject stopped. */
export interface SubjectResult {
  /** Index in doc.mentions of the subject, or -1. */
  mention: number;
  /** Token of the governing verb or noun when the scan crossed into a complement clause ("said that"). */
  governor: number;
  /** Token where the clause starts. */
  clauseStart: number;
}

/** Start of the clause holding token `i`: after a semicolon, a subordinator, a complementiser or a speech verb. */
export function clauseStart(v: SentenceView, i: number): { start: number; governor: number } {
  for (let j = i - 1; j >= v.first; j--) {
    const w = v.norm[j];
    if (CLAUSE_STOPS.has(w)) return { start: j + 1, governor: -1 };
    if (w === 'that' && j > v.first && (v.pos[j - 1] === 'VERB' || v.pos[j - 1] === 'NOUN' || v.norm[j - 1] === ',')) {
      return { start: j + 1, governor: j - 1 };
    }
    if (HARD_SUBORDINATORS.has(w)) return { start: j + 1, governor: -1 };
    if (
      v.pos[j] === 'VERB' &&
      (SPEECH_VERBS.has(v.lemma[j]) || HEDGE_VERBS.has(v.lemma[j])) &&
      j < i - 1 &&
      mentionIndexAt(v, j + 1) >= 0
    ) {
      return { start: j + 1, governor: j };
    }
    if (v.pos[j] === 'VERB' && SPEECH_VERBS.has(v.lemma[j]) && j < i - 1) return { start: j + 1, governor: j };
  }
  return { start: v.first, governor: -1 };
}

/** The subject of the first main verb of the sentence: the first subject-like mention before it. */
export function mainSubject(v: SentenceView): number {
  for (let i = v.first; i < v.end; i++) {
    if (v.pos[i] === 'VERB' && !v.relative[i - v.first]) break;
    const mi = mentionIndexAt(v, i);
    if (mi >= 0 && !v.relative[i - v.first]) {
      const m = v.doc.mentions![mi];
      if (subjectLike(v, m)) return mi;
      i = m.tokenEnd - 1;
    }
  }
  return -1;
}

/**
 * Finds the subject of the verb at token `i`: the nearest subject-like mention to its left inside its clause,
 * skipping relative clauses; for a verb inside a relative clause, the noun the clause hangs on; for a verb
 * coordinated with an earlier one ("... and pledged"), the subject of the sentence.
 */
export function findSubject(v: SentenceView, i: number): SubjectResult {
  const inRelative = v.relative[i - v.first] === 1;
  if (inRelative) {
    let r = i - 1;
    while (r >= v.first && !RELATIVE.has(v.norm[r])) r--;
    if (r >= v.first && RELATIVE.has(v.norm[r])) {
      let k = r - 1;
      if (v.norm[k] === ',') k--;
      const mi = mentionIndexAt(v, k);
      let subj = -1;
      for (let j = r + 1; j < i; j++) {
        const mj = mentionIndexAt(v, j);
        if (mj >= 0 && subjectLike(v, v.doc.mentions![mj])) subj = mj;
      }
      if (v.norm[r] === 'whose' || subj >= 0) return { mention: subj, governor: -1, clauseStart: r + 1 };
      return { mention: mi, governor: -1, clauseStart: r + 1 };
    }
  }
  const { start, governor } = clauseStart(v, i);
  let q = i - 1;
  while (q >= v.first && v.pos[q] === 'ADV') q--;
  if (/ing$/.test(v.norm[i]) && q >= v.first && v.norm[q] === ',')
    return { mention: mainSubject(v), governor, clauseStart: start };
  for (let j = i - 1; j >= start; j--) {
    if (v.relative[j - v.first] && !inRelative) continue;
    const mi = mentionIndexAt(v, j);
    if (mi < 0) continue;
    const m = v.doc.mentions![mi];
    j = m.tokenStart;
    if (objectOfEarlierVerb(v, m, start, i)) break;
    if (subjectLike(v, m)) return { mention: firstOfGroup(v, mi), governor, clauseStart: start };
    if (m.modifier && headOfSubject(v, m, i)) return { mention: mi, governor, clauseStart: start };
  }
  let p = i - 1;
  while (p >= v.first && (v.pos[p] === 'ADV' || v.pos[p] === 'AUX' || v.pos[p] === 'PART')) p--;
  const coordinated =
    p >= v.first &&
    (v.norm[p] === 'and' || v.norm[p] === 'but' || v.norm[p] === 'then' || v.norm[p] === ',' || v.norm[p] === 'by');
  const participle =
    /ing$/.test(v.norm[i]) && p >= v.first && (v.norm[p] === ',' || v.norm[p] === 'by' || v.norm[p] === 'after');
  if (coordinated && p >= v.first && (v.norm[p] === 'and' || v.norm[p] === 'but')) {
    const shared = conjunctSubject(v, p, start);
    if (shared >= 0) return { mention: shared, governor, clauseStart: start };
  }
  if ((coordinated || participle) && (governor < 0 || coordinated))
    return { mention: mainSubject(v), governor, clauseStart: start };
  return { mention: -1, governor, clauseStart: start };
}

/** True when a national adjective sits in the noun phrase right before the verb ("Armenian units opened fire"). */
function headOfSubject(v: SentenceView, m: Mention, verb: number): boolean {
  if (prepositionBefore(v, m) !== null) return false;
  let k = m.tokenEnd;
  while (k < verb && (v.pos[k] === 'NOUN' || v.pos[k] === 'ADJ')) k++;
  while (k < verb && (v.pos[k] === 'AUX' || v.pos[k] === 'ADV' || v.pos[k] === 'PART')) k++;
  return k === verb && k > m.tokenEnd;
}

/** True for the object of an earlier verb right before "and" + this verb ("attacked Iraq and took Mosul"). */
function objectOfEarlierVerb(v: SentenceView, m: Mention, start: number, verb: number): boolean {
  const conj = v.norm[m.tokenEnd];
  if (conj !== 'and' && conj !== 'but' && conj !== 'or') return false;
  for (let k = m.tokenEnd + 1; k < verb; k++)
    if (v.pos[k] !== 'ADV' && v.pos[k] !== 'AUX' && v.pos[k] !== 'PART') return false;
  for (let k = start; k < m.tokenStart; k++) if (v.pos[k] === 'VERB') return true;
  return false;
}

/** For a verb coordinated with an earlier one ("ISIL had attacked Iraq and taken Mosul"), the earlier verb's subject. */
function conjunctSubject(v: SentenceView, conj: number, start: number): number {
  for (let k = conj - 1; k >= start; k--) {
    if (v.pos[k] !== 'VERB') continue;
    if (clauseStart(v, k).start !== start) continue;
    const s = findSubject(v, k);
    return s.mention;
  }
  return -1;
}

function firstOfGroup(v: SentenceView, mi: number): number {
  return groupMembers(v, mi)[0];
}

/** True when the verb at `i` is passive ("was criticised"): a form of be/get before it, skipping adverbs. */
export function isPassive(v: SentenceView, i: number): boolean {
  if (v.norm[i] === v.lemma[i] || /ing$/.test(v.norm[i])) return false;
  for (let j = i - 1; j >= v.first && j >= i - 4; j--) {
    if (v.pos[j] === 'ADV' || v.norm[j] === 'not' || v.norm[j] === "n't") continue;
    if (v.norm[j] === 'been' || v.norm[j] === 'being') return true;
    return (v.pos[j] === 'AUX' || v.pos[j] === 'VERB') && BE_FORMS.has(v.lemma[j]);
  }
  return false;
}

/** The agent of a passive: the mention after "by" following the verb, or -1. */
export function passiveAgent(v: SentenceView, i: number): { mention: number; byToken: number } {
  for (let j = i + 1; j < v.end && j <= i + 8; j++) {
    if (CLAUSE_STOPS.has(v.norm[j]) || RELATIVE.has(v.norm[j]) || v.pos[j] === 'VERB' || v.pos[j] === 'AUX') break;
    if (v.norm[j] !== 'by') continue;
    let k = j + 1;
    while (k < v.end && (v.norm[k] === 'the' || v.pos[k] === 'ADJ' || v.pos[k] === 'DET')) k++;
    const mi = mentionIndexAt(v, k);
    if (mi >= 0) return { mention: mi, byToken: j };
  }
  return { mention: -1, byToken: -1 };
}

/** Nouns that make a national adjective the target: "near the Armenian border", "shelled Ukrainian positions". */
const PLACE_NOUNS = new Set([
  'border',
  'borders',
  'frontier',
  'coast',
  'territory',
  'territories',
  'waters',
  'airspace',
  'positions',
  'position',
  'villages',
  'village',
  'towns',
  'town',
  'city',
  'cities',
  'capital',
  'island',
  'islands',
  'soil',
  'targets',
  'bases',
  'base',
  'ships',
  'vessels',
  'embassy',
  'consulate',
  'forces',
  'lines',
  'trenches',
  'outposts',
  'region',
  'province',
]);

/** True when a mention starting at token `j` is followed by a verb: a new clause ("..., Ukraine's military said"). */
function startsClause(v: SentenceView, j: number): boolean {
  let k = j;
  while (k < v.end && (v.norm[k] === 'the' || v.pos[k] === 'DET')) k++;
  const mi = mentionIndexAt(v, k);
  if (mi < 0) return false;
  const after = v.doc.mentions![mi].tokenEnd;
  return v.pos[after] === 'VERB' || v.pos[after] === 'AUX';
}

/**
 * The default target of a verb whose pattern names no slot: the first actor after `from` in its clause that is not
 * a place, a topic ("over Ukraine") or a noun modifier.
 */
export function defaultTarget(v: SentenceView, from: number, triggerRelative: boolean, skip?: number): number {
  for (let j = from; j < v.end && j < from + 12; j++) {
    const w = v.norm[j];
    if (CLAUSE_STOPS.has(w) || w === '.' || HARD_SUBORDINATORS.has(w)) break;
    if (RELATIVE.has(w) && j > from) break;
    if (
      w === ',' &&
      j + 1 < v.end &&
      (v.pos[j + 1] === 'VERB' || RELATIVE.has(v.norm[j + 1]) || SUBORDINATORS.has(v.norm[j + 1]))
    )
      break;
    if (w === ',' && startsClause(v, j + 1)) break;
    if (CLAUSE_OPENERS.has(w) && j > from && startsClause(v, j + 1)) break;
    if (v.pos[j] === 'VERB' && !(v.norm[j + 1] === 'by' && v.norm[j] !== v.lemma[j])) break;
    if (!triggerRelative && v.relative[j - v.first]) continue;
    const mi = mentionIndexAt(v, j);
    if (mi < 0) continue;
    const m = v.doc.mentions![mi];
    if (mi === skip) {
      j = m.tokenEnd - 1;
      continue;
    }
    const prep = prepositionBefore(v, m);
    if (m.modifier && PLACE_NOUNS.has(v.norm[m.tokenEnd]) && !(prep && TOPIC_PREPS.has(prep))) return mi;
    if (m.location || (prep && TOPIC_PREPS.has(prep)) || isModifier(v, m)) {
      j = m.tokenEnd - 1;
      continue;
    }
    return mi;
  }
  return -1;
}
