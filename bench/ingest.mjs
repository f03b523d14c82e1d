// Ingest benchmark: `dyad ingest` of a generated ~100 MB JSONL into a temporary SQLite file (articles/s and the
// process's peak memory), then extraction speed in ms/page over the article-extraction benchmark's HTML pages.
// Run after `npm run build`:  node bench/ingest.mjs [--mb 100] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { generateCorpus } from './corpus.mjs';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false } },
});
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/dyad.js');
const PAGES = join(ROOT, '../shared/eval/raw/article-extraction-benchmark/html');
const target = Number(values.mb) * 1e6;
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
const input = join(dir, 'articles.jsonl');
const db = join(dir, 'bench.db');

// 1. The corpus, written in chunks so the generator's memory stays small.
const out = createWriteStream(input);
let bytes = 0;
let count = 0;
for (let seed = 1; bytes < target; seed++) {
  let chunk = '';
  for (const a of generateCorpus(2000, seed)) {
    chunk += JSON.stringify({ ...a, id: `bench-${count++}` }) + '\n';
  }
  bytes += Buffer.byteLength(chunk);
  if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));
console.log(`corpus: ${count} articles, ${(statSync(input).size / 1e6).toFixed(1)} MB JSONL (${input})`);

// 2. The ingest, timed; peak RSS from /usr/bin/time -v when present, else sampled from /proc (VmHWM).
const useTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;
const argv = ['ingest', input, '--db', db];
const child = useTime
  ? spawn('/usr/bin/time', ['-v', process.execPath, BIN, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] })
  : spawn(process.execPath, [BIN, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
let sampledKb = 0;
const sampler = useTime
  ? null
  : setInterval(() => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        sampledKb = Math.max(sampledKb, kb);
      } catch {
        /* exited */
      }
    }, 200);
const t0 = performance.now();
const code = await new Promise((r) => child.on('close', r));
const seconds = (performance.now() - t0) / 1000;
if (sampler) clearInterval(sampler);
if (code !== 0) {
  console.error(stderr);
  console.error(`dyad: the ingest exited with code ${code}; see its messages above.`);
  process.exit(1);
}
const summary = /dyad: (\d+) articles stored.*/.exec(stderr);
const articles = summary ? Number(summary[1]) : count;
const peakKb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : sampledKb;
console.log(summary?.[0] ?? stderr.trim());
console.log(
  `dyad ingest: ${articles} articles in ${seconds.toFixed(1)} s = ${(articles / seconds).toFixed(0)} articles/s, ${(statSync(input).size / 1e6 / seconds).toFixed(2)} MB/s; peak RSS ${(peakKb / 1024).toFixed(0)} MB (${useTime ? '/usr/bin/time -v' : 'sampled VmHWM'}); store ${(statSync(db).size / 1e6).toFixed(0)} MB`,
);
if (!values.keep) rmSync(dir, { recursive: true, force: true });

// 3. Extraction speed over the benchmark pages.
if (!existsSync(PAGES)) {
  console.log(`extraction: skipped (${PAGES} is absent; it comes with ../shared/eval)`);
} else {
  const { extractArticleResult } = await import('../dist/ingest/html.js');
  const { decodeBytes } = await import('../dist/ingest/decode.js');
  const pages = readdirSync(PAGES)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const decoded = decodeBytes(gunzipSync(readFileSync(join(PAGES, f))));
      return decoded.ok ? decoded.text : '';
    })
    .filter(Boolean);
  for (const html of pages.slice(0, 10)) extractArticleResult(html); // warm-up
  const times = [];
  for (let round = 0; round < 3; round++) {
    for (const html of pages) {
      const s = performance.now();
      extractArticleResult(html);
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const kb = pages.reduce((n, p) => n + p.length, 0) / pages.length / 1024;
  console.log(
    `extraction: ${pages.length} pages (mean ${kb.toFixed(0)} KB), 3 rounds: mean ${mean.toFixed(1)} ms/page, median ${at(0.5).toFixed(1)}, p95 ${at(0.95).toFixed(1)}, max ${times[times.length - 1].toFixed(1)}`,
  );
}
