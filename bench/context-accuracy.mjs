// Context accuracy on hand-written articles with known answers (test/context/fixtures/*.yaml), and the gazetteer's
// load time and memory. Run after `npm run build`:  node --expose-gc bench/context-accuracy.mjs
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createDoc } from '../dist/doc.js';
import { loadNlp } from '../dist/text/nlp.js';
import { tokenize } from '../dist/text/tokenize.js';
import { eventDates } from '../dist/context/dates.js';
import { eventPlaces } from '../dist/context/places.js';
import { loadGazetteer } from '../dist/context/gazetteer.js';
import { loadContextResources } from '../dist/context/resources.js';

const gc = globalThis.gc ?? (() => {});
gc();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - t0;
gc();
console.log(
  `gazetteer: ${gazetteer.size} names, load ${loadMs.toFixed(0)} ms, retained heap ${((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(1)} MB${globalThis.gc ? '' : ' (run with --expose-gc for a clean figure)'}`,
);
const t1 = performance.now();
for (let i = 0; i < 100_000; i++) gazetteer.lookup(i % 2 ? 'Pyongyang' : 'the Gaza Strip');
console.log(`lookup: ${(((performance.now() - t1) / 100_000) * 1e6).toFixed(0)} ns each`);

const nlp = loadNlp();
const resources = { nlp, ...loadContextResources() };
const find = (text, needle, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  return at;
};
for (const file of ['accuracy.yaml', 'accuracy-heldout.yaml']) {
  const articles = parse(readFileSync(new URL(`../test/context/fixtures/${file}`, import.meta.url), 'utf8'));
  let total = 0,
    dates = 0,
    places = 0,
    placed = 0,
    placedRight = 0;
  for (const a of articles) {
    const doc = createDoc('bench', a.text, { published: String(a.published) });
    Object.assign(doc, tokenize(a.text, nlp));
    doc.mentions = [];
    doc.events = a.events.map((x) => {
      const start = find(a.text, x.trigger, x.nth);
      const sentence = Math.max(
        0,
        doc.sentences.findIndex((s) => s.start <= start && start < s.end),
      );
      return {
        code: '040',
        sentence,
        trigger: { start, end: start + x.trigger.length },
        source: -1,
        target: -1,
        modality: x.modality ?? 'asserted',
        attribution: -1,
        rule: 'bench',
        confidence: 1,
      };
    });
    eventDates.run(doc, resources);
    eventPlaces.run(doc, resources);
    doc.events.forEach((e, i) => {
      const x = a.events[i];
      total++;
      if (e.date === String(x.date) && e.datePrecision === x.precision) dates++;
      const got = e.location;
      const ok = x.place === null ? got === null : got?.name === x.place && got.precision === x.placePrecision;
      if (ok) places++;
      if (x.place !== null) {
        placed++;
        if (ok) placedRight++;
      }
    });
  }
  const pct = (n, d) => `${n}/${d} (${((100 * n) / d).toFixed(1)}%)`;
  console.log(
    `${file}: dates right ${pct(dates, total)}; places right ${pct(places, total)}; of events that have a place ${pct(placedRight, placed)}`,
  );
}
