import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../src/ingest/feed.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0 items, full content first, and keeps repeated items once', async () => {
    const feed = await parseFeed(fixture('rss2.xml'), { origin: 'rss2.xml' });
    expect(feed.title).toBe('Valdmark Wire');
    expect(feed.articles.map((a) => a.id)).toEqual([
      'wire-1001',
      'https://wire.example/a/clash',
      'https://wire.example/a/postponed',
    ]);
    const [recall, clash, headline] = feed.articles;
    expect(recall.text).toBe(
      'Estvia recalled its ambassador from Norland on Tuesday, citing the seizure of two fishing boats.\n\nNorland\'s foreign ministry called the move "regrettable".',
    );
    expect(recall.html).toBe(true);
    expect(recall.meta).toMatchObject({
      url: 'https://wire.example/a/recall',
      title: 'Estvia recalls ambassador from Norland',
      published: '2024-03-05',
      byline: 'Ivo Brandt',
      siteName: 'Valdmark Wire',
      language: 'en',
      origin: 'rss2.xml',
    });
    expect(clash.text).toBe("The regional council condemned Wednesday's clash in the harbour & called for talks.");
    expect(clash.meta.published).toBe('2024-03-06');
    expect(headline.text).toBe('Headline only: trade talks postponed');
  });

  it('reads RSS 1.0 (RDF) with dc:date', async () => {
    const feed = await parseFeed(fixture('rss1.rdf'));
    expect(feed.articles).toHaveLength(2);
    expect(feed.articles[0]).toMatchObject({
      id: 'https://bulletin.example/n/1',
      meta: { title: 'Mayor meets striking dock workers', published: '2023-09-15' },
    });
    expect(feed.articles[1].meta.published).toBe('2023-09-18');
  });

  it('reads Atom with HTML content, summaries, authors and the feed language', async () => {
    const feed = await parseFeed(fixture('atom.atom'));
    expect(feed.articles).toHaveLength(2);
    const [first, second] = feed.articles;
    expect(first).toMatchObject({
      id: 'urn:uuid:entry-1',
      html: true,
      meta: { url: 'https://nk.example/grenze', published: '2024-01-09', modified: '2024-01-10', byline: 'Jana Roth' },
    });
    expect(first.text).toBe(
      'Der Grenzübergang bei Feldau ist seit Dienstag wieder geöffnet.\n\nDie Behörden beider Länder hatten sich auf gemeinsame Kontrollen geeinigt.',
    );
    expect(second.text).toBe('Der Verkehrsminister besuchte am Montag den Hafen von Feldau.');
  });

  it.each([
    ['broken XML', fixture('broken.rss'), /^dyad: the feed x is not well-formed XML/],
    ['an HTML page', '<html><body><p>Not a feed</p></body></html>', /^dyad: the feed x is not RSS or Atom/],
    ['an empty document', '', /not RSS or Atom/],
  ])('rejects %s with a clear error', async (_what, xml, message) => {
    await expect(parseFeed(xml, { origin: 'x' })).rejects.toThrow(FeedError);
    await expect(parseFeed(xml, { origin: 'x' })).rejects.toThrow(message);
  });

  it('sends long HTML content through extractArticle', async () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the report says the delegations met again in Valdmark and agreed on quotas for the spring season.</p>`;
    const content = `<div class="share">Share this: Facebook Twitter</div>${Array.from({ length: 20 }, (_, i) => para(i)).join('')}`;
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Long</title><link>https://x.example/long</link><description><![CDATA[${content}]]></description></item></channel></rss>`;
    const feed = await parseFeed(xml);
    expect(feed.articles[0].text.split('\n\n')).toHaveLength(20);
    expect(feed.articles[0].text).not.toContain('Facebook');
  });
});
