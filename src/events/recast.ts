import type { Modality } from '../doc.js';
import type { InfinitiveGovernor } from './infinitive.js';

/**
 * Recasting rules: how the frame around an act changes its CAMEO code. An attack someone only vows or wants is a
 * threat (138); a cooperative act someone pledges or wants is an intent (03x); a cooperative act someone says they
 * will not do is a rejection (12x). Each rule leaves its id in the event's rule.
 */
export interface Recast {
  code: string;
  modality: Modality;
  rule: string;
}

const VIOLENT = /^(18|19|20)/;

/** Verbs that turn a violent act they govern into a threat ("vowed to strike", "wants to attack"). */
export const THREAT_GOVERNORS = new Set([
  'want',
  'vow',
  'threaten',
  'intend',
  'plan',
  'prepare',
  'warn',
  'promise',
  'pledge',
  'swear',
  'seek',
]);

/**
 * Verbs that turn a cooperative act they govern into a stated intent ("pledged to boost trade"). Plans and schedules
 * ("plans to hold talks") stay the act itself, expected.
 */
export const INTENT_GOVERNORS = new Set([
  'want',
  'wish',
  'seek',
  'promise',
  'pledge',
  'vow',
  'offer',
  'agree',
  'commit',
]);

/** Intent codes for the roots of cooperative acts. */
const INTENT_OF: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };
/** Rejection codes for the roots of cooperative acts someone says they will not do. */
const REJECTION_OF: Record<string, string> = {
  '03': '120',
  '04': '125',
  '05': '120',
  '06': '121',
  '07': '121',
  '08': '124',
};

/** Civilians, protesters and opposition crowds: their destruction of property is rioting (145), not state coercion. */
const CROWDS = new Set(['CVL', 'OPP']);
/** Verbs by which an actor claims its own violence: the claim is CAMEO's 015. */
const CLAIMS = new Set(['claim', 'acknowledge', 'admit']);

/** True when the act is violence (CAMEO roots 18 to 20). */
export function isViolent(code: string): boolean {
  return VIOLENT.test(code);
}

/**
 * Applies the recasting rules to an act with code `code`, modality `modality`, governed by `gov` (an infinitive's
 * governor) and reported under the speech verb `speech` (or null). Returns null when nothing changes.
 */
export function recast(
  code: string,
  modality: Modality,
  gov: InfinitiveGovernor | null,
  speech: string | null,
  volitional: boolean,
  actors: { speakerIsSource: boolean; sourceSector: string | null } = { speakerIsSource: false, sourceSector: null },
): Recast | null {
  const root = code.slice(0, 2);
  if (root === '17' && actors.sourceSector && CROWDS.has(actors.sourceSector.slice(0, 3))) {
    return { code: '145', modality, rule: 'recast/crowd-violence' };
  }
  if (isViolent(code) && speech && CLAIMS.has(speech) && actors.speakerIsSource) {
    return { code: '015', modality: 'asserted', rule: `recast/claim-of-responsibility:${speech}` };
  }
  if (isViolent(code)) {
    if (gov?.kind === 'verb' && THREAT_GOVERNORS.has(gov.lemma))
      return { code: '138', modality: 'asserted', rule: `recast/threat:${gov.lemma}` };
    if (gov?.kind === 'noun' && (gov.lemma === 'threat' || gov.lemma === 'ultimatum'))
      return { code: '138', modality: 'asserted', rule: `recast/threat:${gov.lemma}` };
    if (modality === 'expected' && speech)
      return { code: '138', modality: 'asserted', rule: 'recast/announced-violence' };
    return null;
  }
  if (gov?.kind === 'verb' && INTENT_GOVERNORS.has(gov.lemma) && INTENT_OF[root] && modality !== 'negated') {
    return { code: INTENT_OF[root], modality: 'asserted', rule: `recast/intent:${gov.lemma}` };
  }
  if (modality === 'expected' && speech && INTENT_OF[root]) {
    return { code: INTENT_OF[root], modality: 'asserted', rule: `recast/announced-intent:${speech}` };
  }
  if (modality === 'negated' && volitional && REJECTION_OF[root]) {
    return { code: REJECTION_OF[root], modality: 'asserted', rule: 'recast/refusal' };
  }
  return null;
}
