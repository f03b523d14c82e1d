// Resume after a crash or Ctrl-C: `dyad ingest` killed mid-run (SIGKILL after its first batch committed, or SIGINT),
// then rerun to completion, must leave exactly the store of one uninterrupted run. Runs the built CLI
// (`npm run build` first) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));
const COUNT = 3000;
const dir = mkdtempSync(join(tmpdir(), 'dyad-resume-'));
const input = join(dir, 'big.jsonl');

const WHO = [
  'Japan',
  'South Korea',
  'Iran',
  'Israel',
  'Turkey',
  'Egypt',
  'Brazil',
  'India',
  'Pakistan',
  'Germany',
  'France',
  'Vietnam',
];
const DID = ['criticised', 'praised', 'condemned', 'met', 'visited', 'warned', 'welcomed', 'hosted'];

/** Short articles from a template: two event sentences and a filler, each with its own id. */
function writeCorpus(): void {
  const lines: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const a = WHO[i % WHO.length];
    const b = WHO[(i * 7 + 3) % WHO.length] === a ? WHO[(i + 1) % WHO.length] : WHO[(i * 7 + 3) % WHO.length];
    const text = `${a} ${DID[i % DID.length]} ${b} on Monday, officials said. ${b} ${DID[(i + 3) % DID.length]} ${a} in a statement ${i} days later. Markets reacted calmly.`;
    lines.push(JSON.stringify({ id: `r-${i}`, date: '2024-05-01', text }));
  }
  writeFileSync(input, lines.join('\n') + '\n');
}

function run(db: string): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

function articleCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // schema not created yet
  }
}

async function waitForArticles(db: string, atLeast: number): Promise<number> {
  for (;;) {
    const n = articleCount(db);
    if (n >= atLeast) return n;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Everything that must be equal between two stores (ingest timestamps aside). */
function snapshot(db: string) {
  const conn = new Database(db, { readonly: true });
  try {
    const q = (sql: string) => conn.prepare(sql).all();
    return {
      articles: q('SELECT id, text_hash, status, published FROM articles ORDER BY id'),
      events: q('SELECT id, article_id, code, source_code, target_code, cluster_id FROM events ORDER BY id'),
      mentions: q('SELECT event_id, cluster_id, article_id FROM event_mentions ORDER BY event_id'),
      clusters: q('SELECT id, key FROM event_clusters ORDER BY id'),
      actors: q('SELECT code, as_source, as_target FROM actors ORDER BY code'),
    };
  } finally {
    conn.close();
  }
}

let clean: ReturnType<typeof snapshot>;

beforeAll(async () => {
  if (!existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))))
    throw new Error('dyad: dist/ is missing; run `npm run build` before these tests.');
  writeCorpus();
  const db = join(dir, 'clean.db');
  const { done } = run(db);
  const result = await done;
  expect(result.code, result.stderr).toBe(0);
  clean = snapshot(db);
  expect(clean.articles).toHaveLength(COUNT);
  expect(clean.events.length).toBeGreaterThan(COUNT);
}, 180_000);

describe('dyad ingest resumes', () => {
  it('after SIGKILL mid-run: rerunning gives exactly the store of a clean run', async () => {
    const db = join(dir, 'killed.db');
    const first = run(db);
    await waitForArticles(db, 200);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const partial = articleCount(db);
    expect(partial).toBeGreaterThanOrEqual(200);
    expect(partial).toBeLessThan(COUNT);
    expect(partial % 200).toBe(0); // only whole batches were committed

    const second = await run(db).done;
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(new RegExp(`${COUNT} articles stored \\(${partial} were already there\\)`));
    expect(snapshot(db)).toEqual(clean);
  }, 180_000);

  it('after Ctrl-C: the run commits what it read, says how to resume, and the rerun completes the store', async () => {
    const db = join(dir, 'interrupted.db');
    const first = run(db);
    await waitForArticles(db, 200);
    first.child.kill('SIGINT');
    const stopped = await first.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(
      /dyad: interrupted; the first (\d+) articles read are stored .*Rerun the same command to resume\./,
    );
    const said = Number(/the first (\d+) articles/.exec(stopped.stderr)![1]);
    expect(articleCount(db)).toBe(said);
    expect(said).toBeLessThan(COUNT);

    const second = await run(db).done;
    expect(second.code, second.stderr).toBe(0);
    expect(snapshot(db)).toEqual(clean);
  }, 180_000);
});
