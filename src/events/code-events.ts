import type { DocEvent, NewsDoc, Span } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { Gazetteer } from '../context/gazetteer.js';
import { foldInstruments, foldResultatives } from './resultative.js';
import { resolveEarlierMentions } from './earlier-mention.js';
import { frontedObject, inQuestion, isSportsResult, launchedFrom, rejectedNoun } from './clause-frames.js';
import { expelsIndividuals, isVerbalAttack } from './target-codes.js';
import { defaultTarget, findSubject, isPassive, passiveAgent } from './clause.js';
import { bestMatch, frontedObjectMatch, type PatternMatch } from './match.js';
import { readModality } from './modality.js';
import type { Pattern, PatternSet } from './patterns.js';
import { infinitiveGovernor, NOUN_GOVERNORS, OBJECT_CONTROL } from './infinitive.js';
import { isViolent, recast } from './recast.js';
import { groupMembers, isModifier, mentionIndexAt, viewSentence, type SentenceView } from './sentence-view.js';
import type { Draft } from './draft.js';
import { codeNoun } from './nominal.js';
import {
  actorOk,
  bareRole,
  inferredOwnSide,
  markObjectPhrase,
  mentionBetween,
  objectNamesPlace,
  protestPlace,
  PROTESTS,
  selfReference,
} from './targets.js';
import { HEDGE_VERBS, SPEECH_VERBS } from './words.js';
import { isAttributive, isComplementGerund, isReducedRelative } from './verb-forms.js';

function codeVerb(v: SentenceView, set: PatternSet, i: number, taken: Set<number>, extra: Draft[]): Draft | null {
  if (taken.has(i) || isComplementGerund(v, i) || isAttributive(v, i)) return null;
  const reduced = isReducedRelative(v, i);
  const passive = reduced || isPassive(v, i);
  let match = bestMatch(v, set, i, 'verb', passive);
  const object = passive && !reduced ? frontedObject(v, i) : -1;
  const fronted = object >= 0 ? frontedObjectMatch(v, set, i, object) : null;
  if (fronted && (!match || fronted.score >= match.score)) match = fronted;
  else if (!match) return null;
  const gov = infinitiveGovernor(v, i);
  let forced: { modality: DocEvent['modality']; rule: string } | null = null;
  if (gov?.kind === 'object' && OBJECT_CONTROL.has(gov.lemma)) return null;
  if (gov?.kind === 'verb' && taken.has(gov.token)) return null;
  if (gov?.kind === 'noun') {
    const as = NOUN_GOVERNORS[gov.lemma];
    if (!as || HYPOTHETICAL.has(v.norm[gov.token - 1]) || rejectedNoun(v, gov.token)) return null;
    if (as !== 'threat') forced = { modality: as, rule: `modality/noun:${gov.lemma}` };
  }
  const subj = findSubject(v, i);
  let source = subj.mention;
  let target = match.target;
  let confidence = 0.9;
  const launched = passive && !reduced && isViolent(match.pattern.code) ? launchedFrom(v, i) : -1;
  if (launched >= 0 && passiveAgent(v, i).mention < 0) {
    const active = match === fronted ? fronted : bestMatch(v, set, i, 'verb', false);
    if (!active) return null;
    match = active;
    target = active.target >= 0 ? active.target : source;
    source = launched;
  } else if (passive) {
    const agent = passiveAgent(v, i);
    if (agent.mention < 0) return null;
    if (match !== fronted || target < 0) target = reduced ? mentionIndexAt(v, i - 1) : source;
    source = agent.mention;
  } else if (target < 0 && !match.pattern.hasTarget) {
    const named = match.consumed.map((j) => mentionIndexAt(v, j)).find((mi) => mi >= 0);
    const rel = v.relative[i - v.first] === 1;
    target = mentionBetween(v, i + 1, match.last, named);
    if (target < 0 && named !== undefined) target = named;
    if (target < 0) target = defaultTarget(v, match.last + 1, rel, named);
    confidence -= 0.1;
  }
  if (!actorOk(v, source) || bareRole(v, source)) return null;
  if (target >= 0 && (!actorOk(v, target) || inferredOwnSide(v, source, target) || selfReference(v, source, target)))
    target = -1;
  if (match.pattern.reversed && target >= 0 && !passive) [source, target] = [target, source];
  if (PROTESTS.test(match.pattern.code) && /^(GOV|MIL|COP|SPY|JUD)/.test(v.doc.mentions![source].sector ?? ''))
    return null;
  if (target < 0 && PROTESTS.test(match.pattern.code)) target = protestPlace(v, i);
  if (target < 0 && !targetOptional(match, v, source)) return null;
  const src = v.doc.mentions![source];
  if (src.kind === 'pronoun') confidence -= 0.1;
  if (src.country === null && src.kind === 'agent') confidence -= 0.2;
  const subjEnd = source >= 0 && !passive ? v.doc.mentions![source].tokenEnd : subj.clauseStart;
  const mod = forced
    ? { ...forced, attribution: -1, volitional: false }
    : readModality(v, i, subj.clauseStart, subj.governor, Math.min(subjEnd, i));
  const speech =
    subj.governor >= 0 && (SPEECH_VERBS.has(v.lemma[subj.governor]) || HEDGE_VERBS.has(v.lemma[subj.governor]))
      ? v.lemma[subj.governor]
      : null;
  const srcMention = v.doc.mentions![source];
  const speakerIsSource =
    mod.attribution >= 0 &&
    (mod.attribution === source || v.doc.mentions![mod.attribution].country === srcMention.country);
  const change = recast(match.pattern.code, mod.modality, gov, speech, Boolean(mod.volitional), {
    speakerIsSource,
    sourceSector: srcMention.sector,
  });
  if (change) {
    match.pattern = { ...match.pattern, code: change.code, id: `${change.code}/${change.rule}:${match.pattern.id}` };
    mod.modality = change.modality;
  }
  if (match.pattern.code === '166' && target >= 0 && expelsIndividuals(v.doc.mentions![target]))
    match.pattern = { ...match.pattern, code: '174', id: `174/individuals:${match.pattern.id}` };
  if (isVerbalAttack(v, i, match, source, target))
    match.pattern = { ...match.pattern, code: '111', id: `111/verbal-attack:${match.pattern.id}` };
  if (inQuestion(v, i, subj.clauseStart)) return null;
  if (VIOLENCE.test(match.pattern.code) && isSportsResult(v, i)) return null;
  match.consumed.forEach((t) => taken.add(t));
  taken.add(i);
  if (target >= 0) markObjectPhrase(v, target, taken);
  const selfClaim = mod.attribution >= 0 && v.doc.mentions![mod.attribution].code === v.doc.mentions![source].code;
  const draft: Draft = {
    match,
    source,
    target,
    modality: mod.modality,
    attribution: selfClaim ? -1 : mod.attribution,
    confidence,
    rule: `pattern:${match.pattern.id}` + (passive ? '+passive' : '') + (mod.rule ? `+${mod.rule}` : ''),
  };
  if (
    !change &&
    isViolent(match.pattern.code) &&
    speech &&
    HEDGE_VERBS.has(speech) &&
    mod.attribution >= 0 &&
    mod.attribution !== source
  ) {
    const speaker = v.doc.mentions![mod.attribution];
    if (speaker.country !== v.doc.mentions![source].country)
      extra.push(accusation(draft, mod.attribution, source, speech));
  }
  return draft;
}

/** "X claimed Y attacked Z": X's unproven claim of Y's violence is itself an accusation (112) by X against Y. */
function accusation(d: Draft, speaker: number, perpetrator: number, speech: string): Draft {
  const pattern: Pattern = {
    ...d.match.pattern,
    code: '112',
    id: `112/recast/reported-violence:${speech}`,
    symmetric: false,
  };
  return {
    match: { ...d.match, pattern },
    source: speaker,
    target: perpetrator,
    modality: 'asserted',
    attribution: -1,
    confidence: 0.6,
    rule: `pattern:${pattern.id}`,
  };
}

/** Determiners that make a governing noun hypothetical ("any attempt to seize", "no plan to attack"). */
const HYPOTHETICAL = new Set(['any', 'no', 'every']);

/** Consultations and diplomatic acts (roots 04, 05) mean nothing without the party they are with. */
const NEEDS_TARGET = /^0[45]/;

/** Attacks, fighting and mass violence (roots 18–20): an attack on a place is an event without a target actor. */
const VIOLENCE = /^(1[89]|20)/;

/** True when an event may stand without a target: its pattern names no slot, or a compound subject gives one. */
function targetOptional(match: PatternMatch, v: SentenceView, source: number): boolean {
  if ((match.pattern.symmetric || RECIPROCAL_HEADS.has(match.pattern.head)) && groupMembers(v, source).length > 1)
    return true;
  if (NEEDS_TARGET.test(match.pattern.code)) return false;
  if (!match.pattern.hasTarget) return true;
  if (VIOLENCE.test(match.pattern.code) && objectNamesPlace(v, match.last)) return true;
  const slotOnly = match.pattern.elements.length === 1;
  return Boolean(match.missedFinalSlot) && !slotOnly && !NEEDS_TARGET.test(match.pattern.code);
}

/** A bare statement: an actor telling another something ("Putin told Kim ..."), when nothing else was coded. Telling the press is not an event. */
function codeStatement(v: SentenceView, i: number): Draft | null {
  if (v.pos[i] !== 'VERB' || v.lemma[i] !== 'tell') return null;
  const subj = findSubject(v, i);
  if (!actorOk(v, subj.mention)) return null;
  const target = mentionIndexAt(v, i + 1) >= 0 ? mentionIndexAt(v, i + 1) : mentionIndexAt(v, i + 2);
  if (!actorOk(v, target) || groupMembers(v, subj.mention).includes(target)) return null;
  const heard = v.doc.mentions![target];
  if (heard.sector === 'MED' || heard.location || heard.modifier || isModifier(v, heard)) return null;
  const match: PatternMatch = {
    pattern: {
      id: '010/say',
      code: '010',
      kind: 'verb',
      head: v.lemma[i],
      elements: [],
      symmetric: false,
      reversed: false,
      weight: 0,
      hasTarget: false,
      firstWords: null,
    },
    trigger: i,
    last: i,
    target,
    consumed: [],
    score: 0,
  };
  const mod = readModality(v, i, subj.clauseStart, subj.governor, v.doc.mentions![subj.mention].tokenEnd);
  return {
    match,
    source: subj.mention,
    target,
    modality: mod.modality,
    attribution: mod.attribution,
    confidence: 0.5,
    rule: 'pattern:010/say',
  };
}

/** Verbs whose compound subject acts on itself when no other target is named ("Russia and Ukraine agreed to ..."). */
const RECIPROCAL_HEADS = new Set([
  'agree',
  'sign',
  'meet',
  'talk',
  'negotiate',
  'restore',
  'normalize',
  'normalise',
  'resume',
  'exchange',
  'swap',
  'reconcile',
  'clash',
  'fight',
  'cooperate',
  'ally',
  'trade',
]);

function expand(v: SentenceView, d: Draft): DocEvent[] {
  const out: DocEvent[] = [];
  const t = v.doc.tokens!;
  const sources = groupMembers(v, d.source);
  const targets = d.target >= 0 ? groupMembers(v, d.target) : [];
  const trigger = { start: t.start[d.match.trigger], end: t.end[d.match.trigger] };
  const base: Omit<DocEvent, 'source' | 'target'> = {
    code: d.match.pattern.code,
    sentence: v.index,
    trigger,
    modality: d.modality,
    attribution: d.attribution,
    rule: d.rule,
    confidence: d.confidence,
    outside: undefined,
    date: undefined,
    datePrecision: undefined,
    dateSource: undefined,
    location: undefined,
    tone: undefined,
  };
  if (
    !targets.length &&
    sources.length > 1 &&
    (d.match.pattern.symmetric || RECIPROCAL_HEADS.has(d.match.pattern.head))
  ) {
    for (const a of sources) for (const b of sources) if (a !== b) out.push({ ...base, source: a, target: b });
    return out;
  }
  for (const a of sources) {
    if (!targets.length) out.push({ ...base, source: a, target: -1 });
    for (const b of targets) {
      if (a === b) continue;
      const ma = v.doc.mentions![a];
      const mb = v.doc.mentions![b];
      if (ma.code === mb.code && ma.start === mb.start) continue;
      out.push({ ...base, source: a, target: b });
    }
  }
  return out;
}

/** Whether two mentions stand for the same actor: the same code, unless they are two people named differently. */
function sameActor(doc: NewsDoc, a: number, b: number): boolean {
  if (a === b) return true;
  if (a < 0 || b < 0) return false;
  const [x, y] = [doc.mentions![a], doc.mentions![b]];
  if (x.kind === 'person' && y.kind === 'person' && x.name !== y.name) return false;
  return x.code === y.code;
}

/**
 * The actor a sentence is attributed to at its end ("..., Armenia's defence ministry said."; "..., officials told
 * Reuters"), or -1.
 */
function trailingReporter(v: SentenceView): number {
  let end = v.end - 1;
  while (end > v.first && (v.pos[end] === 'PUNCT' || !v.norm[end].trim())) end--;
  for (let j = end; j > v.first && j >= end - 8; j--) {
    if (v.norm[j] === ',') {
      const mi = mentionIndexAt(v, v.pos[j + 1] === 'DET' ? j + 2 : j + 1);
      if (mi < 0) return -1;
      const m = v.doc.mentions![mi];
      const verb = m.tokenEnd;
      return v.pos[verb] === 'VERB' && SPEECH_VERBS.has(v.lemma[verb]) ? mi : -1;
    }
  }
  return -1;
}

/** Character spans of the relative clauses of a sentence. */
function relativeSpans(v: SentenceView): Span[] {
  const t = v.doc.tokens!;
  const out: Span[] = [];
  for (let i = v.first; i < v.end; i++) {
    if (!v.relative[i - v.first]) continue;
    let j = i;
    while (j + 1 < v.end && v.relative[j + 1 - v.first]) j++;
    out.push({ start: t.start[i], end: t.end[j] });
    i = j;
  }
  return out;
}

/** Codes the events of one document from its tokens and mentions with the given patterns. */
export function codeEvents(doc: NewsDoc, set: PatternSet, placeNamed?: (name: string) => boolean): DocEvent[] {
  const t = doc.tokens!;
  const norm = t.normal;
  const bySentence: number[][] = [];
  doc.mentions!.forEach((m, k) => (bySentence[m.sentence] ??= []).push(k));
  const events: DocEvent[] = [];
  for (let s = 0; s < doc.sentences!.length; s++) {
    if (!bySentence[s]?.length) continue;
    const v = viewSentence(doc, s, norm, bySentence);
    v.placeNamed = placeNamed;
    const taken = new Set<number>();
    const drafts: Draft[] = [];
    for (let i = v.first; i < v.end; i++) {
      if (v.pos[i] === 'VERB' && mentionIndexAt(v, i) < 0) {
        const d = codeVerb(v, set, i, taken, drafts);
        if (d) drafts.push(d);
      }
    }
    for (let i = v.first; i < v.end; i++) {
      const nounLike =
        v.pos[i] === 'NOUN' ||
        v.pos[i] === 'PROPN' ||
        (v.pos[i] === 'VERB' && /ing$/.test(v.norm[i]) && isAttributive(v, i));
      if (nounLike && mentionIndexAt(v, i) < 0) {
        const d = codeNoun(v, set, i, taken);
        if (d) drafts.push(d);
      }
    }
    if (!drafts.length) {
      for (let i = v.first; i < v.end; i++) {
        const d = codeStatement(v, i);
        if (d) {
          drafts.push(d);
          break;
        }
      }
    }
    const sentenceEvents: DocEvent[] = [];
    for (const d of drafts) {
      for (const e of expand(v, d)) {
        if (e.target >= 0 && sameActor(doc, e.source, e.target)) continue;
        const dup = sentenceEvents.find(
          (x) =>
            x.code.slice(0, 2) === e.code.slice(0, 2) &&
            sameActor(doc, x.source, e.source) &&
            sameActor(doc, x.target, e.target),
        );
        if (dup) {
          if (e.code.length > dup.code.length || e.confidence > dup.confidence) Object.assign(dup, e);
          continue;
        }
        sentenceEvents.push(e);
      }
    }
    const same = (a: number, b: number) => sameActor(doc, a, b);
    const kept = foldInstruments(doc, foldResultatives(doc, sentenceEvents, same), same);
    const reporter = trailingReporter(v);
    if (reporter >= 0)
      for (const e of kept) {
        if (e.target === reporter && e.source !== reporter) e.target = -1;
        if (e.attribution < 0 && e.source !== reporter) e.attribution = reporter;
      }
    const clauses = relativeSpans(v);
    for (const e of kept) {
      const other = clauses.filter((c) => e.trigger.start < c.start || e.trigger.start >= c.end);
      if (other.length) e.outside = other;
    }
    events.push(...kept);
  }
  return resolveEarlierMentions(doc, events, (a, b) => sameActor(doc, a, b));
}

/** Pipeline stage: CAMEO events from verb and noun patterns over each sentence's clauses. */
export const events: Stage = {
  name: 'events',
  reads: ['sentences', 'tokens', 'mentions', 'coref'],
  adds: ['events'],
  run(doc, resources) {
    const gazetteer = resources.gazetteer as Gazetteer | undefined;
    const placeNamed = gazetteer
      ? (name: string) => !gazetteer.isNotPlace(name) && gazetteer.lookup(name).some((e) => e.kind !== 'site')
      : undefined;
    doc.events = codeEvents(doc, resources.patterns as PatternSet, placeNamed);
  },
};
