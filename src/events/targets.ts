/**
 * Who an event's target can be: helpers that find, accept or refuse a target mention.
 *
 * @packageDocumentation
 */
import type { Tokens } from '../doc.js';
import { isModifier, mentionAt, mentionIndexAt, type SentenceView } from './sentence-view.js';
import { RELATIVE } from './words.js';

/** True for a role word no country could be found for ("officials", "police"): an event by nobody in particular. */
export function bareRole(v: SentenceView, mi: number): boolean {
  const m = v.doc.mentions![mi];
  return (
    (m.kind === 'agent' || m.kind === 'person') &&
    m.country === null &&
    /^[A-Z]{3}$/.test(m.code) &&
    !ARMED_OR_INTERNATIONAL.test(m.code)
  );
}

/** Armed and criminal groups matter even when no country is known ("Gunmen opened fire ..."); so do international actors. */
export const ARMED_OR_INTERNATIONAL = /^(IGO|NGO|NGM|IMG|MNC|INT|UIS|UAF|REB|INS|SEP|CRM|RAD)$/;

/**
 * True when the target is a role word whose country was only inferred and that is the source itself or one of its
 * state organs ("Russia put its forces on alert", "the Pope appealed to world leaders"): no dyad. A state acting on its
 * own opposition or civilians stays a dyad.
 */
export function inferredOwnSide(v: SentenceView, source: number, target: number): boolean {
  const s = v.doc.mentions![source];
  const t = v.doc.mentions![target];
  const organ = /^(GOV|MIL|COP|SPY|JUD|LEG)/.test(t.sector ?? '');
  return (
    t.rule.includes('+infer:') &&
    t.country !== null &&
    t.country === s.country &&
    (s.code === t.code || (s.code === s.country && organ))
  );
}

/** "Trump withdrew the US from the treaty": a bare country named as the object of its own government is no target. */
export function selfReference(v: SentenceView, source: number, target: number): boolean {
  const s = v.doc.mentions![source];
  const t = v.doc.mentions![target];
  return t.country !== null && t.country === s.country && t.code === t.country && s.code !== s.country;
}

export function actorOk(v: SentenceView, mi: number): boolean {
  if (mi < 0) return false;
  const m = v.doc.mentions![mi];
  return Boolean(m.code);
}

/** People an act can be done to whose nationality names the target: "freed 150 Palestinian prisoners" is PSE. */
const PEOPLE = new Set(
  (
    'prisoner prisoners detainee detainees hostage hostages captive captives national nationals citizen citizens ' +
    'migrant migrants refugee refugees soldier soldiers troops fishermen sailors crew workers journalist journalists ' +
    'tourists students civilians'
  ).split(' '),
);

/** The first actor between a verb and the last word of its pattern ("asked the African Union for peacekeepers"). */
export function mentionBetween(v: SentenceView, from: number, to: number, skip?: number): number {
  for (let j = from; j < to; j++) {
    const mi = mentionIndexAt(v, j);
    if (mi < 0 || mi === skip) continue;
    const m = v.doc.mentions![mi];
    if (!m.location && !m.modifier && !isModifier(v, m)) return mi;
    if (!m.location && PEOPLE.has(v.norm[m.tokenEnd])) return mi;
    j = m.tokenEnd - 1;
  }
  return -1;
}

/**
 * Marks the noun phrase a target heads ("North Korea's missile launch") so that a noun inside it does not become an
 * act of its own: the condemnation is the event, the launch it names is its object.
 */
export function markObjectPhrase(v: SentenceView, target: number, taken: Set<number>): void {
  let k = v.doc.mentions![target].tokenEnd;
  if (k < v.end && (v.norm[k] === "'s" || v.norm[k] === '’s' || v.norm[k] === "'")) k++;
  else return;
  while (k < v.end && (v.pos[k] === 'ADJ' || v.pos[k] === 'NOUN' || v.norm[k] === '-')) taken.add(k++);
}

/** Protests are aimed at the authorities of the place where they happen. */
export const PROTESTS = /^14/;

/** The place a protest happens in ("staged a protest in Beijing"), standing for its government; or -1. */
export function protestPlace(v: SentenceView, i: number): number {
  for (let j = i + 1; j < v.end && j <= i + 10; j++) {
    if (v.norm[j] === ';' || RELATIVE.has(v.norm[j])) break;
    const mi = mentionIndexAt(v, j);
    if (mi >= 0 && v.doc.mentions![mi].location && v.doc.mentions![mi].country) return mi;
  }
  return -1;
}

/** The mention a relative clause hangs on ("Vietnam, which ..."), for the clause holding token `i`, or -1. */
export function relativeAntecedent(v: SentenceView, i: number): number {
  let r = i - 1;
  while (r >= v.first && !RELATIVE.has(v.norm[r])) r--;
  if (r < v.first) return -1;
  let k = r - 1;
  if (v.norm[k] === ',') k--;
  return mentionIndexAt(v, k);
}

/** How far after an attack's verb its object may name a place, in tokens. */
const PLACE_OBJECT_REACH = 10;

/** Prepositions that aim a weapon at a place after its object: "dropped a bomb on Hiroshima". */
const AIMED = new Set(['on', 'at', 'into', 'against', 'toward', 'towards', 'over']);

/** Nouns for a part of a place, which an attack's object may name before "of": "the outskirts of Damascus". */
const PLACE_PARTS: ReadonlySet<string> = new Set(
  (
    'outskirts outskirt suburb suburbs district districts part parts city town village villages centre center ' +
    'area areas region province neighbourhood neighborhood capital port airport camp north south east west ' +
    'north-east north-west south-east south-west northeast northwest southeast southwest heart edge'
  ).split(' '),
);

/** Options of {@link objectNameRuns}. */
export interface ObjectScan {
  /** Pass one preposition that aims the act ("dropped a bomb on Hiroshima"). */
  aimed?: boolean;
  /** Pass an infinitive right after the trigger ("threatened to annex the region"). */
  infinitive?: boolean;
}

/**
 * The runs of proper nouns in the object after token `from` (the trigger's last token), as token ranges `[start,
 * end)`. The scan passes hyphens and "of" after a part of a place ("the outskirts of"), and with `options` one aiming
 * preposition and an infinitive; it stops at a verb, a clause break, another preposition or punctuation, at the end of
 * the sentence, and after ten tokens.
 */
export function* objectNameRuns(t: Tokens, from: number, options: ObjectScan = {}): Generator<[number, number]> {
  const limit = Math.min(t.pos.length, from + 1 + PLACE_OBJECT_REACH);
  let aimed = !options.aimed;
  for (let i = from + 1; i < limit && t.sentence[i] === t.sentence[from]; i++) {
    const pos = t.pos[i];
    if (pos === 'VERB' && t.normal[i - 1] === '-') continue;
    if (pos === 'VERB' && options.infinitive && i === from + 2 && t.normal[i - 1] === 'to') continue;
    if (pos === 'ADP' && t.normal[i] === 'of' && PLACE_PARTS.has(t.normal[i - 1])) continue;
    if (pos === 'ADP' && !aimed && AIMED.has(t.normal[i])) {
      aimed = true;
      continue;
    }
    if (pos === 'VERB' || pos === 'AUX' || pos === 'SCONJ' || pos === 'ADP') return;
    if (pos === 'PUNCT' && t.normal[i] !== '-') return;
    if (pos !== 'PROPN') continue;
    let e = i + 1;
    while (e < limit && t.pos[e] === 'PROPN') e++;
    yield [i, e];
    i = e - 1;
  }
}

/**
 * True when the object of the verb at `i` names a place rather than an actor: "bombed the outskirts of Damascus",
 * "shelled Kherson". The place is the first proper noun of the object ({@link objectNameRuns}), heading its phrase
 * (not a modifier: "the Paris agreement"), and it is a country or region mention, or a name the gazetteer knows
 * (`v.placeNamed`). An attack on a place is an event without a target actor; `placeTargets` aims it at the country.
 */
export function objectNamesPlace(v: SentenceView, i: number): boolean {
  const t = v.doc.tokens!;
  for (const [k, e] of objectNameRuns(t, i)) {
    const m = mentionAt(v, k);
    const next = t.pos[e];
    if (next === 'NOUN' || (next === 'PART' && t.pos[e + 1] === 'NOUN' && !m)) return false;
    if (m) return m.location === true || m.kind === 'country' || m.kind === 'region';
    return v.placeNamed?.(v.doc.text.slice(t.start[k], t.end[e - 1])) ?? false;
  }
  return false;
}
