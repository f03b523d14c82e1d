// The progress line: drawn in place on a TTY with rate, percentage and ETA; nothing at all when stderr is not a TTY.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressText } from '../../src/cli/progress.js';
import { inputBytes, readInputs } from '../../src/ingest/read.js';

function fakeTty(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 120, write: (s: string) => writes.push(s) } };
}

describe('progress', () => {
  it.each([
    [[0, 0, 1000, 0], 'dyad: 0 articles · 0.0/s · 0%'],
    [[50, 250, 1000, 10_000], 'dyad: 50 articles · 5.0/s · 25% · ETA 30s'],
    [[12_000, 500, 1000, 60_000], 'dyad: 12,000 articles · 200/s · 50% · ETA 1m00s'],
    [[300, 123, null, 2000], 'dyad: 300 articles · 150/s'],
  ] as const)('progressText(%j) is %s', (args, expected) => {
    expect(progressText(args[0], args[1], args[2], args[3])).toBe(expected);
  });

  it('formats durations', () => {
    expect([formatDuration(5), formatDuration(83), formatDuration(3725)]).toEqual(['5s', '1m23s', '1h02m']);
  });

  it('redraws in place on a TTY, at most every everyMs, and wipes itself', () => {
    const { writes, stream } = fakeTty(true);
    let t = 0;
    const p = createProgress({ stream, totalBytes: 100, everyMs: 200, now: () => t });
    p.bytes(10);
    t = 100;
    p.article();
    t = 1000;
    p.article();
    p.done();
    expect(writes).toEqual([
      '\r\x1b[Kdyad: 0 articles · 0.0/s · 10%',
      '\r\x1b[Kdyad: 2 articles · 2.0/s · 10% · ETA 9s',
      '\r\x1b[K',
    ]);
  });

  it('writes nothing when the stream is not a TTY', () => {
    const { writes, stream } = fakeTty(false);
    const p = createProgress({ stream, totalBytes: 100, everyMs: 0 });
    p.bytes(50);
    p.article();
    p.clear();
    p.done();
    expect(writes).toEqual([]);
  });

  it('readInputs reports every byte inputBytes counts (the ETA reaches 100%)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bytes-'));
    writeFileSync(
      join(dir, 'a.jsonl'),
      Array.from({ length: 2000 }, (_, i) =>
        JSON.stringify({ id: `b-${i}`, text: `Japan met Iran on Monday in round ${i}.` }),
      ).join('\n'),
    );
    writeFileSync(join(dir, 'b.txt'), 'Turkey condemned Israel on Monday.');
    writeFileSync(join(dir, 'c.html'), '<html><body><article><p>Egypt hosted talks.</p></article></body></html>');
    writeFileSync(join(dir, 'ignored.csv'), 'x,y');
    let seen = 0;
    for await (const _ of readInputs([dir], { onBytes: (n) => (seen += n) })) void _;
    expect(seen).toBe(await inputBytes([dir]));
    expect(seen).toBeGreaterThan(60_000);
    expect(await inputBytes(['-', dir])).toBeNull();
  });

  it('`dyad ingest` and `dyad code` print no progress when stderr is a pipe', async () => {
    const bin = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));
    if (!existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))))
      throw new Error('dyad: dist/ is missing; run `npm run build` first.');
    const dir = mkdtempSync(join(tmpdir(), 'dyad-progress-'));
    const input = join(dir, 'a.jsonl');
    writeFileSync(
      input,
      Array.from({ length: 30 }, (_, i) =>
        JSON.stringify({ id: `p-${i}`, text: `Japan criticised South Korea on Monday, officials said, in note ${i}.` }),
      ).join('\n'),
    );
    for (const args of [
      ['ingest', input, '--db', join(dir, 'p.db')],
      ['code', input],
    ]) {
      const stderr = await new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('close', () => resolve(err));
      });
      expect(stderr).not.toMatch(/\r|\x1b|articles ·/);
    }
  });
});
