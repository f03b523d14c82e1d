import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/context/gazetteer.js';
import { foldName } from '../../src/context/fold.js';

const gaz = loadGazetteer();

describe('foldName', () => {
  it.each([
    ['the Gaza Strip', 'gaza strip'],
    ['São Paulo', 'sao paulo'],
    ['U.S.', 'us'],
    ['Nagorno-Karabakh', 'nagorno karabakh'],
  ])('%s → %s', (input, out) => expect(foldName(input)).toBe(out));
});

describe('gazetteer lookups', () => {
  it.each([
    ['Washington', 'Washington, D.C.', 'USA', 'city'],
    ['Kiev', 'Kyiv', 'UKR', 'city'],
    ['Gaza', 'Gaza Strip', 'PSE', 'region'],
    ['the Korean Peninsula', 'Korean Peninsula', null, 'region'],
    ['Pyongyang', 'Pyongyang', 'PRK', 'city'],
    ['Paris', 'Paris', 'FRA', 'city'],
    ['Sao Paulo', 'São Paulo', 'BRA', 'city'],
    ['France', 'France', 'FRA', 'country'],
    ['Georgia', 'Georgia', 'GEO', 'country'],
    ['Kumsusan Palace', 'Kumsusan Palace of the Sun', 'PRK', 'site'],
  ])('%s → %s', (name, canonical, country, kind) => {
    const e = gaz.lookup(name)[0];
    expect(e?.name).toBe(canonical);
    expect(e?.country).toBe(country);
    expect(e?.kind).toBe(kind);
  });

  it('knows words that are never places', () => {
    expect(gaz.isNotPlace('Congress')).toBe(true);
    expect(gaz.isNotPlace('Pyongyang')).toBe(false);
  });

  it('loads in reasonable time and memory', () => {
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    const g = loadGazetteer();
    const ms = performance.now() - t;
    const mb = (process.memoryUsage().heapUsed - before) / 1e6;
    console.log(`gazetteer: ${g.size} names, load ${ms.toFixed(0)} ms, heap +${mb.toFixed(1)} MB`);
    expect(g.size).toBeGreaterThan(90_000);
    expect(ms).toBeLessThan(5000);
  });
});
