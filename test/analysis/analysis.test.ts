import { expect, it } from 'vitest';
import { countsByCode, escalationAlerts, network, timeline, topActors, topDyads } from '../../src/analysis/index.js';
import { addDays } from '../../src/analysis/periods.js';
import type { Store } from '../../src/store/types.js';
import { describeEngines } from '../store/engines.js';
import { makeItem, type EventSpec } from '../store/factory.js';

async function seed(store: Store): Promise<void> {
  await store.saveBatch([
    makeItem('a1', [
      { code: '042', source: 'RUSGOV', target: 'PRKGOV', date: '2024-06-17' },
      { code: '043', source: 'PRKGOV', target: 'RUSGOV', date: '2024-06-17' },
      { code: '190', source: 'RUSMIL', target: 'PRKMIL', date: '2024-06-19' },
      { code: '190', source: 'RUSMIL', target: 'PRKMIL', date: '2024-06-20', modality: 'negated' },
    ]),
    makeItem('a2', [
      { code: '112', source: 'PRKGOV', target: 'RUSGOV', date: '2024-07-03' },
      { code: '057', source: 'USAGOV', target: 'KORGOV', date: '2024-06-18' },
      { code: '042', source: 'RUSGOV', target: 'PRKGOV', date: '2024-06-21' },
    ]),
  ]);
}

describeEngines('analysis', (engine) => {
  it('builds a weekly dyad timeline with quad counts, mean Goldstein and empty weeks filled', async () => {
    const store = await engine.open();
    await seed(store);
    const t = await timeline(store, { dyad: ['RUS', 'PRK'] }, 'week');
    expect(t.points).toEqual([
      { period: '2024-06-17', count: 4, quad: [3, 0, 0, 1], goldstein: expect.closeTo((1.9 + 2.8 - 10 + 1.9) / 4, 9) },
      { period: '2024-06-24', count: 0, quad: [0, 0, 0, 0], goldstein: null },
      { period: '2024-07-01', count: 1, quad: [0, 0, 1, 0], goldstein: -2 },
    ]);
  });

  it('builds daily and monthly timelines over an explicit range, directed when asked', async () => {
    const store = await engine.open();
    await seed(store);
    const months = await timeline(
      store,
      { dyad: ['RUS', 'PRK'], directed: true, since: '2024-05-01', until: '2024-07-31' },
      'month',
    );
    expect(months.points.map((p) => [p.period, p.count])).toEqual([
      ['2024-05-01', 0],
      ['2024-06-01', 3],
      ['2024-07-01', 0],
    ]);
    const days = await timeline(store, { dyad: ['RUS', 'PRK'], since: '2024-06-17', until: '2024-06-20' }, 'day');
    expect(days.points.map((p) => p.count)).toEqual([2, 0, 1, 0]);
    expect((await timeline(store, { dyad: ['XXX', 'YYY'] })).points).toEqual([]);
  });

  it('builds the network of a window: weighted directed edges and the nodes they join', async () => {
    const store = await engine.open();
    await seed(store);
    const net = await network(store, { since: '2024-06-01', until: '2024-06-30' });
    expect(net.edges).toEqual([
      { source: 'RUSGOV', target: 'PRKGOV', count: 2, goldstein: expect.closeTo(1.9, 9) },
      { source: 'PRKGOV', target: 'RUSGOV', count: 1, goldstein: expect.closeTo(2.8, 9) },
      { source: 'RUSMIL', target: 'PRKMIL', count: 1, goldstein: -10 },
      { source: 'USAGOV', target: 'KORGOV', count: 1, goldstein: 8 },
    ]);
    expect(net.nodes.slice(0, 2)).toEqual([
      { id: 'PRKGOV', name: 'Actor PRKGOV', count: 3, out: 1, in: 2 },
      { id: 'RUSGOV', name: 'Actor RUSGOV', count: 3, out: 2, in: 1 },
    ]);
    const byCountry = await network(
      store,
      { since: '2024-06-01', until: '2024-06-30' },
      { by: 'country', minCount: 2 },
    );
    expect(byCountry.edges).toEqual([
      { source: 'RUS', target: 'PRK', count: 3, goldstein: expect.closeTo((1.9 * 2 - 10) / 3, 9) },
    ]);
  });

  it('ranks actors, dyads and codes', async () => {
    const store = await engine.open();
    await seed(store);
    expect((await topActors(store, {}, 2)).map((a) => [a.code, a.count, a.asSource, a.asTarget])).toEqual([
      ['PRKGOV', 4, 2, 2],
      ['RUSGOV', 4, 2, 2],
    ]);
    expect((await topDyads(store, {}, { limit: 1 }))[0]).toMatchObject({
      source: 'PRKGOV',
      target: 'RUSGOV',
      count: 4,
    });
    expect((await topDyads(store, {}, { limit: 1, directed: true }))[0]).toMatchObject({
      source: 'PRKGOV',
      target: 'RUSGOV',
      count: 2,
    });
    expect(await countsByCode(store, { actor: 'RUS' }, 'root')).toEqual([
      { code: '04', count: 3, goldstein: expect.closeTo((1.9 * 2 + 2.8) / 3, 9) },
      { code: '11', count: 1, goldstein: -2 },
      { code: '19', count: 1, goldstein: -10 },
    ]);
  });

  it('flags the week whose material-conflict share jumps above its trailing baseline, with its events', async () => {
    const store = await engine.open();
    const start = '2024-01-01';
    const items = [];
    for (let w = 0; w < 17; w++) {
      const conflict = w === 16 ? 8 : w % 2 === 0 ? 1 : 2;
      const specs: EventSpec[] = Array.from({ length: 10 }, (_, i) => ({
        code: i < conflict ? '190' : '042',
        source: 'RUSMIL',
        target: 'UKRMIL',
        date: addDays(start, w * 7 + (i % 5)),
      }));
      items.push(makeItem(`w${w}`, specs));
    }
    items.push(
      makeItem('quiet', [
        { code: '190', source: 'RUSMIL', target: 'UKRMIL', date: addDays(start, 16 * 7), modality: 'negated' },
      ]),
    );
    await store.saveBatch(items);
    const report = await escalationAlerts(store, { dyad: ['RUS', 'UKR'] });
    expect(report.series).toHaveLength(17);
    expect(report.alerts.map((a) => a.week)).toEqual(['2024-04-22']);
    const [alert] = report.alerts;
    expect(alert).toMatchObject({
      total: 10,
      conflict: 8,
      value: 0.8,
      mean: expect.closeTo(0.15, 9),
      std: expect.closeTo(0.05, 9),
      z: expect.closeTo(13, 6),
    });
    expect(alert.events).toHaveLength(8);
    expect(alert.events.every((e) => e.quad === 4 && e.modality !== 'negated')).toBe(true);
    const counts = await escalationAlerts(store, { actor: 'UKR' }, { metric: 'count', minEvents: 9 });
    expect(counts.alerts).toEqual([]);
    const counted = await escalationAlerts(store, { actor: 'UKR' }, { metric: 'count', minEvents: 8 });
    expect(counted.alerts.map((a) => [a.week, a.value])).toEqual([['2024-04-22', 8]]);
  });
});
