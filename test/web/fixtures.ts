/** Test events for the dashboard: a RUSGOV–PRKGOV dyad over 20 weeks with one escalation week, placed on the map. */
import type { EventRecord } from '../../src/schema/event-record.js';
import type { SaveItem } from '../../src/store/types.js';
import { addDays } from '../../src/analysis/periods.js';
import { makeEvent } from '../store/factory.js';

const MOSCOW = { country: 'RUS', lat: 55.75, lon: 37.62, name: 'Moscow' };
const PYONGYANG = { country: 'PRK', lat: 39.03, lon: 125.75, name: 'Pyongyang' };

/** One article holding one event whose source, target and trigger spans point at the words of its sentence. */
function article(
  id: string,
  date: string,
  code: string,
  sentence: string,
  words: { source: string; target: string; trigger: string },
  place = PYONGYANG,
): SaveItem {
  const e: EventRecord = makeEvent({
    article: id,
    n: 0,
    code,
    date,
    source: 'RUSGOV',
    target: 'PRKGOV',
    text: sentence,
    place,
  });
  const at = (w: string) => ({ start: sentence.indexOf(w), end: sentence.indexOf(w) + w.length });
  e.source = { ...e.source, name: 'Russia', text: words.source, ...at(words.source) };
  e.target = { ...e.target!, name: 'North Korea', text: words.target, ...at(words.target) };
  e.evidence = {
    text: sentence,
    start: 0,
    end: sentence.length,
    trigger: { text: words.trigger, ...at(words.trigger) },
  };
  return {
    article: { id, text: sentence, url: `https://news.example/${id}`, title: `Wire report ${id}`, published: date },
    events: [e],
  };
}

/** The first Monday of the series. */
export const FIRST_WEEK = '2024-01-01';
/** The week in which material conflict jumps (an alert). */
export const ALERT_WEEK = addDays(FIRST_WEEK, 7 * 16);

export function dyadSeries(): SaveItem[] {
  const items: SaveItem[] = [];
  for (let w = 0; w < 20; w++) {
    const monday = addDays(FIRST_WEEK, 7 * w);
    for (let i = 0; i < 3; i++) {
      items.push(
        article(
          `w${w}-coop${i}`,
          addDays(monday, i),
          i === 2 ? '057' : '042',
          `Russian envoys visited North Korean leaders in Pyongyang for talks number ${w}-${i}.`,
          { source: 'Russian envoys', target: 'North Korean leaders', trigger: 'visited' },
          i % 2 ? MOSCOW : PYONGYANG,
        ),
      );
    }
  }
  const monday = ALERT_WEEK;
  for (let i = 0; i < 8; i++) {
    items.push(
      article(
        `alert-${i}`,
        addDays(monday, i % 7),
        '190',
        `Russian troops shelled North Korean border posts near the Khasanvale crossing, report ${i}.`,
        { source: 'Russian troops', target: 'North Korean border posts', trigger: 'shelled' },
      ),
    );
  }
  return items;
}
