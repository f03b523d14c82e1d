import type { EventRecord } from '../../src/schema/event-record.js';
import type { SaveItem } from '../../src/store/types.js';

/** A few CAMEO codes with their Goldstein score, quad class and PLOVER event, for test records. */
export const CODES: Record<string, { name: string; goldstein: number; quad: 1 | 2 | 3 | 4; plover: string }> = {
  '010': { name: 'Make statement', goldstein: 0, quad: 1, plover: 'CONSULT' },
  '042': { name: 'Make a visit', goldstein: 1.9, quad: 1, plover: 'CONSULT' },
  '043': { name: 'Host a visit', goldstein: 2.8, quad: 1, plover: 'CONSULT' },
  '057': { name: 'Sign formal agreement', goldstein: 8, quad: 1, plover: 'AGREE' },
  '061': { name: 'Cooperate economically', goldstein: 6.4, quad: 2, plover: 'COOPERATE' },
  '112': { name: 'Accuse', goldstein: -2, quad: 3, plover: 'ACCUSE' },
  '138': { name: 'Threaten with military force', goldstein: -7, quad: 3, plover: 'THREATEN' },
  '173': { name: 'Arrest, detain', goldstein: -5, quad: 4, plover: 'SEIZE' },
  '190': { name: 'Use conventional military force', goldstein: -10, quad: 4, plover: 'FIGHT' },
  '193': { name: 'Fight with small arms', goldstein: -10, quad: 4, plover: 'FIGHT' },
};

/** What a test event may set; the rest is filled in. */
export interface EventSpec {
  article?: string;
  n?: number;
  date?: string | null;
  code?: keyof typeof CODES | string;
  source?: string;
  target?: string | null;
  modality?: EventRecord['modality'];
  text?: string;
  place?: { country: string; lat: number; lon: number; name?: string } | null;
}

function actor(code: string, start: number) {
  return {
    code,
    country: /^[A-Z]{3}/.test(code) && !/^(IGO|NGO)/.test(code) ? code.slice(0, 3) : null,
    sector: code.length >= 6 ? code.slice(3, 6) : null,
    name: `Actor ${code}`,
    text: code,
    start,
    end: start + code.length,
  };
}

/** A valid {@link EventRecord} built from a few fields. */
export function makeEvent(spec: EventSpec = {}): EventRecord {
  const article = spec.article ?? 'a1';
  const n = spec.n ?? 0;
  const code = spec.code ?? '042';
  const c = CODES[code] ?? { name: `Code ${code}`, goldstein: 0, quad: 1 as const, plover: 'CONSULT' };
  const source = spec.source ?? 'RUSGOV';
  const target = spec.target === undefined ? 'PRKGOV' : spec.target;
  const text = spec.text ?? `${source} did ${c.name.toLowerCase()} with ${target ?? 'nobody'} in sentence ${n}.`;
  const date = spec.date === undefined ? '2024-06-19' : spec.date;
  return {
    id: `${article}:${n}:${code}`,
    article,
    sentence: n,
    date,
    date_precision: date ? 'day' : null,
    date_source: date ? 'text' : null,
    code,
    root: code.slice(0, 2),
    name: c.name,
    goldstein: c.goldstein,
    quad: c.quad,
    plover: { event: c.plover, mode: null },
    source: actor(source, 0),
    target: target ? actor(target, 20) : null,
    modality: spec.modality ?? 'asserted',
    attribution: null,
    location: spec.place
      ? {
          name: spec.place.name ?? 'Somewhere',
          country: spec.place.country,
          admin1: null,
          lat: spec.place.lat,
          lon: spec.place.lon,
          precision: 'city',
        }
      : null,
    tone: -1.5,
    evidence: { text, start: 0, end: text.length, trigger: { text: 'did', start: 7, end: 10 } },
    rule: `pattern:${code}/test`,
    confidence: 0.9,
  };
}

/** An article holding the given events (their `article` is set to its id), with a text long enough for their spans. */
export function makeItem(id: string, specs: EventSpec[], text?: string): SaveItem {
  const events = specs.map((s, i) => makeEvent({ n: i, ...s, article: id }));
  return {
    article: {
      id,
      text: text ?? events.map((e) => e.evidence.text).join(' ') + ' ' + id,
      url: `https://news.example/${id}`,
      title: `Title ${id}`,
      published: '2024-06-19',
    },
    events,
  };
}
