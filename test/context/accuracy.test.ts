import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { eventDates } from '../../src/context/dates.js';
import { eventPlaces } from '../../src/context/places.js';
import { loadContextResources } from '../../src/context/resources.js';
import type { Modality } from '../../src/doc.js';
import { handDoc, testResources } from './helpers.js';

interface Expected {
  trigger: string;
  nth?: number;
  modality?: Modality;
  date: string;
  precision: string;
  place: string | null;
  placePrecision?: string;
}
interface Article {
  published: string;
  text: string;
  events: Expected[];
}

const read = (name: string) => parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Article[];
const resources = testResources(loadContextResources());

describe.each([
  ['accuracy.yaml', 0.85, 0.8],
  ['accuracy-heldout.yaml', 0.75, 0.6],
])('context accuracy on hand-written articles: %s', (file, minDates, minPlaces) => {
  const articles = read(file);
  it('dates and places most events right', () => {
    let dates = 0;
    let places = 0;
    let placed = 0;
    let placedRight = 0;
    const wrong: string[] = [];
    const total = articles.reduce((n, a) => n + a.events.length, 0);
    for (const a of articles) {
      const doc = handDoc(a.text, String(a.published), a.events);
      eventDates.run(doc, resources);
      eventPlaces.run(doc, resources);
      doc.events!.forEach((e, i) => {
        const x = a.events[i];
        if (e.date === String(x.date) && e.datePrecision === x.precision) dates++;
        else wrong.push(`date  ${x.trigger}: got ${e.date} ${e.datePrecision}, want ${x.date} ${x.precision}`);
        const got = e.location;
        const ok = x.place === null ? got === null : got?.name === x.place && got.precision === x.placePrecision;
        if (ok) places++;
        else
          wrong.push(
            `place ${x.trigger}: got ${got ? `${got.name} (${got.precision})` : 'null'}, want ${x.place} (${x.placePrecision ?? '-'})`,
          );
        if (x.place !== null) {
          placed++;
          if (ok) placedRight++;
        }
      });
    }
    console.log(
      `context accuracy (${file}): dates ${dates}/${total} (${((100 * dates) / total).toFixed(1)}%), ` +
        `places ${places}/${total} (${((100 * places) / total).toFixed(1)}%), ` +
        `events with a place ${placedRight}/${placed} (${((100 * placedRight) / placed).toFixed(1)}%)\n  ` +
        wrong.join('\n  '),
    );
    expect(total).toBeGreaterThanOrEqual(35);
    expect(dates / total).toBeGreaterThan(minDates);
    expect(places / total).toBeGreaterThan(minPlaces);
  });
});
