/**
 * Nominal events: "Putin's visit to North Korea", "the summit between", "Israeli shelling".
 *
 * @packageDocumentation
 */
import { findSubject, isPassive, passiveAgent } from './clause.js';
import type { Draft } from './draft.js';
import { bestMatch } from './match.js';
import { readModality } from './modality.js';
import type { PatternSet } from './patterns.js';
import { groupMembers, mentionIndexAt, type SentenceView } from './sentence-view.js';
import { actorOk, bareRole, relativeAntecedent } from './targets.js';

/** Acts that are news with no other party named: protests, shows of force, coercion, violence ("its weapons testing"). */
export const ACTS_ALONE = /^(14|15|17|18|19|20)/;

/** Source of a nominal event: the possessor ("Putin's visit"), the actor after "by", or the first of "between A and B". */
export function nominalSource(v: SentenceView, i: number): number {
  let j = i - 1;
  while (j >= v.first && (v.pos[j] === 'ADJ' || v.pos[j] === 'NOUN' || v.norm[j] === '-') && mentionIndexAt(v, j) < 0)
    j--;
  if (j >= v.first && (v.norm[j] === "'s" || v.norm[j] === "'" || v.norm[j] === '’s')) {
    const mi = mentionIndexAt(v, j - 1);
    if (mi >= 0) return mi;
  }
  if (j >= v.first && j < i - 0 && mentionIndexAt(v, j) >= 0) {
    const mi = mentionIndexAt(v, j);
    if (v.doc.mentions![mi].tokenEnd === j + 1) return mi;
  }
  for (let k = i + 1; k < v.end && k <= i + 6; k++) {
    if (v.norm[k] === 'by' || v.norm[k] === 'between') {
      const mi = mentionIndexAt(v, k + 1) >= 0 ? mentionIndexAt(v, k + 1) : mentionIndexAt(v, k + 2);
      if (mi >= 0) return mi;
    }
  }
  return -1;
}

/**
 * The victims of a nominal act named after a passive verb without an agent: in "four civilians were killed in Israeli
 * shelling", the subject of "were killed" is the target of the shelling.
 */
export function passiveVictim(v: SentenceView, i: number): number {
  const prep = v.norm[i - 1] === 'in' || v.norm[i - 1] === 'by' ? i - 1 : -1;
  let k = i - 1;
  while (
    k >= v.first &&
    (v.pos[k] === 'ADJ' ||
      v.pos[k] === 'NOUN' ||
      v.pos[k] === 'PROPN' ||
      v.norm[k] === '-' ||
      mentionIndexAt(v, k) >= 0)
  )
    k--;
  if (prep < 0 && !(k >= v.first && (v.norm[k] === 'in' || v.norm[k] === 'by'))) return -1;
  const at = prep >= 0 ? prep : k;
  for (let p = at - 1; p >= v.first && p >= at - 3; p--) {
    if (v.pos[p] === 'VERB' && isPassive(v, p) && passiveAgent(v, p).mention < 0) return findSubject(v, p).mention;
  }
  return -1;
}

export function codeNoun(v: SentenceView, set: PatternSet, i: number, taken: Set<number>): Draft | null {
  if (taken.has(i)) return null;
  const match = bestMatch(v, set, i, 'noun', false);
  if (!match) return null;
  const source = nominalSource(v, i);
  if (!actorOk(v, source) || bareRole(v, source)) return null;
  let target = match.target;
  const members = groupMembers(v, source);
  if (target >= 0 && members.includes(target)) target = -1;
  if (target < 0 && v.relative[i - v.first]) {
    const ante = relativeAntecedent(v, i);
    if (ante >= 0 && !members.includes(ante)) target = ante;
  }
  if (target < 0) target = passiveVictim(v, i);
  if (target < 0 && members.length < 2 && !(ACTS_ALONE.test(match.pattern.code) && !match.pattern.hasTarget))
    return null;
  const subj = findSubject(v, i);
  const mod = readModality(v, i, subj.clauseStart, subj.governor, i);
  match.consumed.forEach((t) => taken.add(t));
  return {
    match,
    source,
    target,
    modality: mod.modality === 'negated' ? 'asserted' : mod.modality,
    attribution: mod.attribution,
    confidence: 0.75,
    rule: `pattern:${match.pattern.id}+nominal` + (mod.rule ? `+${mod.rule}` : ''),
  };
}
