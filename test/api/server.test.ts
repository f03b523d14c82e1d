import type { FastifyInstance, InjectOptions } from 'fastify';
import { expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import type { Coder } from '../../src/api/routes.js';
import type { Store } from '../../src/store/types.js';
import { describeEngines } from '../store/engines.js';
import { makeEvent, makeItem } from '../store/factory.js';

const coder: Coder = async (input) => {
  if (input.text === 'boom') throw new Error('dyad: the article is empty after cleaning');
  const id = input.id ?? 'posted';
  const text = input.text ?? '<html>';
  return {
    article: { id, text, url: input.url ?? null, published: input.date ?? null },
    events: [makeEvent({ article: id, code: '057', date: input.date ?? '2024-06-19' })],
  };
};

async function setup(
  open: () => Promise<Store>,
  options: { token?: string; host?: string } = {},
): Promise<{ app: FastifyInstance; store: Store }> {
  const store = await open();
  await store.saveBatch([
    makeItem('a1', [
      { code: '042', source: 'RUSGOV', target: 'PRKGOV', date: '2024-06-17', text: 'Putin visited Pyongyang.' },
      { code: '190', source: 'RUSMIL', target: 'UKRMIL', date: '2024-06-18', text: 'Russian forces shelled Kharkiv.' },
    ]),
  ]);
  const app = await buildServer({ store, code: coder, logger: false, ...options });
  return { app, store };
}

describeEngines('api', (engine) => {
  it('serves events as a page, as JSON lines and as CSV', async () => {
    const { app } = await setup(() => engine.open());
    const page = await app.inject({ url: '/events?actor=rus&limit=1' });
    expect(page.statusCode).toBe(200);
    expect(page.json().events).toHaveLength(1);
    const next = await app.inject({ url: `/events?actor=rus&limit=1&cursor=${page.json().next}` });
    expect(next.json()).toMatchObject({ events: [{ code: '190' }], next: null });
    const jsonl = await app.inject({ url: '/events?format=jsonl' });
    expect(jsonl.headers['content-type']).toMatch(/ndjson/);
    expect(
      jsonl.body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a1:0:042', 'a1:1:190']);
    const csv = await app.inject({ url: '/events?format=csv&q=shelled' });
    expect(csv.body.trim().split('\n')).toHaveLength(2);
  });

  it('serves timeline, network, alerts, actors, top lists, counts, articles, clusters, stats', async () => {
    const { app } = await setup(() => engine.open());
    const t = await app.inject({ url: '/timeline?dyad=RUS,PRK&interval=day' });
    expect(t.json().points).toEqual([{ period: '2024-06-17', count: 1, quad: [1, 0, 0, 0], goldstein: 1.9 }]);
    expect((await app.inject({ url: '/network?since=2024-06-01&until=2024-06-30' })).json().edges).toHaveLength(2);
    expect((await app.inject({ url: '/alerts?actor=RUS' })).json()).toMatchObject({ metric: 'share', alerts: [] });
    expect((await app.inject({ url: '/actors?q=rus' })).json().actors.map((a: { code: string }) => a.code)).toEqual([
      'RUSGOV',
      'RUSMIL',
    ]);
    expect((await app.inject({ url: '/top/actors?limit=1' })).json().actors).toHaveLength(1);
    expect((await app.inject({ url: '/top/dyads?directed=true' })).json().dyads).toHaveLength(2);
    expect(
      (await app.inject({ url: '/counts/codes?level=code' }))
        .json()
        .counts.map((c: { code: string }) => c.code)
        .sort(),
    ).toEqual(['042', '190']);
    const article = (await app.inject({ url: '/articles/a1' })).json();
    expect(article.events[0].evidence.text).toBe('Putin visited Pyongyang.');
    expect((await app.inject({ url: `/clusters/${article.events[0].cluster}` })).json().mentions).toHaveLength(1);
    expect((await app.inject({ url: '/articles/nope' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/stats' })).json()).toMatchObject({ articles: 1, events: 2, engine: engine.name });
  });

  it('codes and stores a posted article, idempotently', async () => {
    const { app, store } = await setup(() => engine.open());
    const first = await app.inject({
      method: 'POST',
      url: '/articles',
      payload: { id: 'p1', text: 'Russia and China signed a treaty.', date: '2024-07-01' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ result: { id: 'p1', status: 'inserted', events: 1 } });
    const again = await app.inject({
      method: 'POST',
      url: '/articles',
      payload: { id: 'p1', text: 'Russia and China signed a treaty.', date: '2024-07-01' },
    });
    expect(again.json().result.status).toBe('unchanged');
    const bad = await app.inject({ method: 'POST', url: '/articles', payload: { text: 'boom' } });
    expect([bad.statusCode, bad.json().error]).toEqual([422, 'dyad: the article is empty after cleaning']);
    expect((await store.stats()).articles).toBe(2);
  });

  it('answers bad requests with a clean 4xx and changes nothing in the store', async () => {
    const { app, store } = await setup(() => engine.open(), {});
    const before = await store.stats();
    const cases: Array<[InjectOptions, number, string | undefined]> = [
      [{ url: "/events?actor=RUS';DROP TABLE events;--" }, 400, 'actor'],
      [{ url: '/events?dyad=RUS,PRK%27%20OR%201=1' }, 400, 'dyad'],
      [{ url: '/events?q=%27%29%3B%20DELETE%20FROM%20events%3B--' }, 200, undefined],
      [{ url: '/events?colour=red' }, 400, 'colour'],
      [{ url: '/events?limit=abc' }, 400, 'limit'],
      [{ url: '/events?actor=RUS&actor=PRK' }, 400, 'actor'],
      [{ url: '/events?cursor=xyz' }, 400, 'cursor'],
      [{ url: '/timeline?interval=year' }, 400, 'interval'],
      [{ url: '/alerts' }, 400, 'dyad'],
      [{ url: '/stats?x=1' }, 400, 'x'],
      [{ url: '/nowhere' }, 404, undefined],
      [
        {
          method: 'POST',
          url: '/articles',
          headers: { 'content-type': 'application/json' },
          payload: '{"text": "broken',
        },
        400,
        undefined,
      ],
      [{ method: 'POST', url: '/articles', payload: { text: 'x', evil: true } }, 400, 'evil'],
      [{ method: 'POST', url: '/articles', payload: {} }, 400, 'text'],
      [
        { method: 'POST', url: '/articles', payload: { text: 'x', date: "2024'; DROP TABLE articles;--" } },
        400,
        'date',
      ],
      [
        { method: 'POST', url: '/articles', headers: { 'content-type': 'text/plain' }, payload: 'hello' },
        415,
        undefined,
      ],
      [{ method: 'POST', url: '/articles', payload: { text: 'x'.repeat(6 * 1024 * 1024) } }, 413, undefined],
    ];
    for (const [request, status, parameter] of cases) {
      const res = await app.inject(request);
      expect([res.statusCode, request.url]).toEqual([status, request.url]);
      if (status >= 400) expect(res.json().error).toMatch(/^dyad: /);
      if (parameter) expect(res.json().parameter).toBe(parameter);
    }
    expect(await store.stats()).toEqual(before);
  });

  it('keeps aggregate answers a few seconds, keyed by the normalised query, and forgets them after a write', async () => {
    const { app } = await setup(() => engine.open());
    const first = await app.inject({ url: '/timeline?dyad=RUS,PRK&interval=day' });
    expect(first.headers['x-dyad-cache']).toBe('miss');
    const same = await app.inject({ url: '/timeline?interval=day&dyad=rus,prk' });
    expect([same.headers['x-dyad-cache'], same.body]).toEqual(['hit', first.body]);
    expect((await app.inject({ url: '/timeline?dyad=RUS,PRK&interval=week' })).headers['x-dyad-cache']).toBe('miss');
    expect((await app.inject({ url: '/events?actor=RUS' })).headers['x-dyad-cache']).toBeUndefined();
    expect((await app.inject({ url: '/stats' })).json().events).toBe(2);
    const posted = await app.inject({
      method: 'POST',
      url: '/articles',
      payload: { id: 'p9', text: 'More.', date: '2024-06-17' },
    });
    expect(posted.statusCode).toBe(201);
    expect((await app.inject({ url: '/stats' })).json().events).toBe(3);
    const after = await app.inject({ url: '/timeline?dyad=RUS,PRK&interval=day' });
    expect(after.headers['x-dyad-cache']).toBe('miss');
    expect(after.json().points[0]).toMatchObject({ period: '2024-06-17', count: 2 });
  });

  it('answers concurrent identical aggregate requests with one query, and can run without the cache', async () => {
    const store = await engine.open();
    await store.saveBatch([makeItem('a1', [{ code: '042', source: 'RUSGOV', target: 'PRKGOV', date: '2024-06-17' }])]);
    let calls = 0;
    const counting = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'aggregate')
          return (...args: Parameters<Store['aggregate']>) => (calls++, target.aggregate(...args));
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const app = await buildServer({ store: counting, logger: false });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => app.inject({ url: '/network?since=2024-01-01' })),
    );
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(calls).toBe(1);
    const uncached = await buildServer({ store: counting, logger: false, cacheTtlMs: 0 });
    await Promise.all(Array.from({ length: 3 }, () => uncached.inject({ url: '/network?since=2024-01-01' })));
    expect(calls).toBe(4);
  });

  it('needs the token for writes when one is set, and refuses writes beyond loopback without one', async () => {
    const { app, store } = await setup(() => engine.open(), { token: 's3cret', host: '0.0.0.0' });
    const payload = { id: 'p2', text: 'A text.' };
    expect((await app.inject({ method: 'POST', url: '/articles', payload })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'POST', url: '/articles', payload, headers: { authorization: 'Bearer wrong' } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'POST', url: '/articles', payload, headers: { authorization: 'Bearer s3cret' } }))
        .statusCode,
    ).toBe(201);
    expect((await app.inject({ url: '/stats' })).statusCode).toBe(200);
    const open = await buildServer({ store, code: coder, host: '0.0.0.0', logger: false });
    const refused = await open.inject({ method: 'POST', url: '/articles', payload: { id: 'p3', text: 'B.' } });
    expect([refused.statusCode, refused.json().error]).toEqual([403, expect.stringMatching(/^dyad: writes are off/)]);
    expect((await store.stats()).articles).toBe(2);
  });
});

it('publishes an OpenAPI document written from the zod schemas, with CORS off by default', async () => {
  const store = { engine: 'sqlite' } as unknown as Store;
  const app = await buildServer({ store, logger: false });
  const res = await app.inject({ url: '/openapi.json', headers: { origin: 'https://evil.example' } });
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
  const doc = res.json();
  expect(doc.openapi).toBe('3.1.0');
  const events = doc.paths['/events'].get;
  expect(events.parameters.map((p: { name: string }) => p.name)).toEqual(
    expect.arrayContaining([
      'actor',
      'dyad',
      'code',
      'quad',
      'since',
      'until',
      'bbox',
      'q',
      'cursor',
      'limit',
      'format',
    ]),
  );
  expect(doc.paths['/articles'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('html');
  expect(doc.components.schemas.EventRecord.properties).toHaveProperty('evidence');
  const withCors = await buildServer({ store, logger: false, cors: ['https://ok.example'] });
  const ok = await withCors.inject({ url: '/openapi.json', headers: { origin: 'https://ok.example' } });
  expect(ok.headers['access-control-allow-origin']).toBe('https://ok.example');
});
