import type { Modality } from '../doc.js';
import { findSubject } from './clause.js';
import type { SentenceView } from './sentence-view.js';
import {
  DENY_VERBS,
  FUTURE_GOVERNORS,
  FUTURE_MODALS,
  HEDGE_ADVERBS,
  HEDGE_MODALS,
  HEDGE_NOUNS,
  HEDGE_VERBS,
  NEGATING_GOVERNORS,
  NEGATORS,
  SPEECH_VERBS,
} from './words.js';

/** The modality of an event and who claims it. */
export interface ModalityResult {
  modality: Modality;
  /** Index in doc.mentions of whoever claims the event, or -1. */
  attribution: number;
  /** Rule id of the cue that set the modality, e.g. `modality/modal:may`. */
  rule: string | null;
  /** For a negated act: true when the negation is a choice ("will not", "would not", "refused to"), not a fact. */
  volitional?: boolean;
}

/**
 * Reads the modality of the event triggered at token `i`, whose clause starts at `clauseStart` and whose clause is
 * governed (as a complement) by the token `governor`, or -1.
 */
export function readModality(
  v: SentenceView,
  i: number,
  clauseStart: number,
  governor: number,
  subjectEnd: number,
): ModalityResult {
  let modality: Modality = 'asserted';
  let rule: string | null = null;
  const gerundOf = /ing$/.test(v.norm[i]) && i > v.first && v.pos[i - 1] === 'VERB' ? v.lemma[i - 1] : null;
  if (gerundOf && DENY_VERBS.has(gerundOf)) {
    return {
      modality: 'denied',
      attribution: findSubject(v, i - 1).mention,
      rule: `modality/denied-gerund:${gerundOf}`,
    };
  }
  const from = Math.max(clauseStart, subjectEnd, i - 6);
  for (let j = i - 1; j >= from; j--) {
    const w = v.norm[j];
    if (NEGATORS.has(w) && !(w === 'not' && v.norm[j + 1] === 'only')) {
      if (j + 1 < v.end && v.norm[j + 1] === 'to' && j + 2 === i) continue;
      const volitional = [v.norm[j - 1], v.norm[j - 2]].some(
        (x) => x === 'will' || x === 'would' || x === 'wo' || x === 'shall',
      );
      return { modality: 'negated', attribution: -1, rule: `modality/negation:${w}`, volitional };
    }
    if (w === 'to' && j > v.first && v.norm[j - 1] === 'yet' && j + 1 === i) {
      return { modality: 'negated', attribution: -1, rule: 'modality/negation:yet-to', volitional: false };
    }
    if (w === 'to' && j > v.first) {
      const g = j - 1;
      if (NEGATING_GOVERNORS.has(v.lemma[g]))
        return {
          modality: 'negated',
          attribution: -1,
          rule: `modality/governor:${v.lemma[g]}`,
          volitional: v.lemma[g] !== 'fail',
        };
      if (FUTURE_GOVERNORS.has(v.lemma[g]) || FUTURE_GOVERNORS.has(v.norm[g])) {
        modality = 'expected';
        rule = `modality/governor:${v.lemma[g]}`;
      }
    }
    if (FUTURE_MODALS.has(w) && modality === 'asserted') {
      modality = 'expected';
      rule = `modality/modal:${w}`;
    }
    if ((HEDGE_MODALS.has(w) || w === 'would') && v.pos[j] === 'AUX') {
      modality = 'hedged';
      rule = `modality/modal:${w}`;
    }
    if (HEDGE_ADVERBS.has(w)) {
      modality = 'hedged';
      rule = `modality/adverb:${w}`;
    }
  }
  for (let j = clauseStart; j < i; j++) {
    if (HEDGE_ADVERBS.has(v.norm[j])) {
      modality = 'hedged';
      rule = `modality/adverb:${v.norm[j]}`;
    }
  }
  let attribution = -1;
  if (governor >= 0) {
    const g = v.lemma[governor];
    const gw = v.norm[governor];
    const speaker = findSubject(v, governor).mention;
    if (DENY_VERBS.has(g)) return { modality: 'denied', attribution: speaker, rule: `modality/governor:${g}` };
    if (HEDGE_VERBS.has(g) || HEDGE_NOUNS.has(gw)) {
      return { modality: 'hedged', attribution: speaker, rule: `modality/governor:${g}` };
    }
    if (SPEECH_VERBS.has(g)) attribution = speaker;
    if (modality === 'hedged' && rule === 'modality/modal:would' && SPEECH_VERBS.has(g)) {
      modality = 'expected';
      rule = 'modality/reported-future:would';
    }
  }
  for (let j = v.first; j < clauseStart; j++) {
    if (v.norm[j] === 'there' && HEDGE_NOUNS.has(v.norm[j + 2] ?? ''))
      return { modality: 'hedged', attribution, rule: `modality/there-are:${v.norm[j + 2]}` };
  }
  return { modality, attribution, rule };
}
