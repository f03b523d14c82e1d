import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../../src/context/cluster.js';
import type { EventRecord } from '../../src/schema/event-record.js';

type Loc = EventRecord['location'];
const PYONGYANG: Loc = { name: 'Pyongyang', country: 'PRK', admin1: '12', lat: 39.03, lon: 125.75, precision: 'city' };
const KUMSUSAN: Loc = {
  name: 'Kumsusan Palace of the Sun',
  country: 'PRK',
  admin1: '12',
  lat: 39.03,
  lon: 125.75,
  precision: 'site',
};
const SEOUL: Loc = { name: 'Seoul', country: 'KOR', admin1: '11', lat: 37.57, lon: 126.98, precision: 'city' };
const NK: Loc = { name: 'North Korea', country: 'PRK', admin1: null, lat: 40, lon: 127, precision: 'country' };

let n = 0;
function ev(
  article: string,
  src: string,
  tgt: string | null,
  code: string,
  date: string | null,
  precision: EventRecord['date_precision'],
  location: Loc = null,
): EventRecord {
  const actor = (code: string) => ({
    code,
    country: code.slice(0, 3),
    sector: null,
    name: code,
    text: code,
    start: 0,
    end: 3,
  });
  const id = `${article}-${n++}`;
  return {
    id,
    article,
    sentence: 0,
    date,
    date_precision: precision,
    date_source: 'text',
    code,
    root: code.slice(0, 2),
    name: 'x',
    goldstein: 0,
    quad: 1,
    plover: null,
    source: actor(src),
    target: tgt ? actor(tgt) : null,
    modality: 'asserted',
    attribution: null,
    location,
    tone: 0,
    evidence: { text: `sentence of ${id}`, start: 0, end: 10, trigger: { text: 'met', start: 0, end: 3 } },
    rule: 'test',
    confidence: 0.9,
  };
}

describe('clusterEvents', () => {
  const events = [
    ev('a1', 'RUSGOV', 'PRKGOV', '042', '2024-06-19', 'day', PYONGYANG),
    ev('a2', 'RUSGOV', 'PRKGOV', '042', '2024-06-19', 'day', KUMSUSAN),
    ev('a3', 'RUSGOV', 'PRKGOV', '043', '2024-06-20', 'day', null),
    ev('a4', 'RUSGOV', 'PRKGOV', '042', '2024-06-01', 'month', NK),
    ev('a5', 'PRKGOV', 'RUSGOV', '042', '2024-06-19', 'day', PYONGYANG),
    ev('a6', 'RUSGOV', 'PRKGOV', '042', '2024-06-19', 'day', SEOUL),
    ev('a7', 'RUSGOV', 'PRKGOV', '042', '2024-03-02', 'day', PYONGYANG),
    ev('a8', 'RUSGOV', 'PRKGOV', '042', null, null, PYONGYANG),
    ev('a9', 'RUSGOV', 'PRKGOV', '051', '2024-06-19', 'day', PYONGYANG),
  ];
  const sources: Record<string, string> = {
    a1: 'https://www.wire.example/x',
    a2: 'https://wire.example/y',
    a3: 'Daily Example',
  };
  const clusters = clusterEvents(events, { sourceOf: (a) => sources[a] });
  const articlesOf = (c: (typeof clusters)[number]) => c.mentions.map((m) => m.article);

  it.each([
    [
      'same dyad, root, day, city/site/unknown place and the month report fold together',
      'a1',
      ['a1', 'a2', 'a3', 'a4'],
    ],
    ['the reversed dyad is another act', 'a5', ['a5']],
    ['another city the same day is another act', 'a6', ['a6']],
    ['another day is another act', 'a7', ['a7']],
    ['an undated event stays apart', 'a8', ['a8']],
    ['another CAMEO root is another act', 'a9', ['a9']],
  ])('%s', (_, article, expected) => {
    const c = clusters.find((c) => articlesOf(c).includes(article))!;
    expect(articlesOf(c)).toEqual(expected);
  });

  it('keeps every mention and counts sources by host', () => {
    expect(clusters.reduce((s, c) => s + c.numMentions, 0)).toBe(events.length);
    const big = clusters[0];
    expect(big.numArticles).toBe(4);
    expect(big.numSources).toBe(3);
    expect(big.representative.location?.precision).toBe('site');
    expect(big.id).toBe(`cluster:${big.representative.id}`);
    expect(big.mentions[0].evidence.text).toMatch(/^sentence of a1/);
  });

  it('returns nothing for no events', () => {
    expect(clusterEvents([])).toEqual([]);
  });
});
