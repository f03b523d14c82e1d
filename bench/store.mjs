// Store benchmark: loads 1,000,000 generated events and times the queries analysts run most.
// Run after `npm run build`:  node bench/store.mjs [--events 1000000] [--db /tmp/dyad-bench.db]
// With DYAD_TEST_PG set, the same load and queries run on PostgreSQL too (in a schema dyad_bench, dropped first).
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { network, timeline } from '../dist/analysis/index.js';
import { openPostgresStore, openSqliteStore } from '../dist/store/index.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    db: { type: 'string', default: join(tmpdir(), 'dyad-bench.db') },
    skipLoad: { type: 'boolean', default: false },
  },
});
const TOTAL = Number(values.events);
const PER_ARTICLE = 10;
const ARTICLES_PER_BATCH = 1000;

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0), s / 4294967296);
}

const COUNTRIES = [
  'USA',
  'CHN',
  'RUS',
  'PRK',
  'KOR',
  'JPN',
  'UKR',
  'IRN',
  'ISR',
  'PSE',
  'SYR',
  'TUR',
  'IND',
  'PAK',
  'AFG',
  'IRQ',
  'SAU',
  'EGY',
  'GBR',
  'FRA',
  'DEU',
  'POL',
  'BLR',
  'VEN',
  'COL',
  'BRA',
  'MEX',
  'NGA',
  'ETH',
  'SDN',
  'SOM',
  'KEN',
  'ZAF',
  'MLI',
  'LBY',
  'YEM',
  'MMR',
  'PHL',
  'VNM',
  'TWN',
];
const SECTORS = ['', 'GOV', 'MIL', 'COP', 'REB'];
const ACTORS = COUNTRIES.flatMap((c) => SECTORS.map((s) => c + s));
const CODES = [
  ['010', 0, 1, 'CONSULT'],
  ['036', 4, 1, 'CONSULT'],
  ['042', 1.9, 1, 'CONSULT'],
  ['043', 2.8, 1, 'CONSULT'],
  ['057', 8, 1, 'AGREE'],
  ['061', 6.4, 2, 'COOPERATE'],
  ['071', 7.4, 2, 'AID'],
  ['112', -2, 3, 'ACCUSE'],
  ['138', -7, 3, 'THREATEN'],
  ['173', -5, 4, 'SEIZE'],
  ['190', -10, 4, 'FIGHT'],
  ['193', -10, 4, 'FIGHT'],
];
const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'tan',
  'sel',
  'vor',
  'ni',
  'dra',
  'pel',
  'ust',
  'or',
  'ben',
  'gal',
  'tri',
  'mon',
  'sar',
];
const r0 = rng(7);
const WORDS = Array.from({ length: 3000 }, () =>
  Array.from({ length: 2 + Math.floor(r0() * 2) }, () => SYLLABLES[Math.floor(r0() * SYLLABLES.length)]).join(''),
);
WORDS.splice(
  20,
  0,
  'ceasefire',
  'talks',
  'shelling',
  'sanctions',
  'treaty',
  'summit',
  'border',
  'missile',
  'drone',
  'protest',
);

function* items(total) {
  const r = rng(42);
  const start = Date.UTC(2023, 0, 1);
  const days = 730;
  const zipf = () => WORDS[Math.min(WORDS.length - 1, Math.floor(WORDS.length * r() ** 3))];
  for (let a = 0; a * PER_ARTICLE < total; a++) {
    const id = `bench-${a}`;
    const date = new Date(start + Math.floor(r() * days) * 86400000).toISOString().slice(0, 10);
    const events = [];
    let text = '';
    for (let n = 0; n < PER_ARTICLE && a * PER_ARTICLE + n < total; n++) {
      const [code, goldstein, quad, plover] = CODES[Math.floor(r() * CODES.length)];
      const src = ACTORS[Math.floor(ACTORS.length * r() ** 1.5)];
      let tgt = ACTORS[Math.floor(ACTORS.length * r() ** 1.5)];
      if (tgt === src) tgt = ACTORS[(ACTORS.indexOf(src) + 7) % ACTORS.length];
      const sentence = `${src} ${code} ${tgt} ${Array.from({ length: 12 }, zipf).join(' ')}.`;
      const start = text.length;
      text += sentence + ' ';
      const actor = (c, s) => ({
        code: c,
        country: c.slice(0, 3),
        sector: c.slice(3) || null,
        name: c,
        text: c,
        start: s,
        end: s + c.length,
      });
      events.push({
        id: `${id}:${n}:${code}`,
        article: id,
        sentence: n,
        date,
        date_precision: 'day',
        date_source: 'article',
        code,
        root: code.slice(0, 2),
        name: `CAMEO ${code}`,
        goldstein,
        quad,
        plover: { event: plover, mode: null },
        source: actor(src, start),
        target: actor(tgt, start + src.length + 5),
        modality: r() < 0.03 ? 'negated' : 'asserted',
        attribution: null,
        location:
          r() < 0.5
            ? {
                name: 'Somewhere',
                country: tgt.slice(0, 3),
                admin1: null,
                lat: r() * 140 - 70,
                lon: r() * 360 - 180,
                precision: 'city',
              }
            : null,
        tone: null,
        evidence: {
          text: sentence,
          start,
          end: start + sentence.length,
          trigger: { text: code, start: start + src.length + 1, end: start + src.length + 4 },
        },
        rule: 'bench',
        confidence: 0.8,
      });
    }
    yield { article: { id, text, url: `https://bench.example/${a}`, published: date }, events };
  }
}

async function load(store) {
  const t0 = performance.now();
  let batch = [];
  let events = 0;
  for (const item of items(TOTAL)) {
    batch.push(item);
    events += item.events.length;
    if (batch.length === ARTICLES_PER_BATCH) {
      await store.saveBatch(batch, { validate: false });
      batch = [];
    }
  }
  if (batch.length) await store.saveBatch(batch, { validate: false });
  await store.optimize();
  const s = (performance.now() - t0) / 1000;
  console.log(`  load: ${events} events in ${s.toFixed(1)} s (${Math.round(events / s)} events/s)`);
}

async function time(name, fn, runs = 7) {
  const ms = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = await fn();
    ms.push(performance.now() - t0);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(
    `  ${name}: median ${sorted[Math.floor(runs / 2)].toFixed(1)} ms, first ${ms[0].toFixed(1)} ms, max ${sorted[runs - 1].toFixed(1)} ms  (${describe(out)})`,
  );
  return sorted[Math.floor(runs / 2)];
}

function describe(out) {
  if (out.points) return `${out.points.length} periods, ${out.points.reduce((a, p) => a + p.count, 0)} events`;
  if (out.edges) return `${out.nodes.length} nodes, ${out.edges.length} edges`;
  if (typeof out.events === 'number') return `${out.events} events, ${out.clusters} clusters`;
  if (out.events) return `${out.events.length} events on the first page`;
  if (typeof out === 'number') return `${out} matches`;
  return '';
}

async function queries(store) {
  await time('dyad timeline USA,CHN (undirected, prefixes) over 2024, weekly', () =>
    timeline(store, { dyad: ['USA', 'CHN'], since: '2024-01-01', until: '2024-12-31' }, 'week'),
  );
  await time('dyad timeline USAGOV->CHNMIL (directed, full codes) over 2024, daily', () =>
    timeline(store, { dyad: ['USAGOV', 'CHNMIL'], directed: true, since: '2024-01-01', until: '2024-12-31' }, 'day'),
  );
  await time('network for March 2024 (all actors)', () => network(store, { since: '2024-03-01', until: '2024-03-31' }));
  await time('network over all time (all actors)', () => network(store, {}), 3);
  await time('stats (totals, date range)', () => store.stats());
  await time('text search "ceasefire talks", first 100 by date', () =>
    store.queryEvents({ q: 'ceasefire talks', limit: 100 }),
  );
  await time('text search "shelling" + actor RUS, first 100', () =>
    store.queryEvents({ q: 'shelling', actor: 'RUS', limit: 100 }),
  );
  await time(
    'text search "ceasefire talks", count of all matches',
    async () => (await store.aggregate({ q: 'ceasefire talks' }, { by: [] }))[0].count,
  );
  await time('events of actor PRK in June 2024, first 100', () =>
    store.queryEvents({ actor: 'PRK', since: '2024-06-01', until: '2024-06-30', limit: 100 }),
  );
}

console.log(`dyad store bench: ${TOTAL} events, node ${process.version}`);
console.log(`SQLite (${values.db})`);
if (!values.skipLoad) for (const suffix of ['', '-wal', '-shm']) rmSync(values.db + suffix, { force: true });
const sqlite = openSqliteStore(values.db);
if (!values.skipLoad) await load(sqlite);
else await sqlite.optimize();
await queries(sqlite);
await sqlite.close();

if (process.env.DYAD_TEST_PG) {
  console.log('PostgreSQL (schema dyad_bench)');
  if (!values.skipLoad) {
    const c = new pg.Client({ connectionString: process.env.DYAD_TEST_PG });
    await c.connect();
    await c.query('DROP SCHEMA IF EXISTS dyad_bench CASCADE');
    await c.end();
  }
  const store = await openPostgresStore(process.env.DYAD_TEST_PG, { schema: 'dyad_bench' });
  if (!values.skipLoad) await load(store);
  await queries(store);
  await store.close();
} else {
  console.log('PostgreSQL: skipped (set DYAD_TEST_PG to run it)');
}
