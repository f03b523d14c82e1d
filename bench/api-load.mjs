// API load test: dyad's HTTP API under autocannon, 200 connections for 30 s, against the timeline route.
// Run after `npm run build` and `node bench/store.mjs` (which leaves its SQLite database at /tmp/dyad-bench.db):
//   node bench/api-load.mjs [--db /tmp/dyad-bench.db] [--connections 200] [--duration 30] [--url '/timeline?...']
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
    serve: { type: 'boolean', default: false },
  },
});

if (values.serve) {
  const { buildServer } = await import('../dist/api/server.js');
  const { openStore } = await import('../dist/store/index.js');
  const store = await openStore(values.db);
  const app = await buildServer({ store, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send({ port: app.server.address().port });
} else {
  const child = fork(new URL(import.meta.url).pathname, ['--serve', '--db', values.db], { stdio: 'inherit' });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`dyad: the server exited with code ${code}; is ${values.db} a dyad database?`)));
  });
  const url = `http://127.0.0.1:${port}${values.url}`;
  const probe = await fetch(url);
  console.log(`GET ${values.url} -> ${probe.status}, ${(await probe.text()).length} bytes`);
  const result = await autocannon({ url, connections: Number(values.connections), duration: Number(values.duration) });
  console.log(`connections ${values.connections}, ${values.duration} s against ${values.db}`);
  console.log(`requests/s: mean ${result.requests.average.toFixed(0)}, total ${result.requests.total}`);
  console.log(`latency ms: mean ${result.latency.average.toFixed(1)}, p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`);
  console.log(`errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
  child.kill();
}
