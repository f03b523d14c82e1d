import { describe, expect, it } from 'vitest';
import { cleanText, isBoilerplateLine } from '../../src/ingest/clean.js';
import { loadBoilerplate } from '../../src/ingest/boilerplate.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('cleanText', () => {
  const cases: [string, string, string][] = [
    ['collapses runs of spaces and tabs', 'The  minister\t\tspoke   today.', 'The minister spoke today.'],
    ['keeps a paragraph break as one blank line', 'First.\n\n\n\nSecond.', 'First.\n\nSecond.'],
    ['keeps a single line break', 'Line one\nline two', 'Line one\nline two'],
    ['normalises CRLF and CR', 'One.\r\n\r\nTwo.\rThree.', 'One.\n\nTwo.\nThree.'],
    [
      'strips BOM, zero-width characters and soft hyphens',
      '\uFEFFPeace\u200B talks re\u00ADsumed\u200D.',
      'Peace talks resumed.',
    ],
    ['turns no-break spaces into spaces', 'President\u00A0Varga', 'President Varga'],
    ['trims lines and the whole text', '  \n  Text here.  \n\n ', 'Text here.'],
    ['removes "Exit mobile version"', 'Body text.\n\nExit mobile version', 'Body text.'],
    ['removes "Share this:"', 'Body.\n\nShare this:\n\nMore body.', 'Body.\n\nMore body.'],
    ['removes "Advertisement"', 'A.\n\nADVERTISEMENT\n\nB.', 'A.\n\nB.'],
    ['removes a newsletter prompt', 'A.\n\nSubscribe to our newsletter\n\nB.', 'A.\n\nB.'],
    ['removes a "Click here to" line', 'A.\n\nClick here to get the app\n\nB.', 'A.\n\nB.'],
    ['removes a "Related:" line', 'A.\n\nRelated: Ministers meet in Oslo\n\nB.', 'A.\n\nB.'],
    ['removes a cookie notice', 'A.\n\nWe use cookies to improve your experience on our site.\n\nB.', 'A.\n\nB.'],
    ['removes "Follow us on ..."', 'A.\n\nFollow us on Twitter and Facebook\n\nB.', 'A.\n\nB.'],
    ['removes "Read more"', 'A.\n\nRead more\n\nB.', 'A.\n\nB.'],
    ['removes a social share line', 'A.\n\nFacebook Twitter LinkedIn Email\n\nB.', 'A.\n\nB.'],
    ['removes "Skip to content"', 'Skip to content\n\nA.', 'A.'],
    [
      'keeps a sentence that mentions clicking',
      'Voters were told to click here to find their polling station, officials said.',
      'Voters were told to click here to find their polling station, officials said.',
    ],
    [
      'keeps a sentence that mentions advertisement',
      'The advertisement was banned by the regulator on Monday.',
      'The advertisement was banned by the regulator on Monday.',
    ],
    [
      'keeps a sentence starting with "Read more"',
      'Read more than 300 pages of the report and you reach the annex, where the real figures sit, the auditor wrote in his letter to parliament.',
      'Read more than 300 pages of the report and you reach the annex, where the real figures sit, the auditor wrote in his letter to parliament.',
    ],
    [
      'keeps a long line starting with Related',
      'Related talks in Geneva, which were held behind closed doors last week, ended without agreement on the disputed border crossings between the two states.',
      'Related talks in Geneva, which were held behind closed doors last week, ended without agreement on the disputed border crossings between the two states.',
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('isBoilerplateLine', () => {
  it.each([
    ['Share on Facebook', true],
    ['Continue reading below', true],
    ['3 Comments', true],
    ['Accept all cookies', true],
    ['The share price fell sharply.', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isBoilerplateLine(line as string)).toBe(expected);
  });
});

describe('loadBoilerplate', () => {
  it('names the file and line of a pattern that does not compile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bp-'));
    const path = join(dir, 'bp.yaml');
    writeFileSync(path, "- pattern: 'fine'\n- pattern: '(broken'\n");
    expect(() => loadBoilerplate(path)).toThrow(/^dyad: .*bp\.yaml: entry 2: the pattern does not compile/);
  });
  it('names the line of an entry without a pattern', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bp-'));
    const path = join(dir, 'bp.yaml');
    writeFileSync(path, "- pattern: 'fine'\n- note: no pattern here\n");
    expect(() => loadBoilerplate(path)).toThrow(/bp\.yaml:2: entry 2 \(field pattern\)/);
  });
});
