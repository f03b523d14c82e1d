import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { describeEngines } from './engines.js';
import { makeEvent, makeItem } from './factory.js';

describeEngines('ingest', (engine) => {
  it('stores an article and its events, and reads them back', async () => {
    const store = await engine.open();
    const item = makeItem('a1', [{ code: '042' }, { code: '190', source: 'UKRMIL', target: 'RUSMIL' }]);
    expect(await store.saveArticle(item)).toEqual({ id: 'a1', status: 'inserted', events: 2 });
    const got = await store.getArticle('a1');
    expect(got?.article.text).toBe(item.article.text);
    expect(got?.article.status).toBe('coded');
    expect(got?.events.map(({ cluster, ...e }) => e)).toEqual(item.events);
    expect(got?.events.every((e) => typeof e.cluster === 'string')).toBe(true);
  });

  it('is idempotent: the same article twice is stored once', async () => {
    const store = await engine.open();
    const item = makeItem('a1', [{}, { code: '112' }]);
    await store.saveArticle(item);
    expect(await store.saveArticle(item)).toEqual({ id: 'a1', status: 'unchanged', events: 0 });
    const stats = await store.stats();
    expect([stats.articles, stats.events]).toEqual([1, 2]);
    expect((await store.searchActors('RUSGOV'))[0]).toMatchObject({ code: 'RUSGOV', asSource: 2 });
  });

  it('replaces the events of an article whose text changed, and moves actor counts with them', async () => {
    const store = await engine.open();
    await store.saveArticle(makeItem('a1', [{}, { code: '112' }]));
    const changed = makeItem('a1', [{ code: '190', source: 'USAMIL', target: 'IRNMIL' }], 'A new text.');
    expect(await store.saveArticle(changed)).toEqual({ id: 'a1', status: 'replaced', events: 1 });
    const got = await store.getArticle('a1');
    expect(got?.article.text).toBe('A new text.');
    expect(got?.events.map((e) => e.code)).toEqual(['190']);
    expect((await store.getActors(['RUSGOV']))[0]).toMatchObject({ asSource: 0 });
    expect((await store.getActors(['USAMIL']))[0]).toMatchObject({ asSource: 1, name: 'Actor USAMIL' });
    expect((await store.stats()).clusters).toBe(1);
  });

  it('stores a skipped article with its reason and no events', async () => {
    const store = await engine.open();
    await store.saveArticle({ ...makeItem('a2', [{}]), skipped: 'language: de' });
    const got = await store.getArticle('a2');
    expect(got?.article).toMatchObject({ status: 'skipped', skipReason: 'language: de' });
    expect(got?.events).toEqual([]);
    await store.saveSkips([{ input: 'x.bin', reason: 'binary file' }]);
    expect(await store.stats()).toMatchObject({ articles: 1, skippedArticles: 1, skips: 2, events: 0 });
  });

  it('folds repeated reports of one act into a cluster and keeps every mention', async () => {
    const store = await engine.open();
    await store.saveBatch([makeItem('a1', [{ code: '042' }]), makeItem('a2', [{ code: '042' }, { code: '057' }])]);
    const [first] = (await store.getArticle('a1'))!.events;
    const cluster = await store.getCluster(first.cluster);
    expect(cluster?.mentions.map((m) => m.article).sort()).toEqual(['a1', 'a2']);
    expect(cluster).toMatchObject({ code: '042', source: 'RUSGOV', target: 'PRKGOV', date: '2024-06-19' });
    expect(await store.aggregate({}, { by: [], dedup: true })).toEqual([
      { key: {}, count: 2, goldstein: expect.any(Number) },
    ]);
    expect((await store.aggregate({}, { by: [] }))[0].count).toBe(3);
    expect(await store.getCluster('nope')).toBeNull();
  });

  it('saves a batch in one transaction: a failure mid-batch stores none of it, earlier batches stay', async () => {
    const store = await engine.open();
    await store.saveBatch([makeItem('ok1', [{}]), makeItem('ok2', [{ code: '112' }])]);
    const good = makeItem('b1', [{}]);
    const clash = makeItem('b2', [{}]);
    clash.events[0] = { ...clash.events[0], id: 'ok1:0:042' };
    await expect(store.saveBatch([good, clash])).rejects.toThrow();
    expect(await store.getArticle('b1')).toBeNull();
    expect(await store.getArticle('b2')).toBeNull();
    expect(await store.stats()).toMatchObject({ articles: 2, events: 2 });
    expect((await store.getActors(['RUSGOV']))[0].asSource).toBe(2);
  });

  it('rejects events that belong to another article, naming both', async () => {
    const store = await engine.open();
    const item = makeItem('a1', [{}]);
    item.events[0] = makeEvent({ article: 'other' });
    await expect(store.saveArticle(item)).rejects.toThrow(/^dyad: event other:0:042 says article other/);
    const bad = makeItem('a1', [{}]);
    (bad.events[0] as { quad: number }).quad = 9;
    await expect(store.saveArticle(bad)).rejects.toThrow(/^dyad: .*not a valid event record \(quad/);
    expect((await store.stats()).articles).toBe(0);
  });

  it('merges imported events by id without touching the article’s others', async () => {
    const store = await engine.open();
    const one = makeItem('https://x.example/1', [{ code: '042' }]);
    const two = makeItem('https://x.example/1', [{ code: '042' }, { code: '190' }]);
    await store.saveArticle({ ...one, mode: 'merge' });
    expect(await store.saveArticle({ ...two, mode: 'merge' })).toMatchObject({ status: 'merged', events: 2 });
    expect((await store.stats()).events).toBe(2);
    expect((await store.getArticle('https://x.example/1'))?.article.status).toBe('imported');
  });

  it('keeps the totals of stats in step with every kind of write', async () => {
    const store = await engine.open();
    const check = async () => {
      const stats = await store.stats();
      const [all] = await store.aggregate({ negated: true }, { by: [] });
      const [acts] = await store.aggregate({ negated: true }, { by: [], dedup: true });
      const negated = (await store.aggregate({ modality: ['negated'] }, { by: [] }))[0]?.count ?? 0;
      expect([stats.events, stats.clusters, stats.negatedEvents]).toEqual([all?.count ?? 0, acts?.count ?? 0, negated]);
      return stats;
    };
    expect(await check()).toMatchObject({
      articles: 0,
      skippedArticles: 0,
      events: 0,
      negatedEvents: 0,
      clusters: 0,
      skips: 0,
    });
    await store.saveBatch([
      makeItem('a1', [{ code: '042' }, { code: '190', source: 'UKRMIL', target: 'RUSMIL', modality: 'negated' }]),
      makeItem('a2', [{ code: '042' }, { code: '112' }]),
    ]);
    expect(await check()).toMatchObject({ articles: 2, events: 4, negatedEvents: 1, clusters: 3 });
    await store.saveArticle(makeItem('a1', [{ code: '057' }], 'A changed text.'));
    expect(await check()).toMatchObject({ articles: 2, events: 3, negatedEvents: 0, clusters: 3 });
    await store.saveArticle({ ...makeItem('a2', []), skipped: 'not English' });
    expect(await check()).toMatchObject({ articles: 2, skippedArticles: 1, events: 1, clusters: 1, skips: 1 });
    await store.saveArticle(makeItem('a2', [{ code: '112' }], 'Now in English.'));
    expect(await check()).toMatchObject({ articles: 2, skippedArticles: 0, events: 2, clusters: 2, skips: 1 });
    await store.saveBatch([
      { ...makeItem('g1', [{ code: '042' }, { code: '173', modality: 'negated' }]), mode: 'merge' },
    ]);
    await store.saveBatch([{ ...makeItem('g1', [{ code: '042', date: '2024-07-01' }]), mode: 'merge' }]);
    expect(await check()).toMatchObject({ articles: 3, events: 4, negatedEvents: 1, clusters: 4 });
    await store.saveSkips([
      { input: 'x.bin', reason: 'binary' },
      { input: 'y.bin', reason: 'binary' },
    ]);
    const clash = makeItem('a10', [{}]);
    clash.events[0] = { ...clash.events[0], id: 'a2:0:112' };
    await expect(store.saveBatch([makeItem('a9', [{}]), clash])).rejects.toThrow();
    expect(await check()).toMatchObject({ articles: 3, events: 4, skips: 3 });
  });

  it('watches feeds: new item ids once, then never again', async () => {
    const store = await engine.open();
    await store.addFeed('https://feed.example/rss', 'Example');
    await store.addFeed('https://feed.example/rss');
    expect(await store.markSeen('https://feed.example/rss', ['x', 'y', 'x'])).toEqual(['x', 'y']);
    expect(await store.markSeen('https://feed.example/rss', ['y', 'z'])).toEqual(['z']);
    await store.updateFeed('https://feed.example/rss', { etag: 'W/1', lastChecked: '2024-06-19T00:00:00Z' });
    expect(await store.listFeeds()).toMatchObject([{ url: 'https://feed.example/rss', title: 'Example', etag: 'W/1' }]);
    await expect(store.updateFeed('https://nope.example', { etag: 'x' })).rejects.toThrow(/^dyad: no feed/);
    await store.removeFeed('https://feed.example/rss');
    expect(await store.listFeeds()).toEqual([]);
  });
});

describe('sqlite file', () => {
  it('reopens with the data and the schema version intact', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'dyad-reopen-')), 'x.db');
    const a = openSqliteStore(path);
    await a.saveArticle(makeItem('a1', [{}]));
    await a.close();
    const b = openSqliteStore(path);
    expect(await b.stats()).toMatchObject({ articles: 1, events: 1, schemaVersion: 5 });
    await b.close();
  });

  it('says what to do when the path is not a database', async () => {
    expect(() => openSqliteStore('/nonexistent-dir/x/y.db')).toThrow(/^dyad: cannot open the SQLite database/);
  });
});
