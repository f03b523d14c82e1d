import * as chrono from 'chrono-node';

/**
 * chrono-node's casual English parser with a cheap test in front of each of its parsers: a parser's regular expression
 * is only run on a sentence that holds a word every match of it must contain (a digit, a month or weekday name, "ago",
 * "this"…). chrono runs some eighteen parsers, each a long regular expression, over every sentence; most sentences
 * hold words for two or three of them. The results are the same as `chrono.en.casual`'s: a parser that is skipped
 * could not have matched, and nothing else changes (a test compares both on thousands of sentences).
 *
 * Each test was read off the parser's pattern in chrono-node 2.10.3. The pattern's source is fingerprinted: if a new
 * chrono version changes a pattern, its parser runs ungated, as before.
 */

/** A test: a digit, or one of some lower-case words (found in the lower-cased text). */
type Cue = 'digit' | readonly string[];

const DIGIT: Cue = 'digit';
/** A month name: each full name and abbreviation holds one of these. */
const MONTH: Cue = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RELATIVE: Cue = ['this', 'last', 'past', 'next', 'after'];

/**
 * Words without which a parser's pattern cannot match, and the fingerprint of that pattern. The patterns are
 * case-insensitive without the `u` flag, where only ASCII letters match ASCII letters, so looking for the words in the
 * lower-cased text finds every sentence the pattern could match (and perhaps a few more, which only costs time).
 */
export const GATES: Readonly<Record<string, readonly [Cue, string]>> = {
  ENYearMonthDayParser: [DIGIT, '284:cbda09e8'],
  ISOFormatParser: [DIGIT, '143:bb6f06bd'],
  SlashDateFormatParser: [DIGIT, '95:54246e38'],
  // "within", "in" or "for" before the duration
  ENTimeUnitWithinFormatParser: [['in', 'for'], '859:69a78c5f'],
  ENMonthNameLittleEndianParser: [MONTH, '1469:7bc5adb3'],
  ENMonthNameMiddleEndianParser: [MONTH, '1435:5143a643'],
  ENMonthNameParser: [MONTH, '433:1ff05841'],
  // a weekday name or abbreviation, or "weekend"/"weekday"
  ENWeekdayParser: [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'week'], '314:c3ac7316'],
  ENSlashMonthFormatParser: [DIGIT, '39:d2acb1b1'],
  ENTimeExpressionParser: [DIGIT, '209:6f25cd98'],
  ENTimeUnitAgoFormatParser: [['ago', 'before', 'earlier'], '808:88a51144'],
  ENTimeUnitLaterFormatParser: [['later', 'after', 'from now', 'henceforth', 'forward', 'out'], '837:fe27ff19'],
  ENYearMonthNameParser: [DIGIT, '335:2bc37299'],
  ENCasualDateParser: [
    ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last'],
    '85:d84a094f',
  ],
  ENCasualTimeParser: [['morning', 'noon', 'evening', 'night', 'midday'], '84:14589975'],
  ENEndOfCurrentMonthParser: [['month'], '56:12a31abf'],
  ENRelativeDateFormatParser: [RELATIVE, '215:f34a999c'],
  ENTimeUnitCasualRelativeFormatParser: [[...RELATIVE, '+', '-'], '814:bffb24d7'],
};

/** The text being parsed, lower-cased once, and the answers of its tests: parsers sharing a test ask it once. */
let cueText: string | undefined;
let cueLower = '';
const cueAnswers = new Map<Cue, boolean>();

function holds(cue: Cue, text: string): boolean {
  if (text !== cueText) {
    cueText = text;
    cueLower = text.toLowerCase();
    cueAnswers.clear();
  }
  let answer = cueAnswers.get(cue);
  if (answer === undefined) {
    answer = cue === 'digit' ? /\d/.test(text) : cue.some((w) => cueLower.includes(w));
    cueAnswers.set(cue, answer);
  }
  return answer;
}

/** `length:fnv1a` of a pattern's source. */
export function fingerprint(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return `${source.length}:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** A pattern that fails at once: sticky, and it cannot match at position 0. */
const NEVER = /(?!)/y;

function gate(parser: chrono.Parser, cue: Cue, expected: string): chrono.Parser {
  let checked: RegExp | undefined;
  let known = false;
  return {
    pattern(context) {
      const pattern = parser.pattern(context);
      if (pattern !== checked) {
        checked = pattern;
        known = fingerprint(pattern.source) === expected;
      }
      return !known || holds(cue, context.text) ? pattern : NEVER;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The gated parser; build it once. */
export function gatedChrono(): chrono.Chrono {
  const c = chrono.en.casual.clone();
  c.parsers = c.parsers.map((p) => {
    const g = GATES[p.constructor.name];
    return g ? gate(p, g[0], g[1]) : p;
  });
  return c;
}
