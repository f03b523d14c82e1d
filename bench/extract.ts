/**
 * Scores HTML main-text extraction on the article-extraction benchmark (`../shared/eval/raw/article-extraction-benchmark`)
 * with the benchmark's metric: precision and recall over 4-word shingles, averaged per page, F1 from the means.
 *
 *   npx tsc -p bench/tsconfig.extract.json && node /tmp/dyad-bench/bench/extract.js [--baseline] [--show 5]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticleResult } from '../src/ingest/html.js';

const dir = process.env.DYAD_BENCH_DIR ?? join(process.cwd(), '..', 'shared', 'eval', 'raw', 'article-extraction-benchmark');
if (!existsSync(join(dir, 'ground-truth.json'))) {
  console.log(`dyad: benchmark not found at ${dir}; set DYAD_BENCH_DIR or run from the repo next to ../shared.`);
  process.exit(0);
}
const baseline = process.argv.includes('--baseline');
const showAt = process.argv.indexOf('--show');
const show = showAt > 0 ? Number(process.argv[showAt + 1]) : 5;
const only = process.argv.includes('--id') ? process.argv[process.argv.indexOf('--id') + 1] : undefined;

const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const ids = readdirSync(join(dir, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.replace(/\.html\.gz$/, ''))
  .filter((id) => truth[id] && (!only || id.startsWith(only)))
  .sort();

function shingles(text: string): Map<string, number> {
  const toks = text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - 3); i++) {
    const k = toks.slice(i, i + 4).join('\u0001');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
function counts(t: string, p: string): [number, number, number] {
  const a = shingles(t), b = shingles(p);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0, y = b.get(k) ?? 0;
    tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}
const prec = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const rec = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));

function plain(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

const methods = new Map<string, number>();
/** Prints extracted paragraphs missing from the truth (+) and truth paragraphs missing from the output (-). */
function explain(truthText: string, text: string): void {
  const covered = (para: string, other: Map<string, number>) => {
    const own = [...shingles(para).keys()];
    return own.length ? own.filter((k) => other.has(k)).length / own.length : 1;
  };
  const t = shingles(truthText), o = shingles(text);
  for (const para of text.split(/\n+/)) if (covered(para, t) < 0.5) console.log(`+ ${para.slice(0, 160)}`);
  for (const para of truthText.split(/\n+/)) if (covered(para, o) < 0.5) console.log(`- ${para.slice(0, 160)}`);
}
const started = performance.now();
const rows = ids.map((id) => {
  const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
  const result = baseline ? null : extractArticleResult(html, { url: truth[id].url });
  const method = result ? (result.ok ? result.method : 'none') : 'baseline';
  methods.set(method, (methods.get(method) ?? 0) + 1);
  const text = baseline ? plain(html) : result?.ok ? result.article.text : '';
  if (only) explain(truth[id].articleBody, text);
  return { id, t: counts(truth[id].articleBody, text) };
});
const seconds = (performance.now() - started) / 1000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const p = mean(rows.filter((r) => r.t[0] + r.t[1] > 0).map((r) => prec(r.t)));
const r = mean(rows.filter((r) => r.t[0] + r.t[2] > 0).map((r) => rec(r.t)));
const f = p + r ? (2 * p * r) / (p + r) : 0;
rows
  .map((x) => ({ id: x.id, f: (2 * prec(x.t) * rec(x.t)) / (prec(x.t) + rec(x.t) || 1), p: prec(x.t), r: rec(x.t) }))
  .sort((a, b) => a.f - b.f)
  .slice(0, show)
  .forEach((x) => console.log(`  worst ${x.id.slice(0, 12)} F1 ${x.f.toFixed(3)} P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} ${truth[x.id].url}`));
console.log(`pages ${ids.length}, ${((seconds * 1000) / ids.length).toFixed(1)} ms/page${baseline ? ' (baseline: readability textContent)' : ''}`);
console.log(`methods ${[...methods].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`extraction F1 ${f.toFixed(4)} P ${p.toFixed(4)} R ${r.toFixed(4)}`);
