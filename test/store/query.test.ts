import { describe, expect, it } from 'vitest';
import { EventQuery } from '../../src/store/query.js';
import type { Store } from '../../src/store/types.js';
import { describeEngines } from './engines.js';
import { makeItem } from './factory.js';

async function seed(store: Store): Promise<void> {
  await store.saveBatch([
    makeItem('a1', [
      {
        code: '042',
        source: 'RUSGOV',
        target: 'PRKGOV',
        date: '2024-06-19',
        text: 'Putin visited Pyongyang for talks.',
        place: { country: 'PRK', lat: 39.03, lon: 125.75, name: 'Pyongyang' },
      },
      {
        code: '057',
        source: 'PRKGOV',
        target: 'RUSGOV',
        date: '2024-06-19',
        text: 'The two leaders signed a partnership treaty.',
      },
    ]),
    makeItem('a2', [
      {
        code: '190',
        source: 'UKRMIL',
        target: 'RUSMIL',
        date: '2024-03-02',
        text: 'Ukrainian forces shelled Russian positions near Kharkiv.',
        place: { country: 'UKR', lat: 49.99, lon: 36.23 },
      },
      {
        code: '112',
        source: 'USAGOV',
        target: 'RUSGOV',
        date: '2024-03-05',
        text: 'Washington accused Moscow of interference.',
        modality: 'hedged',
      },
      {
        code: '190',
        source: 'RUSMIL',
        target: 'UKRMIL',
        date: '2024-03-06',
        text: 'Russian troops did not attack the city.',
        modality: 'negated',
      },
    ]),
    makeItem('a3', [
      { code: '061', source: 'CHNGOV', target: 'RUS', date: '2024-01-10', text: 'China expanded trade with Russia.' },
      { code: '010', source: 'IGOUNO', target: null, date: null, text: 'The United Nations issued a statement.' },
    ]),
  ]);
}

const ids = (events: Array<{ id: string }>) => events.map((e) => e.id).sort();

describeEngines('event queries', (engine) => {
  const cases: Array<[string, Record<string, string>, string[]]> = [
    [
      'actor prefix matches longer codes, as source or target',
      { actor: 'RUS' },
      ['a1:0:042', 'a1:1:057', 'a2:0:190', 'a2:1:112', 'a2:2:190', 'a3:0:061'],
    ],
    ['a full actor code', { actor: 'RUSMIL' }, ['a2:0:190', 'a2:2:190']],
    ['undirected dyad', { dyad: 'RUS,PRK' }, ['a1:0:042', 'a1:1:057']],
    ['directed dyad', { dyad: 'RUS,PRK', directed: 'true' }, ['a1:0:042']],
    ['CAMEO root prefix', { code: '19' }, ['a2:0:190', 'a2:2:190']],
    ['several codes', { code: '042,057' }, ['a1:0:042', 'a1:1:057']],
    ['quad class', { quad: '4' }, ['a2:0:190', 'a2:2:190']],
    ['PLOVER event', { plover: 'agree' }, ['a1:1:057']],
    ['modality', { modality: 'hedged,negated' }, ['a2:1:112', 'a2:2:190']],
    [
      'date range, inclusive; undated events never match one',
      { since: '2024-03-02', until: '2024-03-05' },
      ['a2:0:190', 'a2:1:112'],
    ],
    ['until alone leaves undated events out', { until: '2024-01-31' }, ['a3:0:061']],
    ['location country', { country: 'prk' }, ['a1:0:042']],
    ['bounding box', { bbox: '30,45,40,55' }, ['a2:0:190']],
    ['text search, stemmed', { q: 'shelling positions' }, ['a2:0:190']],
    ['text search with FTS operators and quotes in it', { q: '"partnership" (treaty*' }, ['a1:1:057']],
    [
      'text search shaped like SQL injection finds nothing and breaks nothing',
      { q: "treaty'; DROP TABLE events; --" },
      [],
    ],
    ['text search with no words', { q: '";--' }, []],
    ['one article', { article: 'a3' }, ['a3:0:061', 'a3:1:010']],
    ['filters combine with AND', { actor: 'RUS', quad: '1', since: '2024-06-01', plover: 'consult' }, ['a1:0:042']],
  ];
  it.each(cases)('%s', async (_name, params, expected) => {
    const store = await engine.open();
    await seed(store);
    const page = await store.queryEvents(EventQuery.parse(params));
    expect(ids(page.events)).toEqual(expected);
  });

  it('pages by cursor in a stable (date, id) order, both ways, without gaps or repeats', async () => {
    const store = await engine.open();
    await seed(store);
    const all = (await store.queryEvents({ limit: 100 })).events;
    expect(all.map((e) => e.date ?? '')).toEqual([...all.map((e) => e.date ?? '')].sort());
    for (const order of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.queryEvents({ limit: 2, cursor, order });
        expect(page.events.length).toBeLessThanOrEqual(2);
        seen.push(...page.events.map((e) => e.id));
        cursor = page.next ?? undefined;
      } while (cursor);
      const expected = all.map((e) => e.id);
      expect(seen).toEqual(order === 'asc' ? expected : expected.reverse());
    }
  });

  it('pages a text search, alone and with other filters, in (date, id) order both ways', async () => {
    const store = await engine.open();
    const days = ['2024-05-03', '2024-01-09', '2024-05-03', '2024-02-28', '2024-07-14', '2024-01-09', '2024-03-30'];
    await store.saveBatch(
      days.map((date, i) =>
        makeItem(`t${i}`, [
          {
            date,
            source: i % 2 ? 'RUSGOV' : 'USAGOV',
            target: 'UKRGOV',
            code: i % 3 ? '190' : '042',
            text: `Shelling reported near the border, report ${i}.`,
          },
          { date, source: 'CHNGOV', target: 'RUSGOV', text: `Talks on trade, report ${i}.` },
        ]),
      ),
    );
    for (const filter of [
      { q: 'shelling' },
      { q: 'shelling', actor: 'RUS' },
      { q: 'shelling', quad: [4], since: '2024-02-01' },
    ]) {
      const every = (await store.queryEvents({ ...filter, limit: 100 })).events;
      expect(every.length).toBeGreaterThan(1);
      expect(every.every((e) => e.evidence.text.startsWith('Shelling'))).toBe(true);
      const keys = every.map((e) => `${e.date} ${e.id}`);
      expect(keys).toEqual([...keys].sort());
      for (const order of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.queryEvents({ ...filter, limit: 2, cursor, order });
          seen.push(...page.events.map((e) => e.id));
          cursor = page.next ?? undefined;
        } while (cursor);
        const expected = every.map((e) => e.id);
        expect(seen).toEqual(order === 'asc' ? expected : expected.reverse());
      }
    }
  });

  it('counts an event once when it matches an actor or an undirected dyad both ways', async () => {
    const store = await engine.open();
    await store.saveBatch([
      makeItem('s1', [
        { source: 'RUSMIL', target: 'RUSGOV', date: '2024-02-05', code: '190' },
        { source: 'RUSGOV', target: 'UKRGOV', date: '2024-02-06', code: '112' },
        { source: 'UKRMIL', target: 'RUSMIL', date: '2024-02-07', code: '190' },
        { source: 'RUSGOV', target: null, date: '2024-02-07', code: '010' },
        { source: 'USAGOV', target: 'CHNGOV', date: '2024-02-07', code: '042' },
      ]),
    ]);
    const total = async (filter: Record<string, unknown>, dedup = false) =>
      (await store.aggregate(filter, { by: [], dedup }))[0]?.count ?? 0;
    expect(await total({ actor: 'RUS' })).toBe(4);
    expect(await total({ actor: 'RUS' }, true)).toBe(4);
    expect(await total({ dyad: ['RUS', 'RUS'] })).toBe(1);
    expect(await total({ dyad: ['RUS', 'UKR'] })).toBe(2);
    expect(await total({ dyad: ['RUSGOV', 'RUS'] })).toBe(1);
    expect(await total({ dyad: ['RUS', 'UKR'], directed: true })).toBe(1);
    const byQuad = await store.aggregate(
      { actor: 'RUS', since: '2024-02-06' },
      { by: ['period', 'quad'], interval: 'month' },
    );
    expect(byQuad.map((r) => [r.key.period, r.key.quad, r.count])).toEqual([
      ['2024-02-01', 1, 1],
      ['2024-02-01', 3, 1],
      ['2024-02-01', 4, 1],
    ]);
    const edges = await store.aggregate(
      { actor: 'RUS' },
      { by: ['source', 'target'], nonNull: ['source', 'target'], limit: 10 },
    );
    expect(edges.map((r) => `${r.key.source}>${r.key.target}`).sort()).toEqual([
      'RUSGOV>UKRGOV',
      'RUSMIL>RUSGOV',
      'UKRMIL>RUSMIL',
    ]);
  });

  it('streams every matching event page by page', async () => {
    const store = await engine.open();
    await seed(store);
    const streamed: string[] = [];
    for await (const e of store.streamEvents({ actor: 'RUS' }, 2)) streamed.push(e.id);
    expect(streamed.sort()).toEqual(cases[0][2]);
    const limited: string[] = [];
    for await (const e of store.streamEvents({ limit: 3 }, 2)) limited.push(e.id);
    expect(limited).toHaveLength(3);
  });

  it('leaves negated events out of counts unless asked', async () => {
    const store = await engine.open();
    await seed(store);
    expect((await store.aggregate({ quad: [4] }, { by: [] }))[0].count).toBe(1);
    expect((await store.aggregate({ quad: [4], negated: true }, { by: [] }))[0].count).toBe(2);
    expect((await store.aggregate({ modality: ['negated'] }, { by: [] }))[0].count).toBe(1);
  });

  it('finds actors as you type, by code prefix or name', async () => {
    const store = await engine.open();
    await seed(store);
    expect((await store.searchActors('rus')).map((a) => a.code)).toEqual(['RUSGOV', 'RUS', 'RUSMIL']);
    expect((await store.searchActors('actor pr')).map((a) => a.code)).toEqual(['PRKGOV']);
    expect(await store.searchActors('100%_')).toEqual([]);
    expect((await store.searchActors('', 2)).length).toBe(2);
  });
});

describe('EventQuery', () => {
  it.each([
    [{ actor: "RUS';DROP TABLE events;--" }, 'actor'],
    [{ dyad: 'RUS' }, 'dyad'],
    [{ quad: '5' }, 'quad'],
    [{ since: '2024-13' }, 'since'],
    [{ bbox: '1,2,3' }, 'bbox'],
    [{ limit: '0' }, 'limit'],
    [{ cursor: 'nonsense' }, 'cursor'],
    [{ colour: 'red' }, ''],
  ])('rejects %j, naming the parameter', (params, name) => {
    const r = EventQuery.safeParse(params);
    expect(r.success).toBe(false);
    if (name) expect(r.error!.issues[0].path).toEqual([name]);
    else expect(r.error!.issues[0].code).toBe('unrecognized_keys');
  });
});

describeEngines('actor filters and negated-only actors', (engine) => {
  it('finds events of an actor that only ever appears in negated events', async () => {
    const store = await engine.open();
    await store.saveArticle(makeItem('n1', [{ code: '190', source: 'SYRMIL', target: 'TURMIL', modality: 'negated' }]));
    expect((await store.queryEvents({ actor: 'SYR' })).events).toHaveLength(1);
    expect((await store.queryEvents({ dyad: ['TUR', 'SYR'] })).events).toHaveLength(1);
    expect((await store.getActors(['SYRMIL']))[0]).toMatchObject({ asSource: 0, asTarget: 0 });
  });
});
