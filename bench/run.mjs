// `npm run bench`: throughput of `dyad code`'s pipeline against bare wink-nlp tokenise+POS on the same >5 MB text,
// with each stage's share of the pipeline time.
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { createDyad, DEFAULT_STAGES } from '../dist/index.js';
import { createDoc } from '../dist/doc.js';
import { loadResources } from '../dist/resources.js';
import { availableParallelism } from 'node:os';
import { createCodingPool } from '../dist/parallel/pool.js';
import { generateCorpus } from './corpus.mjs';

const require = createRequire(import.meta.url);
const TARGET_BYTES = Number(process.env.BENCH_BYTES || 5.5e6);

let articles = generateCorpus(2000);
while (articles.reduce((n, a) => n + a.text.length, 0) < TARGET_BYTES) articles = generateCorpus(articles.length * 2);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

const t0 = performance.now();
const resources = loadResources();
const loadMs = performance.now() - t0;

const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'));
const its = nlp.its;
// Both sides are timed after a warm-up pass over the first articles, so the figures are steady-state speeds and not
// the JIT compiling either one. On a shared machine other work steals time from either run; the two are timed in
// alternating rounds and each keeps its best round (BENCH_ROUNDS, default 3).
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const WARM_UP = articles.slice(0, 1000);
for (const a of WARM_UP) nlp.readDoc(a.text).tokens().out(its.pos);
const warm = createDyad({ resources });
for (const a of WARM_UP) warm.records(warm.process(createDoc(a.id, a.text, { published: a.date })));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function runWink() {
  let tokens = 0;
  let sentences = 0;
  const t0 = performance.now();
  const c0 = cpu();
  for (const a of articles) {
    const d = nlp.readDoc(a.text);
    tokens += d.tokens().out(its.pos).length;
    sentences += d.sentences().length();
  }
  return { ms: performance.now() - t0, cpuMs: cpu() - c0, tokens, sentences };
}

function runDyad() {
  const timing = new Map(DEFAULT_STAGES.map((s) => [s.name, 0]));
  const timed = DEFAULT_STAGES.map((s) => ({
    ...s,
    run(doc, res) {
      const t = performance.now();
      s.run(doc, res);
      timing.set(s.name, timing.get(s.name) + performance.now() - t);
    },
  }));
  const dyad = createDyad({ resources, stages: timed });
  let events = 0;
  let recordMs = 0;
  const t0 = performance.now();
  const c0 = cpu();
  for (const a of articles) {
    const doc = dyad.process(createDoc(a.id, a.text, { published: a.date }));
    const r0 = performance.now();
    events += dyad.records(doc).length;
    recordMs += performance.now() - r0;
  }
  return { ms: performance.now() - t0, cpuMs: cpu() - c0, events, timing, recordMs };
}

let wink;
let pipe;
for (let round = 0; round < ROUNDS; round++) {
  const w = runWink();
  if (!wink || w.ms < wink.ms) wink = w;
  const d = runDyad();
  if (!pipe || d.ms < pipe.ms) pipe = d;
}
const { tokens, sentences, ms: winkMs, cpuMs: winkCpuMs } = wink;
const { events, timing, recordMs, ms: pipeMs, cpuMs: pipeCpuMs } = pipe;

const perS = (n, ms) => (n / (ms / 1000)).toFixed(0);
console.log(
  `corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${sentences} sentences, ${tokens} tokens`,
);
console.log(`resources loaded in ${loadMs.toFixed(0)} ms`);
console.log(
  `wink-nlp tokenise+POS: ${perS(articles.length, winkMs)} articles/s, ${perS(sentences, winkMs)} sentences/s, ${perS(tokens, winkMs)} tokens/s (${(winkMs / 1000).toFixed(2)} s)`,
);
console.log(
  `dyad code pipeline:    ${perS(articles.length, pipeMs)} articles/s, ${perS(sentences, pipeMs)} sentences/s, ${perS(tokens, pipeMs)} tokens/s (${(pipeMs / 1000).toFixed(2)} s), ${events} events`,
);
console.log(`ratio dyad / bare wink-nlp: ${(winkMs / pipeMs).toFixed(2)} (target ≥ 0.33), both on one thread`);
// On a shared machine the wall-clock ratio moves with the load between the two runs; CPU time moves much less.
console.log(
  `ratio by CPU time:         ${(winkCpuMs / pipeCpuMs).toFixed(2)} (wink ${(winkCpuMs / 1000).toFixed(2)} s, dyad ${(pipeCpuMs / 1000).toFixed(2)} s of CPU)`,
);
console.log('share of pipeline time by stage, and milliseconds per article:');
const row = (name, ms) =>
  console.log(
    `  ${name.padEnd(10)} ${((100 * ms) / pipeMs).toFixed(1).padStart(5)} %  ${(ms / articles.length).toFixed(3).padStart(7)} ms/article`,
  );
for (const [name, ms] of timing) row(name, ms);
row('records', recordMs);
console.log(
  `  ${'(wink)'.padEnd(10)} ${''.padStart(7)}  ${(winkMs / articles.length).toFixed(3).padStart(7)} ms/article: bare tokenise+POS, for scale`,
);
console.log(`memory: rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

// Every core: the same articles through `createCodingPool` (what `dyad code --jobs` runs), timed once the workers
// have loaded their resources and warmed up, best of two rounds. Set BENCH_JOBS=0 to skip.
const JOBS = Number(process.env.BENCH_JOBS ?? availableParallelism());
if (JOBS > 0) {
  const pool = createCodingPool({ jobs: JOBS, batch: 32 });
  const s0 = performance.now();
  await pool.ready();
  const startMs = performance.now() - s0;
  const feed = async function* (list) {
    for (const a of list) yield { id: a.id, text: a.text, meta: { published: a.date } };
  };
  for await (const r of pool.code(feed(WARM_UP))) void r;
  let best = Infinity;
  for (let round = 0; round < 2; round++) {
    const t0 = performance.now();
    for await (const r of pool.code(feed(articles))) void r;
    best = Math.min(best, performance.now() - t0);
  }
  await pool.close();
  console.log(
    `dyad code on ${JOBS} worker threads: ${perS(articles.length, best)} articles/s (${(best / 1000).toFixed(2)} s; workers ready in ${(startMs / 1000).toFixed(1)} s); ratio to bare wink-nlp on one thread: ${(winkMs / best).toFixed(2)}`,
  );
}
