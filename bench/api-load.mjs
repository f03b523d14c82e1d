// API load test: dyad's HTTP API under autocannon, 200 connections for 30 s, against the timeline route.
// Run after `npm run build` and `node bench/store.mjs` (which leaves its SQLite database at /tmp/dyad-bench.db):
//   node bench/api-load.mjs [--db /tmp/dyad-bench.db|postgres://…] [--connections 200] [--duration 30] [--url '/timeline?...']
//                           [--cache-ttl MS]   the server's aggregate cache (default 5000; 0 turns it off, so every request queries)
//                           [--readers N]      SQLite reader threads (default: the store's default)
//                           [--routes]         instead of the load, time single requests to the slow routes (cache off, median of 5)
//                           [--background URL] during the load, also request URL over and over, one at a time (a slow
//                                              route a dashboard user opens while others poll the timeline)
// The server runs in a child process so the load generator does not share its event loop.
import { fork } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: join(tmpdir(), 'dyad-bench.db') },
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '30' },
    url: { type: 'string', default: '/timeline?dyad=USA,CHN&since=2024-01-01&until=2024-12-31&interval=week' },
    'cache-ttl': { type: 'string' },
    readers: { type: 'string' },
    routes: { type: 'boolean', default: false },
    background: { type: 'string' },
    serve: { type: 'boolean', default: false },
  },
});

const ROUTES = [
  '/timeline?dyad=USA,CHN&since=2024-01-01&until=2024-12-31&interval=week',
  '/network?since=2024-12-01&until=2024-12-31&limit=100',
  '/network?since=2024-01-01&until=2024-12-31&limit=100',
  '/network?limit=100',
  '/stats',
  '/events?q=ceasefire&limit=50',
  '/events?q=shelling&actor=RUS&limit=100',
  '/events?q=ceasefire&quad=4&since=2024-06-01&limit=50',
  '/events?actor=USA&quad=4&limit=50',
  '/alerts?dyad=USA,CHNMIL',
  '/top/dyads',
];

if (values.serve) {
  if (values.readers !== undefined) process.env.DYAD_SQLITE_READERS = values.readers;
  const { buildServer } = await import('../dist/api/server.js');
  const { openStore } = await import('../dist/store/index.js');
  const store = await openStore(values.db);
  const cacheTtlMs = values['cache-ttl'] === undefined ? undefined : Number(values['cache-ttl']);
  const app = await buildServer({ store, logger: false, cacheTtlMs });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send({ port: app.server.address().port });
} else {
  const args = ['--serve', '--db', values.db];
  if (values.routes) args.push('--cache-ttl', '0');
  else if (values['cache-ttl'] !== undefined) args.push('--cache-ttl', values['cache-ttl']);
  if (values.readers !== undefined) args.push('--readers', values.readers);
  const child = fork(new URL(import.meta.url).pathname, args, { stdio: 'inherit' });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) =>
      reject(new Error(`dyad: the server exited with code ${code}; is ${values.db} a dyad database?`)),
    );
  });
  const base = `http://127.0.0.1:${port}`;
  const shown = values.db.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  if (values.routes) {
    console.log(`single requests against ${shown}, cache off, median of 5 after one warm-up`);
    for (const route of ROUTES) {
      const ms = [];
      let status = 0;
      for (let i = 0; i < 6; i++) {
        const t0 = performance.now();
        const res = await fetch(base + route);
        await res.arrayBuffer();
        status = res.status;
        if (i > 0) ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      console.log(
        `  ${route.padEnd(60)} ${status}  median ${ms[2].toFixed(1)} ms  (min ${ms[0].toFixed(1)}, max ${ms[4].toFixed(1)})`,
      );
    }
  } else {
    const url = base + values.url;
    const probe = await fetch(url);
    console.log(`GET ${values.url} -> ${probe.status}, ${(await probe.text()).length} bytes`);
    let running = true;
    const slow = [];
    const background = (async () => {
      while (values.background && running) {
        const t0 = performance.now();
        const res = await fetch(base + values.background);
        await res.arrayBuffer();
        slow.push([res.status, performance.now() - t0]);
      }
    })();
    const result = await autocannon({
      url,
      connections: Number(values.connections),
      duration: Number(values.duration),
    });
    running = false;
    await background;
    if (values.background) {
      const ms = slow.map(([, t]) => t).sort((a, b) => a - b);
      console.log(
        `background ${values.background}: ${slow.length} requests (${slow.filter(([st]) => st !== 200).length} not 200), median ${ms[Math.floor(ms.length / 2)]?.toFixed(0)} ms, max ${ms[ms.length - 1]?.toFixed(0)} ms`,
      );
    }
    console.log(
      `connections ${values.connections}, ${values.duration} s against ${shown}, cache ttl ${values['cache-ttl'] ?? 'default'}, readers ${values.readers ?? 'default'}`,
    );
    console.log(`requests/s: mean ${result.requests.average.toFixed(0)}, total ${result.requests.total}`);
    console.log(
      `latency ms: mean ${result.latency.average.toFixed(1)}, p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`,
    );
    console.log(`errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
  }
  child.kill();
}
