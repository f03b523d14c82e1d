import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { all, run } from '../../src/store/program.js';
import { ReadPool } from '../../src/store/read-pool.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { makeItem } from './factory.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pool-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'pool.db');
}

async function ready(pool: ReadPool): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const p = pool.run(all('SELECT 1 AS one'));
    if (p) return void (await p);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no reader thread became ready');
}

it('runs reads on reader threads, in parallel, each program on one snapshot, and refuses writes', async () => {
  const path = tempPath();
  const store = openSqliteStore(path, { readers: 0 });
  cleanups.push(() => store.close());
  await store.saveBatch([makeItem('a1', [{}, { code: '190' }]), makeItem('a2', [{ source: 'USAGOV' }])]);
  const pool = new ReadPool(path, 2, (v) => v);
  cleanups.push(() => pool.close());
  expect(pool.run(all('SELECT 1'))).toBeUndefined();
  await ready(pool);
  const counts = await Promise.all(
    Array.from({ length: 40 }, () =>
      pool.run(all<{ n: number }>('SELECT COUNT(*) AS n FROM events WHERE source_code >= ?', ['A']))!,
    ),
  );
  expect(counts.every((rows) => rows[0].n === 3)).toBe(true);
  const two = await pool.run(
    (function* () {
      const [a] = yield* all<{ n: number }>('SELECT COUNT(*) AS n FROM events');
      const [b] = yield* all<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
      return [a.n, b.n];
    })(),
  );
  expect(two).toEqual([3, 2]);
  await expect(pool.run(run('DELETE FROM events'))!).rejects.toThrow(/a read tried to change the store/);
  await expect(pool.run(all('SELECT * FROM nowhere'))!).rejects.toThrow(/no such table/);
  expect((await store.stats()).events).toBe(3);
});

it('a store with reader threads sees each write as soon as it is committed, and closes cleanly', async () => {
  const store: Store = openSqliteStore(tempPath(), { readers: 2 });
  cleanups.push(() => store.close());
  for (let i = 0; i < 30; i++) {
    await store.saveArticle(makeItem(`a${i}`, [{ date: '2024-06-19' }]));
    const [page, rows] = await Promise.all([store.queryEvents({ limit: 1000 }), store.aggregate({}, { by: [] })]);
    expect([page.events.length, rows[0].count]).toEqual([i + 1, i + 1]);
    if (i === 5) await new Promise((r) => setTimeout(r, 100));
  }
  await store.close();
});

it('falls back to the calling thread when the reader threads cannot open the file', async () => {
  const pool = new ReadPool(join(tmpdir(), 'dyad-no-such-dir', 'x.db'), 2, (v) => v);
  cleanups.push(() => pool.close());
  expect(pool.run(all('SELECT 1'))).toBeUndefined();
  await new Promise((r) => setTimeout(r, 300));
  expect(pool.run(all('SELECT 1'))).toBeUndefined();
});
