/** Word lists the coder uses to read clause structure and modality. Lower case, as wink-nlp normalises. */

export const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
export const SUBORDINATORS = new Set([
  'while', 'although', 'though', 'because', 'whereas', 'unless', 'when', 'whenever', 'where', 'if', 'since', 'after',
  'before', 'until', 'once', 'as',
]);
export const CLAUSE_STOPS = new Set([';', ':', '(', ')', '"', '“', '”']);
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'announce', 'report', 'state', 'add', 'declare', 'insist', 'note', 'write', 'confirm',
  'explain', 'stress', 'warn', 'argue', 'quote', 'reiterate', 'indicate', 'disclose', 'reveal', 'acknowledge',
  'express', 'acknowledge', 'admit',
]);
export const HEDGE_VERBS = new Set([
  'believe', 'suspect', 'think', 'fear', 'allege', 'suggest', 'speculate', 'estimate', 'worry', 'assess', 'doubt',
  'suppose', 'rumor', 'rumour', 'guess', 'presume', 'surmise', 'concern', 'claim',
]);
export const HEDGE_NOUNS = new Set([
  'fear', 'fears', 'concern', 'concerns', 'report', 'reports', 'suspicion', 'suspicions', 'speculation', 'rumor',
  'rumors', 'rumour', 'rumours', 'allegation', 'allegations', 'worry', 'worries', 'claim', 'claims', 'possibility',
]);
export const DENY_VERBS = new Set(['deny', 'dismiss', 'refute', 'disavow']);
export const HEDGE_MODALS = new Set(['may', 'might', 'could', 'can']);
export const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'wo']);
export const HEDGE_ADVERBS = new Set([
  'reportedly', 'allegedly', 'apparently', 'possibly', 'probably', 'likely', 'perhaps', 'purportedly', 'supposedly',
  'seemingly', 'maybe',
]);
export const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** Verbs that put the next verb in the future when they govern it with "to" ("is expected to travel"). */
export const FUTURE_GOVERNORS = new Set([
  'expect', 'plan', 'intend', 'schedule', 'set', 'due', 'aim', 'prepare', 'hope', 'want', 'seek', 'propose', 'mean',
  'poise', 'likely', 'slate', 'vow', 'promise', 'pledge', 'going', 'go', 'consider', 'wish', 'offer',
]);
/** Verbs that negate the next verb when they govern it with "to" ("refused to sign"). */
export const NEGATING_GOVERNORS = new Set(['refuse', 'decline', 'fail']);
/** Prepositions after which an actor is a topic, not a target ("talks over Ukraine"). */
export const TOPIC_PREPS = new Set(['over', 'about', 'regarding', 'concerning', 'including', 'like', 'than', 'despite', 'amid', 'of']);
export const PREPOSITIONS = new Set([
  'of', 'with', 'to', 'for', 'by', 'from', 'against', 'between', 'on', 'in', 'at', 'into', 'over', 'about', 'among',
  'toward', 'towards', 'amid', 'including', 'like', 'than', 'under', 'through', 'across', 'near', 'after', 'before',
  'without', 'within', 'despite', 'upon', 'via', 'per', 'behind', 'beyond', 'around', 'outside', 'inside', 'off',
]);
export const BE_FORMS = new Set(['be', 'get']);
