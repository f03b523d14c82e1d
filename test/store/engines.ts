import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';

const PG_URL = process.env.DYAD_TEST_PG;

/** A way to open fresh, empty stores of one engine; each test's stores are closed and removed after it. */
export interface EngineUnderTest {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store>;
  /** The SQLite file of the last store opened (for tests that reopen it). */
  lastPath?: string;
}

function sqliteEngine(cleanups: Array<() => Promise<void>>): EngineUnderTest {
  const engine: EngineUnderTest = {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
      engine.lastPath = join(dir, 'test.db');
      const store = openSqliteStore(engine.lastPath);
      cleanups.push(async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      });
      return store;
    },
  };
  return engine;
}

function postgresEngine(cleanups: Array<() => Promise<void>>): EngineUnderTest {
  return {
    name: 'postgres',
    async open() {
      const schema = `dyad_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const store = await openPostgresStore(PG_URL!, { schema, max: 4 });
      cleanups.push(async () => {
        await store.close();
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      });
      return store;
    },
  };
}

/**
 * Runs the same suite against SQLite and PostgreSQL. Without `DYAD_TEST_PG` the PostgreSQL half is skipped, and its
 * title says how to enable it.
 */
export function describeEngines(title: string, suite: (engine: EngineUnderTest) => void): void {
  const cleanups: Array<() => Promise<void>> = [];
  const runCleanups = async () => {
    for (const c of cleanups.splice(0)) await c();
  };
  afterEach(runCleanups);
  afterAll(runCleanups);
  describe(`${title} [sqlite]`, () => suite(sqliteEngine(cleanups)));
  const pgTitle = PG_URL
    ? `${title} [postgres]`
    : `${title} [postgres: skipped, DYAD_TEST_PG is unset; run scripts/pg-test-setup.sh and export DYAD_TEST_PG]`;
  if (!PG_URL)
    console.warn(
      `dyad: ${title}: PostgreSQL half skipped because DYAD_TEST_PG is unset (sh scripts/pg-test-setup.sh prints the URL to export)`,
    );
  describe.skipIf(!PG_URL)(pgTitle, () => suite(postgresEngine(cleanups)));
}
