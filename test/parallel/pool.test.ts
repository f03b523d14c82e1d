// Coding on several worker threads gives exactly what one thread gives, in input order; bad articles are skipped
// with their reason and never stop the batch. Workers run the built code, so these tests use dist/ and bin/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { createDyad } from '../../src/index.js';
import type { ArticleResult, CodingPool } from '../../src/parallel/pool.js';

const bin = new URL('../../bin/dyad.js', import.meta.url).pathname;
const { createCodingPool } = (await import(new URL('../../dist/parallel/pool.js', import.meta.url).href)) as {
  createCodingPool: (o: { jobs: number; batch: number }) => CodingPool;
};

const FRENCH =
  "Les ministres des deux pays voisins se sont rencontrés mardi dans la capitale pour discuter d'un différend " +
  'ancien sur les droits de pêche et la frontière. Selon des responsables, les discussions ont été franches et une ' +
  'nouvelle série de réunions aura lieu le mois prochain, sans concessions de part et d’autre.';

const ARTICLES = [
  'Kenya expelled two Ugandan diplomats on Monday after a border dispute.',
  'Chile and Peru signed a fisheries agreement in Lima on Tuesday.',
  FRENCH,
  'The Indonesian navy seized a Vietnamese fishing boat near the Natuna islands.',
  'Egypt urged Ethiopia and Sudan to resume talks on the Nile dam.',
  'Poland summoned the Belarusian ambassador over the airspace violation.',
  'Nothing happened here.',
].map((text, k) => ({ id: `p-${k}`, text, meta: { published: '2024-03-05' } }));

async function* stream<T>(items: T[]) {
  for (const x of items) yield x;
}

describe('parallel coding', () => {
  it('gives the same records as one thread, in input order, with skips reported', async () => {
    const one = createDyad();
    const expected = ARTICLES.map((a) => {
      const doc = one.process(createDoc(a.id, a.text, a.meta));
      return doc.skipped ? 'skipped' : JSON.stringify(one.records(doc));
    });
    const pool = createCodingPool({ jobs: 2, batch: 2 });
    try {
      const got: ArticleResult[] = [];
      for await (const r of pool.code(stream(ARTICLES))) got.push(r);
      expect(got.map((r) => r.id)).toEqual(ARTICLES.map((a) => a.id));
      expect(got.map((r) => (r.skipped ? 'skipped' : JSON.stringify(r.records)))).toEqual(expected);
      expect(got[2].skipped).toMatch(/French/);
      expect(got.flatMap((r) => r.records).length).toBeGreaterThan(4);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('`dyad code --jobs 2` prints what `--jobs 1` prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-jobs-'));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, ARTICLES.map((a) => JSON.stringify({ id: a.id, text: a.text, date: '2024-03-05' })).join('\n'));
    const run = (jobs: string) =>
      spawnSync(process.execPath, [bin, 'code', file, '--jobs', jobs], { encoding: 'utf8' });
    const [a, b] = [run('1'), run('2')];
    expect(a.status).toBe(1);
    expect(b.status).toBe(1);
    expect(b.stdout).toBe(a.stdout);
    expect(b.stderr).toContain('skipped p-2');
  }, 60_000);

  it('refuses a --jobs that is no number', () => {
    const r = spawnSync(process.execPath, [bin, 'code', '-', '--jobs', 'many'], { input: 'x', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number/);
  });
});
