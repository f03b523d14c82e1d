import { describe, expect, it } from 'vitest';
import { articleDateExpressions, findDateExpressions } from '../../src/context/date-expressions.js';
import { eventDates } from '../../src/context/dates.js';
import type { Modality } from '../../src/doc.js';
import { handDoc, testResources } from './helpers.js';

/** Thursday. */
const ARTICLE = '2024-06-20';

const run = (text: string, trigger: string, modality: Modality = 'asserted', published: string | null = ARTICLE) => {
  const doc = handDoc(text, published ?? undefined, [{ trigger, modality }]);
  eventDates.run(doc, testResources());
  const e = doc.events![0];
  return [e.date, e.datePrecision, e.dateSource];
};

describe('eventDates against a Thursday article date', () => {
  it.each([
    ['The envoys met on Wednesday in Geneva.', 'met', 'asserted', ['2024-06-19', 'day', 'text']],
    ['The envoys met on Thursday in Geneva.', 'met', 'asserted', ['2024-06-20', 'day', 'text']],
    ['The envoys met on Friday in Geneva.', 'met', 'asserted', ['2024-06-14', 'day', 'text']],
    ['The envoys met on Sunday in Geneva.', 'met', 'asserted', ['2024-06-16', 'day', 'text']],
    ['The envoys will meet on Friday in Geneva.', 'meet', 'expected', ['2024-06-21', 'day', 'text']],
    ['The envoys will meet on Monday in Geneva.', 'meet', 'expected', ['2024-06-24', 'day', 'text']],
    ['Last Wednesday the rebels seized the town.', 'seized', 'asserted', ['2024-06-19', 'day', 'text']],
    ['The army annexed the province last year.', 'annexed', 'asserted', ['2023-01-01', 'year', 'text']],
    ['Troops crossed the border two days ago.', 'crossed', 'asserted', ['2024-06-18', 'day', 'text']],
    ['The talks broke off two days later.', 'broke', 'asserted', ['2024-06-20', 'day', 'article']],
    ['Talks collapsed earlier this month, officials said.', 'collapsed', 'asserted', ['2024-06-01', 'month', 'text']],
    ['The ministers signed the accord on June 19.', 'signed', 'asserted', ['2024-06-19', 'day', 'text']],
    ['The ministers signed the accord on June 25.', 'signed', 'asserted', ['2023-06-25', 'day', 'text']],
    ['The ministers will sign the accord on June 25.', 'sign', 'expected', ['2024-06-25', 'day', 'text']],
    ['The ministers will sign the accord on June 2.', 'sign', 'expected', ['2025-06-02', 'day', 'text']],
    ['Voters elected the council in 2023.', 'elected', 'asserted', ['2023-01-01', 'year', 'text']],
    ['Protesters stormed the ministry last month.', 'stormed', 'asserted', ['2024-05-01', 'month', 'text']],
    ['The treaty was signed on 3 March 2022 in Minsk.', 'signed', 'asserted', ['2022-03-03', 'day', 'text']],
    ['Yesterday the navy fired warning shots.', 'fired', 'asserted', ['2024-06-19', 'day', 'text']],
    ['The navy fired warning shots today.', 'fired', 'asserted', ['2024-06-20', 'day', 'text']],
    ['Rebels withdrew from the city in May.', 'withdrew', 'asserted', ['2024-05-01', 'month', 'text']],
    ['Rebels withdrew from the city in August.', 'withdrew', 'asserted', ['2023-08-01', 'month', 'text']],
    ['Last March, the rebels withdrew.', 'withdrew', 'asserted', ['2024-03-01', 'month', 'text']],
    ['The two sides fought in May 2021.', 'fought', 'asserted', ['2021-05-01', 'month', 'text']],
    ['Earlier this year the cabinet resigned.', 'resigned', 'asserted', ['2024-01-01', 'year', 'text']],
  ] as const)('%s', (text, trigger, modality, expected) => {
    expect(run(text, trigger, modality)).toEqual(expected);
  });

  it.each([
    ['Officials may visit the capital soon.', 'visit'],
    ['Thousands march on the capital to demand change.', 'march'],
    ['May officials visit the site, the minister asked.', 'visit'],
    ['Veterans will March through the square.', 'March'],
  ])('no date word in "%s" → article date', (text, trigger) => {
    expect(run(text, trigger)).toEqual([ARTICLE, 'day', 'article']);
  });

  it('never puts a reported weekday in the future', () => {
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      const [date] = run(`The envoys met on ${day}.`, 'met');
      expect(date! <= ARTICLE).toBe(true);
      expect(date! > '2024-06-13').toBe(true);
    }
  });

  it('puts an expected weekday on or after the article date', () => {
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      const [date] = run(`The envoys will meet on ${day}.`, 'meet', 'expected');
      expect(date! >= ARTICLE).toBe(true);
      expect(date! < '2024-06-27').toBe(true);
    }
  });

  it('prefers the date nearest the trigger', () => {
    const doc = handDoc('He said on Sunday that talks will resume next week.', ARTICLE, [
      { trigger: 'said' },
      { trigger: 'resume', modality: 'expected' },
    ]);
    eventDates.run(doc, testResources());
    expect(doc.events!.map((e) => e.date)).toEqual(['2024-06-16', '2024-06-27']);
  });

  it('falls back to the article date when the sentence has none', () => {
    expect(run('The ministers signed the accord.', 'signed')).toEqual([ARTICLE, 'day', 'article']);
  });

  it('leaves the date null when the article has no date', () => {
    expect(run('The envoys met on Wednesday.', 'met', 'asserted', null)).toEqual([null, null, null]);
    expect(run('The ministers signed the accord.', 'signed', 'asserted', null)).toEqual([null, null, null]);
  });

  it('keeps a full date even without an article date', () => {
    expect(run('The treaty was signed on 3 March 2022.', 'signed', 'asserted', null)).toEqual([
      '2022-03-03',
      'day',
      'text',
    ]);
  });

  it('leaves a message naming the rule and span', () => {
    const doc = handDoc('The envoys met on Wednesday.', ARTICLE, [{ trigger: 'met' }]);
    eventDates.run(doc, testResources());
    expect(doc.messages[0]).toMatchObject({ ruleId: 'date/weekday', start: 15, end: 27 });
  });
});

describe('articleDateExpressions', () => {
  const text =
    'The delegations arrived in Vienna on Monday. Talks resumed at 9 am on Tuesday and broke off two days later. ' +
    'A second round is planned for next month, after the holiday on July 4. Negotiators last met in March 2023. ' +
    'No date was set. The agreement signed on 12 May 2021 expires in 2026.';
  const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const published = { y: 2024, m: 6, d: 20 };

  it.each([undefined, new Set([0, 2, 4]), new Set<number>()])(
    'reads each sentence as a pass over that sentence alone would (asked for %#)',
    (wanted) => {
      const reader = articleDateExpressions(text, sentences, published, wanted);
      for (const direction of ['past', 'future'] as const)
        sentences.forEach((s, i) =>
          expect(reader(i, direction)).toEqual(
            findDateExpressions(text.slice(s.start, s.end), s.start, published, direction),
          ),
        );
      expect(reader(0, 'past').map((e) => e.date)).toEqual(['2024-06-17']);
      expect(reader(3, 'past').map((e) => [e.date, e.precision])).toEqual([['2023-03-01', 'month']]);
    },
  );
});

describe('articleDateExpressions on a long article', () => {
  const paragraph =
    'The envoys met in Vienna on Monday. Talks resumed on March 3 and broke off two days later. ' +
    'A further round is planned for next month. Nothing was agreed. ';
  const text = paragraph.repeat(120);
  const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const published = { y: 2024, m: 6, d: 20 };

  it('reads it in chunks with the same results as sentence by sentence', () => {
    expect(text.length).toBeGreaterThan(16_000);
    const reader = articleDateExpressions(text, sentences, published);
    sentences.forEach((s, i) =>
      expect(reader(i, 'past')).toEqual(findDateExpressions(text.slice(s.start, s.end), s.start, published, 'past')),
    );
    expect(reader(sentences.length - 3, 'past').map((e) => e.date)).toEqual(['2024-03-03']);
  });
});
