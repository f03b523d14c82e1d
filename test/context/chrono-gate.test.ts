import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { fingerprint, gatedChrono, GATES } from '../../src/context/chrono-gate.js';

const gated = gatedChrono();
const REF = new Date(2024, 5, 19, 12);

const view = (results: chrono.ParsedResult[]) =>
  results.map((r) => ({
    index: r.index,
    text: r.text,
    start: r.start.date().toISOString(),
    certain: (['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const).map((k) => r.start.isCertain(k)),
    end: r.end?.date().toISOString() ?? null,
  }));

const PHRASES = [
  'on Monday',
  'last Tuesday',
  'next Wednesday',
  'this Thursday',
  'on Fri.',
  'Sat',
  'the weekend',
  'this weekend',
  'June 19',
  '19 June',
  'June 19, 2024',
  'the 3rd of March',
  'March 3rd',
  'Sept. 4',
  'in May',
  'last March',
  'May 2023',
  '2024-06-19',
  '2024/06/19',
  '06/19/2024',
  '6/2024',
  '19.06.2024',
  'at 5 pm',
  'at 17:30',
  '10 a.m.',
  "at 9 o'clock",
  'two days ago',
  'three weeks earlier',
  'a year before',
  'a few days later',
  'two weeks from now',
  '5 days after',
  'within two weeks',
  'in three months',
  'for a year',
  'in a couple of days',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'last night',
  'tmrw',
  'this morning',
  'in the afternoon',
  'at noon',
  'midnight',
  'this evening',
  'end of the month',
  'last day of the month',
  'this week',
  'last month',
  'next year',
  'past week',
  'after this week',
  '+2 days',
  '-3 weeks',
  'the past two years',
  'next 5 days',
  'earlier this month',
  'late last year',
  'in 2023',
  'from June 3 to June 5',
  'June 3 - 5',
  'Monday to Wednesday',
  'between 2010 and 2012',
  '2,000 people',
  'one in four',
  'the march on Washington',
  'she may go',
  'Dec. 25th, 2023',
  '1st of January 2025',
  'twenty-first of May',
  '2024 BE',
  '1999 AD',
  'May 5 at 3pm',
  'Tuesday morning',
  'Wed at noon',
  'THURSDAY',
  'MARCH 1',
  'Ago',
  'hours later',
];
const FRAMES = ['X met Y {}.', '{} the talks resumed.', 'Officials said, {}, that talks would continue', '{}'];

describe('gatedChrono', () => {
  it('finds exactly what chrono.en.casual finds', () => {
    for (const phrase of PHRASES)
      for (const frame of FRAMES) {
        const text = frame.replace('{}', phrase);
        expect(view(gated.parse(text, REF, { forwardDate: false })), text).toEqual(
          view(chrono.en.casual.parse(text, REF, { forwardDate: false })),
        );
      }
  });

  it('knows the patterns of the installed chrono-node (a changed pattern runs ungated: re-read it and update GATES)', () => {
    const context = new chrono.ParsingContext('x', REF, {});
    const installed = Object.fromEntries(
      chrono.en.casual.parsers.map((p) => [p.constructor.name, fingerprint(p.pattern(context).source)]),
    );
    expect(installed).toEqual(Object.fromEntries(Object.entries(GATES).map(([name, [, print]]) => [name, print])));
  });
});
