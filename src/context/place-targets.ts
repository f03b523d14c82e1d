import { CAMEO_COUNTRY_CODES } from '../actors/dictionary.js';
import { note, type DocEvent, type Mention, type NewsDoc, type Place } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { objectNameRuns } from '../events/targets.js';
import type { Gazetteer } from './gazetteer.js';
import { resolveName } from './places.js';
import { contextResources } from './resources.js';

/**
 * Whether an event without a target actor is aimed at the country where it happened: attacks, fighting and mass
 * violence (CAMEO 18–20: "shelled Kharkiv", "a car bomb in central Baghdad"), threats of it (138: "threatened to
 * annex the Essequibo region of Guyana"), a claim of responsibility for one
 * (015), and sympathy over a tragedy somewhere (018: "condolences over the floods in Libya"). Statements, meetings and protests are not: a press conference in Geneva is not aimed at Switzerland.
 */
export function targetsPlace(code: string): boolean {
  const root = code.slice(0, 2);
  return root === '18' || root === '19' || root === '20' || code.startsWith('138') || code === '015' || code === '018';
}

/**
 * A place named in the event's object ("shelled Kharkiv", "bombarded a district of Syria's second city Aleppo",
 * "dropped a bomb on Hiroshima", "threatened to annex the Essequibo region of Guyana"): the first run of proper nouns
 * of the object ({@link objectNameRuns}) that the gazetteer knows as a city, region or country and that is no person
 * or organisation mention.
 */
function objectPlace(doc: NewsDoc, event: DocEvent, gaz: Gazetteer): Place | null {
  const t = doc.tokens!;
  const mentions = doc.mentions ?? [];
  let last = 0;
  while (last + 1 < t.start.length && t.start[last + 1] < event.trigger.end) last++;
  for (const [i, e] of objectNameRuns(t, last, { aimed: true, infinitive: true })) {
    const start = t.start[i];
    const end = t.end[e - 1];
    const name = doc.text.slice(start, end).replace(/['’]s$/, '');
    const mention = mentions.find((m) => m.start < end && start < m.end);
    if (mention && mention.kind !== 'country' && mention.kind !== 'region') return null;
    const hit = resolveName(gaz, name);
    if (hit && hit.length === name.length && hit.entry.kind !== 'site')
      return {
        name: hit.entry.name,
        country: hit.entry.country ?? null,
        admin1: null,
        lat: null,
        lon: null,
        precision: hit.entry.kind,
        text: name,
        start,
        end: start + name.length,
        rule: `place/object`,
      };
  }
  return null;
}

/**
 * The event's place when it is written after the trigger ("struck a convoy near Goma"): a place before it often belongs
 * to another clause ("Speaking in Sanaa, the spokesman said they had attacked…").
 */
function placeAfter(event: DocEvent): Place | null {
  const place = event.location;
  return place && place.start !== undefined && place.start >= event.trigger.end ? place : null;
}

/** The mention that stands for the country of the event's place, added to `doc.mentions`; its index, or -1. */
function placeMention(doc: NewsDoc, event: DocEvent, place: Place | null | undefined): number {
  if (!place?.country || place.start === undefined || place.end === undefined) return -1;
  const code = CAMEO_COUNTRY_CODES[place.country] ?? place.country;
  if (doc.mentions![event.source]?.code === code) return -1;
  const tokens = doc.tokens!;
  let tokenStart = -1;
  let tokenEnd = -1;
  for (let t = 0; t < tokens.start.length; t++) {
    if (tokens.end[t] <= place.start) continue;
    if (tokens.start[t] >= place.end) break;
    if (tokenStart < 0) tokenStart = t;
    tokenEnd = t + 1;
  }
  if (tokenStart < 0) return -1;
  const mention: Mention = {
    start: place.start,
    end: place.end,
    code,
    country: code,
    sector: null,
    name: place.name,
    kind: 'country',
    sentence: event.sentence,
    tokenStart,
    tokenEnd,
    rule: `place-target/${place.rule ?? 'place'}`,
    location: true,
  };
  doc.mentions!.push(mention);
  return doc.mentions!.length - 1;
}

/**
 * Pipeline stage `placeTargets`: an attack with no target actor is coded against the country where it happened —
 * "rebels shelled a district of Aleppo" is SYR as target, as CAMEO coders do — using the place its object names, else
 * the place `eventPlaces` found after the trigger. A bare country is not aimed at itself. The country is added as a mention spanning the place (rule `place-target/…`), so the
 * record shows the words it came from. Events that already have a target, or whose kind is not aimed at a place
 * ({@link targetsPlace}), are left alone.
 */
export const placeTargets: Stage = {
  name: 'placeTargets',
  reads: ['events', 'places', 'mentions'],
  adds: ['placeTargets'],
  run(doc: NewsDoc, resources) {
    const { gazetteer } = contextResources(resources, 'placeTargets');
    for (const event of doc.events ?? []) {
      if (event.target >= 0 || !targetsPlace(event.code)) continue;
      const target = placeMention(doc, event, objectPlace(doc, event, gazetteer) ?? placeAfter(event));
      if (target < 0) continue;
      event.target = target;
      const m = doc.mentions![target];
      note(doc, {
        ruleId: 'place-target',
        level: 'info',
        stage: 'placeTargets',
        start: m.start,
        end: m.end,
        reason: `event ${event.code} at ${event.trigger.start} has no target actor; aimed at ${m.code}, where it happened`,
      });
    }
  },
};
