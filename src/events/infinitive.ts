import { mentionIndexAt, type SentenceView } from './sentence-view.js';

/** What governs a verb written as an infinitive ("to attack"). */
export interface InfinitiveGovernor {
  /** `verb`: "wants to attack"; `object`: "urged Iran to attack"; `noun`: "the decision to attack". */
  kind: 'verb' | 'object' | 'noun';
  lemma: string;
  token: number;
}

/** Words a noun phrase may begin with before its name: "the", "newly", "elected", "exiled". */
const NP_WORDS = new Set(['DET', 'ADJ', 'ADV', 'VERB']);

/**
 * Finds the word governing the infinitive at token `i`, or null when `i` is not an infinitive. A passive verb with
 * its agent ("was pressed by Congress to help") governs as the active one does ("Congress pressed him to help").
 */
export function infinitiveGovernor(v: SentenceView, i: number): InfinitiveGovernor | null {
  let j = i - 1;
  while (j >= v.first && v.pos[j] === 'ADV') j--;
  if (j < v.first || v.norm[j] !== 'to') return null;
  let g = j - 1;
  while (g >= v.first && v.pos[g] === 'ADV') g--;
  if (g < v.first) return null;
  if (v.norm[g] === 'and' || v.norm[g] === 'or') {
    for (let k = g - 1; k > v.first; k--) {
      if (v.norm[k] === 'to' && v.pos[k + 1] === 'VERB') return infinitiveGovernor(v, k + 1);
    }
    return null;
  }
  const mi = mentionIndexAt(v, g);
  if (mi >= 0) {
    const m = v.doc.mentions![mi];
    let before = m.tokenStart - 1;
    while (before >= v.first && NP_WORDS.has(v.pos[before])) {
      const participle = v.pos[before] === 'VERB' && /ed$/.test(v.norm[before]);
      if (v.pos[before] === 'VERB' && !(participle && NP_WORDS.has(v.pos[before - 1]))) break;
      before--;
    }
    if (before >= v.first && v.pos[before] === 'VERB') return { kind: 'object', lemma: v.lemma[before], token: before };
    if (before >= v.first && v.norm[before] === 'by' && v.pos[before - 1] === 'VERB')
      return { kind: 'object', lemma: v.lemma[before - 1], token: before - 1 };
    if (before >= v.first && v.pos[before] === 'ADP') {
      before--;
      while (before >= v.first && (v.pos[before] === 'ADJ' || v.pos[before] === 'DET')) before--;
      if (before >= v.first && v.pos[before] === 'NOUN') return { kind: 'noun', lemma: v.lemma[before], token: before };
    }
    return null;
  }
  if (v.pos[g] === 'NOUN') {
    const afterSubject = g - 1 >= v.first && mentionIndexAt(v, g - 1) >= 0 && /s$/.test(v.norm[g]);
    return { kind: afterSubject ? 'verb' : 'noun', lemma: v.lemma[g], token: g };
  }
  if (v.pos[g] === 'VERB' || v.pos[g] === 'ADJ' || v.pos[g] === 'AUX')
    return { kind: 'verb', lemma: v.lemma[g], token: g };
  return null;
}

/** Nouns whose infinitive states a fact ("the decision to withdraw"), an intention, or a refusal. */
export const NOUN_GOVERNORS: Record<string, 'asserted' | 'expected' | 'negated' | 'threat'> = {
  decision: 'asserted',
  move: 'asserted',
  step: 'asserted',
  plan: 'expected',
  intention: 'expected',
  bid: 'expected',
  effort: 'expected',
  attempt: 'expected',
  readiness: 'expected',
  willingness: 'expected',
  promise: 'expected',
  pledge: 'expected',
  vow: 'expected',
  offer: 'expected',
  proposal: 'expected',
  commitment: 'expected',
  agreement: 'expected',
  deal: 'expected',
  refusal: 'negated',
  failure: 'negated',
  threat: 'threat',
  ultimatum: 'threat',
};

/** Verbs whose object is asked or made to act ("urged Iran to"): the appeal is the event, not the act asked for. */
export const OBJECT_CONTROL = new Set([
  'urge',
  'ask',
  'call',
  'want',
  'press',
  'encourage',
  'demand',
  'order',
  'tell',
  'invite',
  'pressure',
  'push',
  'force',
  'allow',
  'permit',
  'request',
  'appeal',
  'persuade',
  'convince',
  'instruct',
  'advise',
  'warn',
  'expect',
  'help',
  'enable',
  'require',
  'authorize',
  'authorise',
  'prompt',
  'lead',
  'cause',
  'prevent',
]);
