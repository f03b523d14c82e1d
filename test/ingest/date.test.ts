import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/ingest/date.js';

describe('toIsoDate', () => {
  it.each([
    ['2019-11-20', '2019-11-20'],
    ['2019-11-20T23:30:00-05:00', '2019-11-20'],
    ['2019/11/20', '2019-11-20'],
    ['20191120', '2019-11-20'],
    ['Wed, 20 Nov 2019 10:00:00 GMT', '2019-11-20'],
    ['20 November 2019', '2019-11-20'],
    ['November 20, 2019', '2019-11-20'],
    ['Sept. 3rd, 2021', '2021-09-03'],
    ['1574208000', '2019-11-20'],
    [1574208000000, '2019-11-20'],
    ['2019-02-30', null],
    ['yesterday', null],
    ['', null],
    [null, null],
    ['1850-01-01', null],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});
