import type { DocEvent, Mention, NewsDoc, Place } from '../doc.js';
import { note } from '../doc.js';
import type { Stage } from '../pipeline.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { findPlacePhrases, type PlacePhrase } from './place-phrases.js';
import { contextResources } from './resources.js';

const SITE_WORD =
  /\b(palace|airport|square|hall|hotel|embassy|consulate|base|airbase|camp|hospital|stadium|cent(?:re|er)|university|school|mosque|church|cathedral|temple|shrine|port|harbou?r|bridge|dam|plant|station|prison|jail|compound|headquarters|building|crossing|checkpoint|museum|academy|memorial|cemetery|park|tower|refinery|facility|complex|residence|villa|mausoleum|house|market|ministry)$/i;
const STRONG = new Set(['in', 'at', 'near', 'outside', 'inside']);
const BARE_REGION = /\b(sea|strait|gulf|peninsula|bank|strip|heights)$/i;
const WEAK = new Set(['on', 'over', 'through', 'along']);
const FEATURE_ON =
  /\b(peninsula|island|islands|border|front|coast|bank|strait|sea|line|heights|plateau|frontier|gulf|river)$/i;

/** A place candidate in a sentence, resolved. */
interface Candidate {
  place: Place;
  specificity: number;
}

/**
 * Resolves a written place name against the gazetteer, trying the whole name then shorter word prefixes ("Kyiv on
 * Monday" → Kyiv). Returns the entry and how many characters of `name` it used.
 */
export function resolveName(
  gaz: Gazetteer,
  name: string,
  country?: string | null,
): { entry: GazetteerEntry; length: number } | undefined {
  const words = [...name.matchAll(/\S+/g)];
  for (let n = words.length; n >= 1; n--) {
    const length = (words[n - 1].index ?? 0) + words[n - 1][0].length;
    const prefix = name.slice(0, length);
    if (gaz.isNotPlace(prefix)) return undefined;
    const list = gaz.lookup(prefix);
    if (!list.length) continue;
    const entry = (country && list.find((e) => e.country === country)) || list[0];
    return { entry, length };
  }
  return undefined;
}

/** The city a site name contains ("Pyongyang International Airport" → Pyongyang): a capital or a city of ≥ 100,000. */
function cityInside(gaz: Gazetteer, name: string): GazetteerEntry | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    for (let i = 0; i + n < words.length; i++) {
      const e = gaz.find(words.slice(i, i + n).join(' '), ['city']);
      if (e && (e.capital || e.population >= 100_000 || e.from === 'alias')) return e;
    }
  }
  return undefined;
}

function toPlace(e: GazetteerEntry, precision: Place['precision'], name = e.name): Place {
  return { name, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, precision };
}

const SPECIFICITY: Record<Place['precision'], number> = { site: 4, city: 3, region: 2, country: 1, unresolved: 0 };

function isBlockedByMention(
  p: { start: number; end: number },
  mentions: readonly Mention[],
  inSentence: readonly number[],
  actors: ReadonlySet<number>,
): boolean {
  return inSentence.some((i) => {
    const m = mentions[i];
    return (
      m.start < p.end &&
      p.start < m.end &&
      m.location !== true &&
      (actors.has(i) || m.kind === 'person' || m.kind === 'organisation' || m.kind === 'group' || m.kind === 'agent')
    );
  });
}

/** A document's mentions and events by sentence, so that placing each sentence does not walk the whole article. */
export interface SentenceIndex {
  mentionsOf: Map<number, number[]>;
  eventsOf: Map<number, DocEvent[]>;
}

/** Indexes a document's mentions and events by sentence. */
export function sentenceIndex(doc: NewsDoc): SentenceIndex {
  const index: SentenceIndex = { mentionsOf: new Map(), eventsOf: new Map() };
  (doc.mentions ?? []).forEach((m, i) => {
    const list = index.mentionsOf.get(m.sentence);
    if (list) list.push(i);
    else index.mentionsOf.set(m.sentence, [i]);
  });
  for (const e of doc.events ?? []) {
    const list = index.eventsOf.get(e.sentence);
    if (list) list.push(e);
    else index.eventsOf.set(e.sentence, [e]);
  }
  return index;
}

function resolvePhrase(
  gaz: Gazetteer,
  phrase: PlacePhrase,
  siteCity: () => GazetteerEntry | undefined,
  modifier: (end: number) => boolean,
): Candidate | undefined {
  const container = phrase.container ? resolveName(gaz, phrase.container)?.entry : undefined;
  const alias = gaz.lookup(phrase.name).find((e) => e.kind === 'site');
  if (phrase.preposition === '' && !alias && !SITE_WORD.test(phrase.name) && !BARE_REGION.test(phrase.name))
    return undefined;
  const span = { text: phrase.name, start: phrase.start, end: phrase.end };
  if (alias || SITE_WORD.test(phrase.name)) {
    if (alias) return { place: { ...toPlace(alias, 'site'), ...span, rule: 'place/alias-site' }, specificity: 4 };
    const city = cityInside(gaz, phrase.name) ?? (container?.kind === 'city' ? container : undefined) ?? siteCity();
    const base = city
      ? toPlace(city, 'site', phrase.name)
      : {
          name: phrase.name,
          country: container?.country ?? null,
          admin1: null,
          lat: null,
          lon: null,
          precision: 'site' as const,
        };
    return { place: { ...base, ...span, rule: city ? 'place/site' : 'place/site-unlocated' }, specificity: 4 };
  }
  const hit = resolveName(gaz, phrase.name, container?.country);
  if (!hit) {
    if (!STRONG.has(phrase.preposition) || gaz.isNotPlace(phrase.name.split(/\s+/)[0]) || modifier(phrase.end))
      return undefined;
    return {
      place: {
        name: phrase.name,
        country: container?.country ?? null,
        admin1: null,
        lat: null,
        lon: null,
        precision: 'unresolved',
        ...span,
        rule: 'place/unresolved',
      },
      specificity: 0,
    };
  }
  const { entry } = hit;
  const text = phrase.name.slice(0, hit.length);
  if (phrase.preposition === '' && (entry.kind !== 'region' || !BARE_REGION.test(text))) return undefined;
  if (phrase.preposition === 'to' && entry.kind === 'country') return undefined;
  if (WEAK.has(phrase.preposition) && entry.kind !== 'region' && entry.kind !== 'site' && !FEATURE_ON.test(text))
    return undefined;
  let precision: Place['precision'] = entry.kind;
  let name = entry.name;
  if (phrase.direction) {
    name = `${phrase.direction} ${entry.name}`;
    if (entry.kind === 'country') precision = 'region';
  }
  return {
    place: {
      ...toPlace(entry, precision, name),
      text,
      start: phrase.start,
      end: phrase.start + text.length,
      rule: `place/${entry.from}`,
    },
    specificity: SPECIFICITY[precision],
  };
}

/** The first city of the article: its dateline ("PYONGYANG, June 20 (Reuters) -") or the first city named after a preposition. */
export function articleCity(doc: NewsDoc, gaz: Gazetteer): GazetteerEntry | undefined {
  const dateline = /^\s*([A-Z][A-Z .'’-]{2,40}?)(?:,|\s+\(|\s+[—–-])/.exec(doc.text);
  if (dateline) {
    const e = gaz.find(dateline[1].trim(), ['city']);
    if (e) return e;
  }
  for (const p of findPlacePhrases(doc.text, 0)) {
    const hit = resolveName(gaz, p.name);
    if (hit?.entry.kind === 'city') return hit.entry;
  }
  return undefined;
}

/** Finds and resolves every place candidate of one sentence, in text order. */
export function sentencePlaces(
  doc: NewsDoc,
  sentence: number,
  gaz: Gazetteer,
  articleCityOf: () => GazetteerEntry | undefined,
  index: SentenceIndex = sentenceIndex(doc),
): Place[] {
  const s = doc.sentences![sentence];
  const text = doc.text.slice(s.start, s.end);
  const mentions = doc.mentions ?? [];
  const own = index.mentionsOf.get(sentence) ?? [];
  const actors = new Set<number>();
  for (const e of index.eventsOf.get(sentence) ?? [])
    for (const i of [e.source, e.target, e.attribution]) if (i >= 0) actors.add(i);
  const phrases = findPlacePhrases(text, s.start).filter((p) => !isBlockedByMention(p, mentions, own, actors));
  let cities: GazetteerEntry[] | undefined;
  const sentenceCity = () => {
    cities ??= phrases
      .map((p) => resolveName(gaz, p.name)?.entry)
      .filter((e): e is GazetteerEntry => e?.kind === 'city');
    return cities[0] ?? articleCityOf();
  };
  const found: Candidate[] = [];
  for (const p of phrases) {
    const c = resolvePhrase(gaz, p, sentenceCity, (end) => nextIsNoun(doc, end));
    if (c) found.push(c);
  }
  own.forEach((i) => {
    const m = mentions[i];
    if (m.location !== true) return;
    if (found.some((c) => c.place.start! < m.end && m.start < c.place.end!)) return;
    const written = doc.text.slice(m.start, m.end);
    const entry = resolveName(gaz, written)?.entry ?? (m.country ? gaz.country(m.country) : undefined);
    const place: Place = entry
      ? toPlace(entry, entry.kind)
      : { name: written, country: m.country, admin1: null, lat: null, lon: null, precision: 'unresolved' };
    found.push({
      place: { ...place, text: written, start: m.start, end: m.end, rule: `place/mention` },
      specificity: SPECIFICITY[place.precision],
    });
  });
  return dropContainers(found).sort((a, b) => a.start! - b.start!);
}

/** True when the token after `end` is a noun: the capitalised words before it modify it ("North Korean soldiers"). */
function nextIsNoun(doc: NewsDoc, end: number): boolean {
  const t = doc.tokens;
  if (!t) return false;
  let lo = 0;
  let hi = t.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.start.length && (t.pos[lo] === 'NOUN' || t.pos[lo] === 'ADJ');
}

/** Drops a candidate that only says where another one is ("in Kharkiv in eastern Ukraine": Ukraine). */
function dropContainers(found: Candidate[]): Place[] {
  const sorted = [...found].sort((a, b) => a.place.start! - b.place.start!);
  return sorted
    .filter((c, i) => {
      const prev = sorted[i - 1];
      return !(
        prev &&
        c.place.start! - prev.place.end! <= 12 &&
        prev.specificity > c.specificity &&
        (c.place.country === null || c.place.country === prev.place.country)
      );
    })
    .map((c) => c.place);
}

/** Picks the place nearest an event's trigger; on a tie the more specific one. */
export function nearestPlace(places: readonly Place[], trigger: { start: number; end: number }): Place | undefined {
  let best: Place | undefined;
  let bestKey = Infinity;
  for (const p of places) {
    const gap = Math.max(0, p.start! - trigger.end, trigger.start - p.end!);
    const key = gap * 8 + (4 - SPECIFICITY[p.precision]);
    if (key < bestKey) [best, bestKey] = [p, key];
  }
  return best;
}

/** What placing the events of one article shares: each sentence's places, the article's city, and its index. */
export interface PlaceContext {
  places: Map<number, Place[]>;
  index: SentenceIndex;
  /** The article's city, once asked for (null: not yet looked up). */
  city: GazetteerEntry | undefined | null;
}

/** A fresh {@link PlaceContext} for a document whose mentions and events are set. */
export function placeContext(doc: NewsDoc): PlaceContext {
  return { places: new Map(), index: sentenceIndex(doc), city: null };
}

/** Places one event: sets `event.location` to the nearest place of its sentence, or null. */
export function placeEvent(
  doc: NewsDoc,
  event: DocEvent,
  gaz: Gazetteer,
  context: PlaceContext = placeContext(doc),
): Place | null {
  let places = context.places.get(event.sentence);
  if (!places) {
    const cityOf = () => (context.city === null ? (context.city = articleCity(doc, gaz)) : context.city);
    places = doc.sentences?.[event.sentence] ? sentencePlaces(doc, event.sentence, gaz, cityOf, context.index) : [];
    context.places.set(event.sentence, places);
  }
  const own = event.outside
    ? places.filter((p) => !event.outside!.some((o) => p.start! < o.end && o.start < p.end!))
    : places;
  event.location = nearestPlace(own, event.trigger) ?? null;
  return event.location;
}

/**
 * Pipeline stage `eventPlaces`: finds where each event happened in its own sentence — a phrase like "in Pyongyang",
 * "at the Kumsusan Palace", "on the Korean Peninsula", "in southern Gaza", or an actor-stage mention marked
 * `location: true` — and resolves it with the gazetteer (`resources.gazetteer`) to a {@link Place}: a site (placed at
 * the city named in it, after it, elsewhere in the sentence, else the article's dateline city), a city, a region, a
 * country, or `unresolved` with the raw text. A name that is an actor of an event in the sentence, or a person or
 * organisation mention, is not a place. With no place in the sentence, `location` stays null: the article is not
 * guessed from. Each placed event leaves an `info` message with the rule (`place/alias`, `place/city`, `place/site`…).
 */
export const eventPlaces: Stage = {
  name: 'eventPlaces',
  reads: ['events', 'mentions', 'tokens'],
  adds: ['places'],
  run(doc, resources) {
    const { gazetteer } = contextResources(resources, 'eventPlaces');
    const context = placeContext(doc);
    for (const event of doc.events ?? []) {
      const place = placeEvent(doc, event, gazetteer, context);
      if (place) {
        note(doc, {
          ruleId: place.rule ?? 'place',
          level: 'info',
          stage: 'eventPlaces',
          start: place.start,
          end: place.end,
          reason: `event ${event.code} at ${event.trigger.start} placed in ${place.name} (${place.precision}${place.country ? `, ${place.country}` : ''})`,
        });
      }
    }
  },
};
