import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/dyad.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));

function dyad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, events: r.stdout.split('\n').filter(Boolean) };
}

const ARTICLE = 'Japanese Prime Minister Fumio Kishida condemned North Korea on Tuesday after the launch.';

describe('dyad code: the command-line contract', () => {
  it('codes stdin as plain text and prints one JSON event a line, exit 0', () => {
    const r = dyad(['code', '-', '--date', '2023-04-13'], ARTICLE);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.events[0]);
    expect(e.code).toBe('111');
    expect(e.source.code).toBe('JPNGOV');
    expect(e.date).toBe('2023-04-11');
    expect(ARTICLE.slice(e.evidence.trigger.start, e.evidence.trigger.end)).toBe('condemned');
  });

  it('reads stdin as JSONL when it starts with "{", keeping ids verbatim and a record\'s own date', () => {
    const lines = [
      { id: 'a-1', text: ARTICLE, date: '2023-04-13' },
      { id: 'a-2', text: 'China praised Brazil.' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const r = dyad(['code', '-', '--date', '2020-01-01'], `\n  ${lines}\n`);
    expect(r.code).toBe(0);
    const events = r.events.map((l) => JSON.parse(l));
    expect(events.map((e) => e.article)).toEqual(['a-1', 'a-2']);
    expect(events[0].date).toBe('2023-04-11');
    expect(events[1].date).toBe('2020-01-01');
  });

  it('skips bad inputs with one line each on stderr, codes the rest, and exits 1', () => {
    const good = join(dir, 'good.txt');
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'blob.txt');
    const badUtf8 = join(dir, 'latin1.txt');
    const jsonl = join(dir, 'batch.jsonl');
    writeFileSync(good, ARTICLE);
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 17, 0, 0, 42, 0]));
    writeFileSync(badUtf8, Buffer.from([0x50, 0x61, 0x72, 0x69, 0x73, 0x20, 0xe9, 0x74, 0xe9]));
    writeFileSync(jsonl, `${JSON.stringify({ id: 'ok', text: ARTICLE })}\n{"id": "broken", "text": \n`);
    const r = dyad(['code', good, empty, binary, badUtf8, jsonl]);
    expect(r.code).toBe(1);
    const reasons = r.err.trim().split('\n');
    expect(reasons).toHaveLength(4);
    for (const line of reasons) expect(line).toMatch(/^dyad: skipped /);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(new Set(r.events.map((l) => JSON.parse(l).article)).size).toBe(2);
  });

  it('prints a readable table', () => {
    const r = dyad(['code', '-', '--format', 'table'], ARTICLE);
    expect(r.out.split('\n')[0]).toMatch(/source\s+code\s+target/);
    expect(r.out).toContain('JPNGOV');
  });

  it.each([
    [['code'], /give files/],
    [['code', '-', '--format', 'xml'], /--format must be one of/],
    [['code', '-', '--date', 'yesterday'], /--date must be a date/],
    [['code', '-', '--bogus'], /Unknown option/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 with a message for a usage error: %j', (args, message) => {
    const r = dyad(args as string[], '');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err).toMatch(/^dyad/);
  });

  it('prints help for every command', () => {
    for (const cmd of [
      'code',
      'extract',
      'ingest',
      'watch',
      'events',
      'actors',
      'explain',
      'serve',
      'export',
      'import',
      'alerts',
      'duplicates',
      'demo',
    ]) {
      const r = dyad([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.out, cmd).toMatch(new RegExp(`dyad ${cmd}`));
    }
  });
});

describe('dyad extract', () => {
  it('prints the article text and metadata of an HTML page', () => {
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      `<html lang="en"><head><title>Border talks | Example News</title>
      <meta property="article:published_time" content="2024-05-02T08:00:00Z"></head><body>
      <nav><a href="/">Home</a><a href="/world">World</a></nav>
      <article><h1>Border talks resume</h1><p class="byline">By Jane Reporter</p>
      <p>India and China held a new round of talks on their disputed border on Thursday, the foreign ministry said.</p>
      <p>The two sides agreed to keep troops apart in the valleys where soldiers clashed four years ago.</p></article>
      <footer>Share this: Facebook Twitter</footer></body></html>`,
    );
    const r = dyad(['extract', page]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.events[0]);
    expect(rec.text).toContain('India and China held a new round of talks');
    expect(rec.text).toContain('\n');
    expect(rec.text).not.toContain('Share this');
    expect(rec.published).toBe('2024-05-02');
  });
});
