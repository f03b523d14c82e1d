import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../src/events/ontology.js';

describe('loadOntology', () => {
  const ontology = loadOntology();

  it('holds every root and the codes under them', () => {
    const roots = ontology.codes.filter((c) => c.code.length === 2).map((c) => c.code);
    expect(roots).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(ontology.codes.length).toBeGreaterThan(300);
    for (const c of ['010', '036', '0871', '1123', '173', '190', '2041', '1951']) expect(ontology.has(c)).toBe(true);
  });

  it('gives the facts of a code', () => {
    expect(ontology.get('042')).toMatchObject({ code: '042', root: '04', goldstein: 1.9, quad: 1 });
    expect(ontology.get('042')?.plover).toMatchObject({ event: 'CONSULT', mode: 'visit' });
    expect(ontology.get('190')).toMatchObject({ goldstein: -10, quad: 4 });
    expect(ontology.get('999')).toBeUndefined();
  });

  it('uses the CAMEO manual names for 105-108, not the shifted GDELT ones', () => {
    expect(ontology.get('106')?.name).toMatch(/meeting/i);
    expect(ontology.get('108')?.name).toMatch(/mediation/i);
  });

  it('maps the statement and appeal roots to no PLOVER event', () => {
    expect(ontology.get('010')?.plover).toBeNull();
    expect(ontology.get('0234')?.plover).toBeNull();
    expect(ontology.get('0871')?.plover?.event).toBe('RETREAT');
  });

  it('finds the root of a code', () => {
    expect(ontology.root('0871')?.code).toBe('08');
    expect(ontology.root('19')?.code).toBe('19');
    expect(ontology.root('0999')).toBeUndefined();
  });

  it('names the file when it is missing or bad', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-ontology-'));
    expect(() => loadOntology(join(dir, 'none.json'))).toThrow(/^dyad: .*none\.json/);
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        '042': { code: '042', root: '04', name: 'Make a visit', goldstein: 42, quad: 1, plover: null },
      }),
    );
    expect(() => loadOntology(bad)).toThrow(/^dyad: .*bad\.json: code "042" field goldstein/);
  });
});
