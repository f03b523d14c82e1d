// Dashboard benchmark: page load and the table/network/timeline/map answers in headless Chromium, on the demo corpus
// and on a store of 1,000,000 generated events.
// Run after `npm run build` (it needs dist/ and dist/web/):
//   node bench/web.mjs [--events 1000000] [--db /tmp/dyad-web-bench.db] [--reuse] [--runs 5]
// --reuse keeps an existing --db that already holds the events (loading 1M events takes a few minutes).
// Needs Chromium (/usr/bin/chromium or DYAD_CHROMIUM).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildServer } from '../dist/api/server.js';
import { registerWeb } from '../dist/api/web.js';
import { ingestInputs } from '../dist/cli/ingest-run.js';
import { createDyad } from '../dist/index.js';
import { createCoder } from '../dist/api/coder.js';
import { openStore } from '../dist/store/index.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    db: { type: 'string', default: join(tmpdir(), 'dyad-web-bench.db') },
    reuse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
  },
});
const TOTAL = Number(values.events);
const RUNS = Number(values.runs);
const REPO = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
if (!existsSync(CHROMIUM)) {
  console.error(`dyad: no Chromium at ${CHROMIUM}; apt-get install chromium or set DYAD_CHROMIUM`);
  process.exit(2);
}
if (!existsSync(join(REPO, 'dist/web/index.html'))) {
  console.error('dyad: the dashboard is not built; run `npm run build` first');
  process.exit(2);
}

// ---------- generated events: 200 actors, 12 codes, 2 years, half of them placed near capitals ----------
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0), s / 4294967296);
}
const COUNTRIES = {
  USA: [38.9, -77.0],
  CHN: [39.9, 116.4],
  RUS: [55.75, 37.62],
  PRK: [39.03, 125.75],
  KOR: [37.57, 126.98],
  JPN: [35.68, 139.69],
  UKR: [50.45, 30.52],
  IRN: [35.69, 51.39],
  ISR: [31.77, 35.21],
  PSE: [31.9, 35.2],
  SYR: [33.51, 36.29],
  TUR: [39.93, 32.86],
  IND: [28.61, 77.21],
  PAK: [33.68, 73.05],
  AFG: [34.53, 69.17],
  IRQ: [33.31, 44.36],
  SAU: [24.71, 46.68],
  EGY: [30.04, 31.24],
  GBR: [51.51, -0.13],
  FRA: [48.86, 2.35],
  DEU: [52.52, 13.4],
  POL: [52.23, 21.01],
  BLR: [53.9, 27.56],
  VEN: [10.49, -66.88],
  COL: [4.71, -74.07],
  BRA: [-15.79, -47.88],
  MEX: [19.43, -99.13],
  NGA: [9.08, 7.4],
  ETH: [9.03, 38.74],
  SDN: [15.5, 32.56],
  SOM: [2.05, 45.32],
  KEN: [-1.29, 36.82],
  ZAF: [-25.75, 28.19],
  MLI: [12.64, -8.0],
  LBY: [32.89, 13.19],
  YEM: [15.37, 44.19],
  MMR: [19.76, 96.07],
  PHL: [14.6, 120.98],
  VNM: [21.03, 105.85],
  TWN: [25.03, 121.57],
};
const NAMES = Object.keys(COUNTRIES);
const SECTORS = ['', 'GOV', 'MIL', 'COP', 'REB'];
const ACTORS = NAMES.flatMap((c) => SECTORS.map((s) => c + s));
const CODES = [
  ['010', 'Make statement', 0, 1, 'said'],
  ['036', 'Express intent to meet', 4, 1, 'offered talks with'],
  ['042', 'Make a visit', 1.9, 1, 'visited'],
  ['043', 'Host a visit', 2.8, 1, 'hosted'],
  ['057', 'Sign formal agreement', 8, 1, 'signed a deal with'],
  ['061', 'Cooperate economically', 6.4, 2, 'traded with'],
  ['071', 'Provide economic aid', 7.4, 2, 'sent aid to'],
  ['112', 'Accuse', -2, 3, 'accused'],
  ['138', 'Threaten with military force', -7, 3, 'threatened'],
  ['173', 'Arrest, detain', -5, 4, 'detained'],
  ['190', 'Use conventional military force', -10, 4, 'attacked'],
  ['193', 'Fight with small arms', -10, 4, 'clashed with'],
];
const TAILS = [
  'on Monday',
  'near the border',
  'after talks broke down',
  'according to officials',
  'in the capital',
  'amid sanctions',
  'over the ceasefire',
  'during the summit',
];
const PER_ARTICLE = 5;

function* items(total) {
  const r = rng(42);
  const start = Date.UTC(2023, 0, 1);
  for (let a = 0; a * PER_ARTICLE < total; a++) {
    const id = `wb-${a}`;
    const date = new Date(start + Math.floor(r() * 730) * 86400000).toISOString().slice(0, 10);
    const events = [];
    let text = '';
    for (let n = 0; n < PER_ARTICLE && a * PER_ARTICLE + n < total; n++) {
      const [code, name, goldstein, quad, verb] = CODES[Math.floor(r() * CODES.length)];
      const src = ACTORS[Math.floor(ACTORS.length * r() ** 1.6)];
      let tgt = ACTORS[Math.floor(ACTORS.length * r() ** 1.6)];
      if (tgt === src) tgt = ACTORS[(ACTORS.indexOf(src) + 7) % ACTORS.length];
      const s0 = text.length;
      const sentence = `Officials of ${src} ${verb} ${tgt} ${TAILS[Math.floor(r() * TAILS.length)]}.`;
      text += sentence + ' ';
      const at = (w, from = 0) => s0 + sentence.indexOf(w, from);
      const actor = (c, s) => ({
        code: c,
        country: c.slice(0, 3),
        sector: c.slice(3) || null,
        name: c,
        text: c,
        start: s,
        end: s + c.length,
      });
      const place = r() < 0.5 ? (r() < 0.5 ? tgt : src).slice(0, 3) : null;
      const [lat, lon] = place ? COUNTRIES[place] : [0, 0];
      events.push({
        id: `${id}:${n}:${code}`,
        article: id,
        sentence: n,
        date,
        date_precision: 'day',
        date_source: 'article',
        code,
        root: code.slice(0, 2),
        name,
        goldstein,
        quad,
        plover: null,
        source: actor(src, at(src)),
        target: actor(tgt, at(tgt, sentence.indexOf(verb))),
        modality: r() < 0.03 ? 'negated' : 'asserted',
        attribution: null,
        location: place
          ? {
              name: `Capital of ${place}`,
              country: place,
              admin1: null,
              lat: lat + (r() - 0.5) * 4,
              lon: lon + (r() - 0.5) * 4,
              precision: 'city',
            }
          : null,
        tone: null,
        evidence: {
          text: sentence,
          start: s0,
          end: s0 + sentence.length,
          trigger: { text: verb, start: at(verb), end: at(verb) + verb.length },
        },
        rule: 'bench/web',
        confidence: 0.8,
      });
    }
    yield {
      article: { id, text, url: `https://bench.example/${a}`, title: `Generated article ${a}`, published: date },
      events,
    };
  }
}

async function fill(store, total) {
  const t0 = performance.now();
  let batch = [];
  let n = 0;
  for (const item of items(total)) {
    batch.push(item);
    n += item.events.length;
    if (batch.length === 2000) {
      await store.saveBatch(batch, { validate: false });
      batch = [];
      if (n % 100_000 === 0) process.stderr.write(`  ${n} events…\r`);
    }
  }
  if (batch.length) await store.saveBatch(batch, { validate: false });
  await store.optimize?.();
  console.log(`  loaded ${n} events in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

// ---------- measuring ----------
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) =>
  `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;

async function serve(store) {
  const code = createCoder(createDyad());
  const app = await buildServer({ store, code, logger: false });
  await registerWeb(app);
  const url = (await app.listen({ host: '127.0.0.1', port: 0 })) + '/';
  return { app, url };
}

/** Milliseconds from navigation start until `ready` holds in a fresh (cold-cache) page, over RUNS runs. */
async function pageLoad(browser, url, ready) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return times;
}

async function apiTimes(url, path) {
  const times = [];
  let body;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const res = await fetch(url + path.replace(/^\//, ''));
    body = await res.json();
    times.push(performance.now() - t);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  }
  return { times, body };
}

async function measure(label, store, browser) {
  const stats = await store.stats();
  console.log(
    `\n## ${label}: ${stats.events} events, ${stats.articles} articles, ${stats.actors} actors, ${stats.firstDate} to ${stats.lastDate}`,
  );
  const { app, url } = await serve(store);
  try {
    const lines = [];
    const row = (name, times) => lines.push(`  ${name.padEnd(48)} ${fmt(times)}`);
    row(
      'page: table, first rows shown',
      await pageLoad(browser, url, (p) => p.locator('tr.event-row').first().waitFor()),
    );
    const top = await store.aggregate({}, { by: ['source', 'target'], nonNull: ['target'], limit: 1 });
    const [a, b] = [top[0].key.source, top[0].key.target];
    row(
      `page: timeline ${a}–${b}, chart drawn`,
      await pageLoad(browser, `${url}#/timeline?a=${a}&b=${b}`, (p) =>
        p.waitForFunction(() =>
          /\d+ periods/.test(document.querySelector('[data-testid=timeline-chart]')?.getAttribute('aria-label') ?? ''),
        ),
      ),
    );
    row(
      'page: network (default window), graph drawn',
      await pageLoad(browser, `${url}#/network`, (p) =>
        p.waitForFunction(() =>
          /^Network of \d+/.test(document.querySelector('[data-testid=network]')?.getAttribute('aria-label') ?? ''),
        ),
      ),
    );
    row(
      'page: map (latest 2000 placed events)',
      await pageLoad(browser, `${url}#/map`, (p) =>
        p.waitForFunction(() =>
          /^\d+ located events/.test(document.querySelector('.map-view .hint')?.textContent ?? ''),
        ),
      ),
    );
    const first = await apiTimes(url, '/events?order=desc&limit=50');
    row('api: /events first page (50, newest first)', first.times);
    if (first.body.next)
      row(
        'api: /events next page by cursor',
        (await apiTimes(url, `/events?order=desc&limit=50&cursor=${first.body.next}`)).times,
      );
    row(
      `api: /events?actor=${a.slice(0, 3)}&quad=4`,
      (await apiTimes(url, `/events?actor=${a.slice(0, 3)}&quad=4&order=desc&limit=50`)).times,
    );
    row(
      'api: /events?q=ceasefire (text search)',
      (await apiTimes(url, '/events?q=ceasefire&order=desc&limit=50')).times,
    );
    row(`api: /timeline?dyad=${a},${b} (weekly, all time)`, (await apiTimes(url, `/timeline?dyad=${a},${b}`)).times);
    row(`api: /alerts?dyad=${a},${b}`, (await apiTimes(url, `/alerts?dyad=${a},${b}`)).times);
    if (stats.lastDate) {
      const since = new Date(Date.parse(stats.lastDate) - 30 * 86400000).toISOString().slice(0, 10);
      row(
        'api: /network last 30 days, top 100 edges',
        (await apiTimes(url, `/network?since=${since}&until=${stats.lastDate}&limit=100`)).times,
      );
      const year = new Date(Date.parse(stats.lastDate) - 365 * 86400000).toISOString().slice(0, 10);
      row(
        'api: /network last year, top 100 edges',
        (await apiTimes(url, `/network?since=${year}&until=${stats.lastDate}&limit=100`)).times,
      );
    }
    row('api: /network all time, top 100 edges', (await apiTimes(url, '/network?limit=100')).times);
    row('api: /actors?q=ru (search as you type)', (await apiTimes(url, '/actors?q=ru&limit=12')).times);
    row(
      'api: /events map query (bbox, 2000)',
      (await apiTimes(url, '/events?bbox=-180,-90,180,90&order=desc&limit=2000')).times,
    );
    console.log(lines.join('\n'));
  } finally {
    await app.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  // The demo corpus, coded by the real pipeline.
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-demo-'));
  const demo = await openStore(join(dir, 'demo.db'));
  await ingestInputs([join(REPO, 'demo/articles.jsonl')], createDyad(), demo, {});
  await measure('demo corpus', demo, browser);
  await demo.close();
  rmSync(dir, { recursive: true, force: true });

  // The generated store.
  if (!values.reuse && existsSync(values.db))
    for (const f of [values.db, values.db + '-wal', values.db + '-shm']) rmSync(f, { force: true });
  const big = await openStore(values.db);
  if ((await big.stats()).events < TOTAL) {
    console.log(`\nfilling ${values.db} with ${TOTAL} generated events…`);
    await fill(big, TOTAL);
  }
  await measure(`generated store (${values.db})`, big, browser);
  await big.close();
} finally {
  await browser.close();
}
