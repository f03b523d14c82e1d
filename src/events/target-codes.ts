/**
 * Codes the target decides: expelling people rather than diplomats is deporting them (174), and one person
 * "attacking" another is criticism (111).
 *
 * @packageDocumentation
 */
import type { Mention } from '../doc.js';
import type { PatternMatch } from './match.js';
import type { SentenceView } from './sentence-view.js';

/** Sectors of people rather than of a state's representation: expelling them is deporting individuals (174). */
const INDIVIDUALS = /^(OPP|REB|INS|SEP|CVL|MED|EDU|REF|CRM|LAB|BUS|REL|HRI|ACT)/;

/** True when an expulsion's target are people, not diplomats or a mission (166): "expelled opposition leaders". */
export function expelsIndividuals(m: Mention): boolean {
  if (INDIVIDUALS.test(m.sector ?? '')) return true;
  return m.kind === 'person' && !/^(GOV|ELI|MIL|LEG|JUD)/.test(m.sector ?? '');
}

/** Verbs of attack that, between two people, are words: "Biden attacked Trump on taxes" is criticism (111). */
const VERBAL_ATTACKS = new Set(['attack', 'assail', 'hit', 'slam', 'blast', 'savage']);

export function isVerbalAttack(
  v: SentenceView,
  i: number,
  match: PatternMatch,
  source: number,
  target: number,
): boolean {
  if (!/^(18|19)/.test(match.pattern.code) || target < 0 || !VERBAL_ATTACKS.has(v.lemma[i])) return false;
  const [s, t] = [v.doc.mentions![source], v.doc.mentions![target]];
  return s.kind === 'person' && t.kind === 'person';
}
