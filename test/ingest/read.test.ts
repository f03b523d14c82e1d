import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../src/ingest/read.js';

const fixtures = new URL('../fixtures/ingest/', import.meta.url).pathname;
const ARTICLE =
  'The defence ministers of Norland and Estvia met in Valdmark on Monday.\n\nThey agreed to hold joint patrols.';

async function collect(inputs: string[], opts: Parameters<typeof readInputs>[1] = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(inputs, opts)) out.push(item);
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-read-'));
  const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  w('good.txt', `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}\r\n`);
  w('empty.txt', '');
  w('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  w('latin1.txt', Buffer.from('Caf\xe9 talks in Valdmark ended without agreement.', 'latin1'));
  w('big.txt', 'word '.repeat(300));
  w('notes.docx', 'whatever');
  copyFileSync(join(fixtures, 'harbour-talks.html'), join(dir, 'page.html'));
  copyFileSync(join(fixtures, 'no-article.html'), join(dir, 'login.htm'));
  copyFileSync(join(fixtures, 'rss2.xml'), join(dir, 'wire.xml'));
  copyFileSync(join(fixtures, 'broken.rss'), join(dir, 'broken.rss'));
  w(
    'latin1-declared.xml',
    Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>T</title><item><title>Caf\xe9</title><link>https://x.example/1</link><description>Le caf\xe9 du port a rouvert.</description></item></channel></rss>',
      'latin1',
    ),
  );
  w(
    'latin1-undeclared.xml',
    Buffer.from(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Caf\xe9</title><link>https://x.example/1</link><description>Le caf\xe9 du port.</description></item></channel></rss>',
      'latin1',
    ),
  );
  const lines = [
    JSON.stringify({
      id: 'a-1',
      text: ARTICLE,
      date: '5 March 2024',
      url: 'https://x.example/a1',
      title: 'Ministers meet',
    }),
    '',
    '{"id": "broken", "text": "unterminated',
    JSON.stringify({ id: 'no-text', title: 'Nothing here' }),
    JSON.stringify({ text: 'Plain text without an id, long enough to be an article of its own.' }),
    JSON.stringify({ id: 'huge', text: 'x'.repeat(1200) }),
    JSON.stringify({
      id: 7,
      html:
        '<html><head><meta property="article:published_time" content="2021-04-01"></head><body><article>' +
        '<p>The envoy arrived in the capital on Thursday for two days of talks with the interior minister.</p>'.repeat(
          4,
        ) +
        '</article></body></html>',
    }),
    '[1, 2, 3]',
  ];
  w('batch.jsonl', lines.join('\n') + '\n');
  mkdirSync(join(dir, 'folder', 'sub'), { recursive: true });
  mkdirSync(join(dir, 'folder', '.hidden'), { recursive: true });
  writeFileSync(join(dir, 'folder', 'b.txt'), 'Second file in the folder, about the harbour talks in Valdmark.');
  writeFileSync(join(dir, 'folder', 'a.txt'), 'First file in the folder, about the border crossing at Feldau.');
  writeFileSync(
    join(dir, 'folder', 'sub', 'c.txt'),
    'Third file, in a sub-folder, about the port strike in Lunebourg.',
  );
  writeFileSync(join(dir, 'folder', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
  writeFileSync(join(dir, 'folder', '.hidden', 'd.txt'), 'Hidden, never read.');
});

describe('readInputs: files', () => {
  it('reads a .txt file as one cleaned article with a content-hash id', async () => {
    const [item] = await collect([join(dir, 'good.txt')]);
    expect(item).toEqual({
      kind: 'article',
      id: expect.stringMatching(/^[0-9a-f]{16}$/),
      text: ARTICLE,
      meta: { origin: join(dir, 'good.txt') },
    });
  });

  it('gives the same id to the same text', async () => {
    const [a] = await collect([join(dir, 'good.txt')]);
    const [b] = await collect(['-'], { stdin: Readable.from([Buffer.from(ARTICLE)]) });
    expect(a.kind === 'article' && b.kind === 'article' && a.id === b.id).toBe(true);
  });

  it('reads an HTML page through extractArticle with its metadata', async () => {
    const [item] = await collect([join(dir, 'page.html')]);
    expect(item).toMatchObject({
      kind: 'article',
      html: true,
      meta: {
        title: 'Harbour talks resume between Norland and Estvia',
        published: '2024-03-14',
        byline: 'Mara Quill, Tobias Fenn',
        language: 'en',
      },
    });
  });

  it.each([
    ['empty.txt', /empty/],
    ['binary.txt', /binary/],
    ['latin1.txt', /invalid UTF-8/],
    ['login.htm', /HTML with no article/],
    ['notes.docx', /unknown file type/],
    ['missing.txt', /no such file/],
    ['broken.rss', /not well-formed XML/],
    ['latin1-undeclared.xml', /invalid UTF-8/],
  ])('skips %s with a reason naming it', async (name, reason) => {
    const items = await collect([join(dir, name)]);
    expect(items).toEqual([{ kind: 'skip', input: join(dir, name), reason: expect.stringMatching(reason) }]);
  });

  it('skips a .txt file over the cap without reading it, and goes on', async () => {
    const items = await collect([join(dir, 'big.txt'), join(dir, 'good.txt')], { maxArticleChars: 150 });
    expect(items.map((i) => i.kind)).toEqual(['skip', 'article']);
    expect(items[0]).toMatchObject({
      reason: expect.stringMatching(/1500 bytes, more than an article of 150 characters/),
    });
  });

  it('skips an article over the cap after cleaning', async () => {
    const items = await collect([join(dir, 'good.txt')], { maxArticleChars: 50 });
    expect(items).toEqual([
      { kind: 'skip', input: join(dir, 'good.txt'), reason: expect.stringMatching(/over the cap of 50/) },
    ]);
  });

  it('reads each feed item as an article', async () => {
    const items = await collect([join(dir, 'wire.xml')]);
    expect(items.map((i) => (i.kind === 'article' ? i.id : i.reason))).toEqual([
      'wire-1001',
      'https://wire.example/a/clash',
      'https://wire.example/a/postponed',
    ]);
  });

  it('decodes a feed in the charset it declares', async () => {
    const [item] = await collect([join(dir, 'latin1-declared.xml')]);
    expect(item).toMatchObject({ kind: 'article', text: 'Le café du port a rouvert.', meta: { title: 'Café' } });
  });

  it('reads a folder recursively, in sorted order, ignoring hidden and unknown files', async () => {
    const items = await collect([join(dir, 'folder')]);
    expect(items.map((i) => (i.kind === 'article' ? i.meta.origin : i.input))).toEqual([
      join(dir, 'folder', 'a.txt'),
      join(dir, 'folder', 'b.txt'),
      join(dir, 'folder', 'sub', 'c.txt'),
    ]);
  });
});

describe('readInputs: JSONL', () => {
  it('reads good lines and skips bad ones naming file:line', async () => {
    const file = join(dir, 'batch.jsonl');
    const items = await collect([file], { maxArticleChars: 1000 });
    const summary = items.map((i) => (i.kind === 'article' ? `article ${i.id}` : `skip ${i.input}`));
    expect(summary).toEqual([
      'article a-1',
      `skip ${file}:3`,
      `skip ${file}:4`,
      expect.stringMatching(/^article [0-9a-f]{16}$/),
      `skip ${file}:6`,
      'article 7',
      `skip ${file}:8`,
    ]);
    expect(items[0]).toMatchObject({
      text: ARTICLE,
      meta: { published: '2024-03-05', url: 'https://x.example/a1', title: 'Ministers meet', origin: `${file}:1` },
    });
    expect(items[1]).toMatchObject({ reason: expect.stringMatching(/not valid JSON/) });
    expect(items[2]).toMatchObject({ reason: expect.stringMatching(/missing "text"/) });
    expect(items[4]).toMatchObject({ reason: expect.stringMatching(/1200 characters, over the cap of 1000/) });
    expect(items[5]).toMatchObject({ html: true, meta: { published: '2021-04-01' } });
    expect(items[6]).toMatchObject({ reason: expect.stringMatching(/not a JSON object/) });
  });

  it('skips a line longer than the cap without holding it in memory', async () => {
    const file = join(dir, 'long-line.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'big', text: 'y'.repeat(200_000) })}\n${JSON.stringify({ id: 'ok', text: 'Short article after a huge line.' })}\n`,
    );
    const items = await collect([file], { maxArticleChars: 1000 });
    expect(items).toEqual([
      { kind: 'skip', input: `${file}:1`, reason: expect.stringMatching(/longer than the article size cap/) },
      expect.objectContaining({ kind: 'article', id: 'ok' }),
    ]);
  });

  it('skips a line with invalid UTF-8 and reads the next', async () => {
    const file = join(dir, 'bad-bytes.jsonl');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('{"id":"x","text":"caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n{"id":"y","text":"fine"}\n'),
      ]),
    );
    const items = await collect([file]);
    expect(items.map((i) => i.kind)).toEqual(['skip', 'article']);
    expect(items[0]).toMatchObject({ input: `${file}:1`, reason: expect.stringMatching(/invalid UTF-8/) });
  });
});

describe('readInputs: stdin', () => {
  it('reads JSONL when the first non-blank character is {', async () => {
    const stdin = Readable.from([
      Buffer.from('\n  {"id":"s1","text":"First'),
      Buffer.from(' article."}\n{"id":"s2","text":"Second."}\n'),
    ]);
    const items = await collect(['-'], { stdin });
    expect(items).toEqual([
      { kind: 'article', id: 's1', text: 'First article.', meta: { origin: 'stdin:2' } },
      { kind: 'article', id: 's2', text: 'Second.', meta: { origin: 'stdin:3' } },
    ]);
  });

  it('reads plain text as one article', async () => {
    const items = await collect(['-'], {
      stdin: Readable.from([Buffer.from('Plain '), Buffer.from('text on stdin.')]),
    });
    expect(items).toEqual([
      { kind: 'article', id: expect.any(String), text: 'Plain text on stdin.', meta: { origin: 'stdin' } },
    ]);
  });

  it.each([
    ['empty stdin', [] as Buffer[], /empty/],
    ['binary stdin', [Buffer.from([1, 2, 0, 3])], /binary/],
    ['oversized stdin', [Buffer.from('z'.repeat(500))], /more than an article of 100 characters/],
  ])('skips %s', async (_what, chunks, reason) => {
    const items = await collect(['-'], { stdin: Readable.from(chunks), maxArticleChars: 100 });
    expect(items).toEqual([{ kind: 'skip', input: 'stdin', reason: expect.stringMatching(reason) }]);
  });
});
