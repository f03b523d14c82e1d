import { describe, expect, it } from 'vitest';
import { eventSpans, segments, type Span } from '../../src/web/app/components/evidence.js';
import { makeEvent } from '../store/factory.js';

const S = (start: number, end: number, role: Span['role']): Span => ({ start, end, role });

describe('evidence highlighting', () => {
  const cases: Array<[string, string, Span[], Array<[string, string]>]> = [
    ['no spans', 'Putin met Kim.', [], [['Putin met Kim.', '']]],
    [
      'source, trigger, target',
      'Putin met Kim.',
      [S(0, 5, 'source'), S(6, 9, 'trigger'), S(10, 13, 'target')],
      [
        ['Putin', 'source'],
        [' ', ''],
        ['met', 'trigger'],
        [' ', ''],
        ['Kim', 'target'],
        ['.', ''],
      ],
    ],
    [
      'overlapping spans split at every boundary',
      'Russian troops shelled',
      [S(0, 14, 'source'), S(8, 22, 'trigger')],
      [
        ['Russian ', 'source'],
        ['troops', 'source trigger'],
        [' shelled', 'trigger'],
      ],
    ],
    [
      'spans past the end are clipped',
      'Kim left',
      [S(4, 99, 'trigger')],
      [
        ['Kim ', ''],
        ['left', 'trigger'],
      ],
    ],
    [
      'markup stays text',
      '<img src=x onerror=alert(1)> met',
      [S(29, 32, 'trigger')],
      [
        ['<img src=x onerror=alert(1)> ', ''],
        ['met', 'trigger'],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans, expected) => {
    expect(segments(text, spans).map((s) => [s.text, s.roles.join(' ')])).toEqual(expected);
  });

  it('makes spans relative to the sentence and drops those outside it', () => {
    const e = makeEvent({ text: 'He met Kim.' });
    e.evidence = { text: 'He met Kim.', start: 100, end: 111, trigger: { text: 'met', start: 103, end: 106 } };
    e.source = { ...e.source, start: 40, end: 45 }; // named in an earlier sentence
    e.target = { ...e.target!, start: 107, end: 110 };
    expect(eventSpans(e)).toEqual([S(7, 10, 'target'), S(3, 6, 'trigger')]);
  });
});
