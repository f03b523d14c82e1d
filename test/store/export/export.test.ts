import { expect, it } from 'vitest';
import { exportEvents, gdeltEventRow, importGdelt } from '../../../src/store/export/index.js';
import type { StoredEvent, Store } from '../../../src/store/types.js';
import { describeEngines } from '../engines.js';
import { makeItem } from '../factory.js';

async function lines(it: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of it) out.push(...chunk.split('\n').filter(Boolean));
  return out;
}

async function* from(lines: string[]): AsyncIterable<string> {
  yield* lines;
}

async function seed(store: Store): Promise<void> {
  await store.saveBatch([
    makeItem('a1', [
      {
        code: '042',
        source: 'RUSGOV',
        target: 'PRKGOV',
        date: '2024-06-19',
        place: { country: 'PRK', lat: 39.03, lon: 125.75, name: 'Pyongyang' },
        text: 'Putin, smiling, said "hello"\tto Kim.',
      },
      { code: '190', source: 'UKRMIL', target: 'RUSMIL', date: '2024-03-02' },
      { code: '010', source: 'IGOUNO', target: null, date: '2024-03-01' },
    ]),
  ]);
}

/** What a GDELT row can carry of an event. */
function comparable(e: StoredEvent, url: string) {
  return {
    article: url,
    date: e.date,
    code: e.code,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    tone: e.tone,
    source: [e.source.code, e.source.name, e.source.country, e.source.sector],
    target: e.target ? [e.target.code, e.target.name, e.target.country, e.target.sector] : null,
    place: e.location ? [e.location.name, e.location.lat, e.location.lon] : null,
  };
}

describeEngines('exports', (engine) => {
  it('round-trips GDELT 2.0 events: export, import into a fresh store, same events back', async () => {
    const store = await engine.open();
    await seed(store);
    const tsv = await lines(exportEvents(store, {}, 'gdelt'));
    expect(tsv).toHaveLength(3);
    expect(tsv.every((l) => l.split('\t').length === 61)).toBe(true);
    const other = await engine.open();
    const skipped: string[] = [];
    expect(await importGdelt(other, from(tsv), { input: 'x.tsv', onSkip: (w) => skipped.push(w) })).toEqual({
      rows: 3,
      events: 3,
      skipped: 0,
    });
    const before = (await store.queryEvents({})).events.map((e) => comparable(e, 'https://news.example/a1'));
    const after = (await other.queryEvents({})).events.map((e) => comparable(e, e.article));
    expect(after).toEqual(before);
    await importGdelt(other, from(tsv));
    expect((await other.stats()).events).toBe(3);
    const again = await lines(exportEvents(other, {}, 'gdelt'));
    expect(again.map((l) => l.split('\t')[0])).toEqual(tsv.map((l) => l.split('\t')[0]));
  });

  it('skips unreadable GDELT rows with a reason, keeping the rest', async () => {
    const store = await engine.open();
    await seed(store);
    const [good] = await lines(exportEvents(store, { code: ['042'] }, 'gdelt'));
    const bad = good.split('\t');
    bad[26] = 'XYZ';
    const other = await engine.open();
    const skipped: string[] = [];
    const r = await importGdelt(other, from([good, 'too\tfew', bad.join('\t')]), {
      input: 'f.tsv',
      onSkip: (w, why) => skipped.push(`${w} ${why}`),
    });
    expect(r).toEqual({ rows: 3, events: 1, skipped: 2 });
    expect(skipped).toEqual([
      'f.tsv:2 has 2 columns, a GDELT 2.0 events row has 61',
      'f.tsv:3 EventCode XYZ is not a CAMEO code',
    ]);
    expect((await other.stats()).skips).toBe(2);
  });

  it('writes GDELT mentions, PLOVER, CSV and JSONL', async () => {
    const store = await engine.open();
    await seed(store);
    const mentions = await lines(exportEvents(store, { code: ['042'] }, 'gdelt-mentions'));
    expect(mentions[0].split('\t')).toEqual([
      expect.stringMatching(/^\d+$/),
      '20240619000000',
      '20240619000000',
      '1',
      'news.example',
      'https://news.example/a1',
      '1',
      '0',
      '20',
      '7',
      '1',
      '90',
      '',
      '-1.5',
      '',
      '',
    ]);
    const [events] = await lines(exportEvents(store, { code: ['042'] }, 'gdelt'));
    expect(mentions[0].split('\t')[0]).toBe(events.split('\t')[0]);
    const plover = (await lines(exportEvents(store, {}, 'plover'))).map((l) => JSON.parse(l));
    expect(plover.map((p) => p.event_type).sort()).toEqual(['CONSULT', 'CONSULT', 'FIGHT']);
    const csv = await lines(exportEvents(store, { code: ['042'] }, 'csv'));
    expect(csv[0].split(',')[0]).toBe('id');
    expect(csv[1]).toContain('"Putin, smiling, said ""hello""\tto Kim."');
    const jsonl = (await lines(exportEvents(store, {}, 'jsonl'))).map((l) => JSON.parse(l));
    expect(jsonl).toHaveLength(3);
  });
});

it('gdeltEventRow keeps tabs and newlines out of cells', () => {
  const e = { ...makeItem('a', [{ text: 'x' }]).events[0], cluster: 'c' };
  e.source = { ...e.source, name: 'A\tB\nC' };
  expect(gdeltEventRow(e, null).split('\t')).toHaveLength(61);
});
