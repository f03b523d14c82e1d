import * as chrono from 'chrono-node';
import { gatedChrono } from './chrono-gate.js';
import { compareYmd, dayNumber, formatYmd, fromDayNumber, weekday, type Ymd } from './calendar.js';

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression found in a sentence and resolved against the article date. */
export interface DateExpression {
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`; the first day of the month or year when coarser. */
  date: string;
  precision: DatePrecision;
  /** Which reading produced it: `date/full`, `date/month-day`, `date/weekday`, `date/relative`, `date/month`, `date/year`. */
  rule: string;
}

/** Direction to resolve an expression without a year: `past` (reported events) or `future` (expected events). */
export type DateDirection = 'past' | 'future';

const MONTH_CONTEXT =
  /\b(in|last|this|next|early|late|mid|since|by|until|till|during|from|through|throughout|before|after|of|between|and)\s*[-–]?\s*$/i;
const YEAR_PHRASE =
  /\b(in|during|since|by|throughout|until|before|after|early|late|mid|of|from|to|between|and)[-\s]+((?:1[89]|20)\d\d)\b(?![\s-]*(?:people|troops|soldiers|civilians|members|km|miles|tonnes|tons|dollars|[%$]))/gi;
const CASUAL_TODAY = /^(today|tonight|this (morning|afternoon|evening)|earlier today)$/i;

/** chrono's casual English parser, gated so that parsers which cannot match a sentence skip it (same results). */
let parser: chrono.Chrono | undefined;

/** Words without which a sentence holds no date chrono could read: a cheap test before the parser runs. */
const DATE_CUE =
  /\d|day|night|noon|morning|evening|week|month|year|decade|century|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|next|earlier|later|this|past|recent/i;

/**
 * Finds the date expressions of one sentence with chrono-node and resolves them against the article date.
 *
 * Chrono reads the expression; dyad decides the calendar day, because news dates have a direction: a bare weekday or a
 * month-day without a year in a report is the most recent such day on or before the article date (`past`), and in an
 * expected event the next one on or after it (`future`). A month name alone counts only in a date context ("in May",
 * "last March", "since March") and written with a capital, so the modal "may" and the verb "march" are never dates.
 * "in 2023" (which chrono leaves alone) is read as a year. Without an article date only expressions that carry their
 * own year are kept.
 *
 * @param sentence the sentence text; `offset` is where it starts in the article, so spans come back in article offsets.
 * @param published the article date, or null.
 */
export function findDateExpressions(
  sentence: string,
  offset: number,
  published: Ymd | null,
  direction: DateDirection = 'past',
): DateExpression[] {
  if (!DATE_CUE.test(sentence)) return [];
  return readExpressions(sentence, offset, published, direction, parseDates(sentence, published));
}

/** chrono's readings of a text against the article date (noon of it, or 2000-01-01 without one). */
function parseDates(text: string, published: Ymd | null): chrono.ParsedResult[] {
  const ref = published ?? { y: 2000, m: 1, d: 1 };
  parser ??= gatedChrono();
  return parser.parse(text, new Date(ref.y, ref.m - 1, ref.d, 12), { forwardDate: false });
}

/** A sentence of an article, as character offsets into its text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * The most text chrono reads at once. Some of its steps look back over all the text before each reading, so a pass
 * over a very long text costs the square of its length; an article's event sentences are read in chunks of this size.
 */
const CHUNK = 8000;

/** Put between sentences in the text chrono reads at once; no date reading can span it. */
const SEPARATOR = '\n\n;\n\n';

/**
 * The date expressions of the sentences of an article, read with one chrono pass over the sentences that may be asked
 * for (`wanted`, default all) joined into one text (chunks of {@link CHUNK} characters for very long articles): a pass per sentence costs chrono's set-up each time, which is most
 * of its work on short sentences. A reading that would cross from one sentence into the next is read again sentence by
 * sentence, so each sentence gets exactly what {@link findDateExpressions} gives it. Returns a reader; ask it for a
 * sentence (by index) and a direction.
 */
export function articleDateExpressions(
  text: string,
  sentences: readonly SentenceSpan[],
  published: Ymd | null,
  wanted?: ReadonlySet<number>,
): (sentence: number, direction: DateDirection) => DateExpression[] {
  let buckets: Map<number, chrono.ParsedResult[] | null> | undefined;
  const read = new Map<string, DateExpression[]>();
  const fill = () => {
    const found = new Map<number, chrono.ParsedResult[] | null>();
    let parts: string[] = [];
    let at: { sentence: number; start: number; end: number }[] = [];
    let length = 0;
    const parseChunk = () => {
      let s = 0;
      for (const r of at.length ? parseDates(parts.join(''), published) : []) {
        while (s < at.length && at[s].end <= r.index) s++;
        if (s >= at.length) break;
        if (r.index < at[s].start || r.index + r.text.length > at[s].end) {
          for (let k = s; k < at.length && at[k].start < r.index + r.text.length; k++) found.set(at[k].sentence, null);
          continue;
        }
        found.get(at[s].sentence)?.push(shifted(r, at[s].start));
      }
      parts = [];
      at = [];
      length = 0;
    };
    sentences.forEach((span, k) => {
      if (wanted && !wanted.has(k)) return;
      const sentence = text.slice(span.start, span.end);
      if (!DATE_CUE.test(sentence)) return;
      if (length + sentence.length > CHUNK) parseChunk();
      if (parts.length) {
        parts.push(SEPARATOR);
        length += SEPARATOR.length;
      }
      at.push({ sentence: k, start: length, end: length + sentence.length });
      parts.push(sentence);
      length += sentence.length;
      found.set(k, []);
    });
    parseChunk();
    return found;
  };
  return (index, direction) => {
    const key = `${index}/${direction}`;
    let expressions = read.get(key);
    if (expressions) return expressions;
    const span = sentences[index];
    const sentence = text.slice(span.start, span.end);
    buckets ??= fill();
    const results = buckets.get(index);
    expressions = !DATE_CUE.test(sentence)
      ? []
      : results
        ? readExpressions(sentence, span.start, published, direction, results)
        : findDateExpressions(sentence, span.start, published, direction);
    read.set(key, expressions);
    return expressions;
  };
}

/** A chrono reading with its index made relative to a sentence starting at `start`. */
function shifted(r: chrono.ParsedResult, start: number): chrono.ParsedResult {
  return Object.assign(Object.create(Object.getPrototypeOf(r) as object) as chrono.ParsedResult, r, {
    index: r.index - start,
  });
}

function readExpressions(
  sentence: string,
  offset: number,
  published: Ymd | null,
  direction: DateDirection,
  results: readonly chrono.ParsedResult[],
): DateExpression[] {
  const ref = published ?? { y: 2000, m: 1, d: 1 };
  const found: DateExpression[] = [];
  for (const r of results) {
    const text = r.text.replace(/[\s,.;:]+$/, '');
    const before = sentence.slice(0, r.index);
    const after = sentence.slice(r.index + r.text.length);
    const resolved = resolve(r, text, before, after, ref, direction);
    if (!resolved) continue;
    if (!published && !/\b(1[89]|20)\d\d\b/.test(text)) continue;
    const full = resolved.extend ? sentence.slice(r.index, r.index + r.text.length + resolved.extend) : text;
    const start = offset + r.index;
    if (found.some((f) => f.start < start + full.length && start < f.end)) continue;
    found.push({
      start,
      end: start + full.length,
      text: full,
      date: resolved.date,
      precision: resolved.precision,
      rule: resolved.rule,
    });
  }
  for (const m of sentence.matchAll(YEAR_PHRASE)) {
    const start = (m.index ?? 0) + m[0].length - m[2].length;
    const end = start + m[2].length;
    if (found.some((f) => f.start - offset < end && start < f.end - offset)) continue;
    found.push({
      start: offset + start,
      end: offset + end,
      text: m[2],
      date: `${m[2]}-01-01`,
      precision: 'year',
      rule: 'date/year',
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolve(
  r: chrono.ParsedResult,
  text: string,
  before: string,
  after: string,
  ref: Ymd,
  direction: DateDirection,
): (Pick<DateExpression, 'date' | 'precision' | 'rule'> & { extend?: number }) | null {
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const y = c.get('year') ?? ref.y;
  const mo = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  if (/weekend/i.test(text)) return null;
  if (
    /^(in|within|for)\s+(\w+\s+)?\w+\s+(years?|months?|weeks?|days?|decades?)$/i.test(text) &&
    (direction === 'past' || /\b(first|time|since)\b/i.test(before))
  )
    return null;
  if (known('day') && known('month') && known('year')) {
    const relative = !/\b(1[89]|20)\d\d\b/.test(text);
    if (relative && direction === 'past' && compareYmd({ y, m: mo, d }, ref) > 0) return null;
    return { date: formatYmd({ y, m: mo, d }), precision: 'day', rule: relative ? 'date/relative' : 'date/full' };
  }
  if (known('day') && known('month')) {
    let year = ref.y;
    const candidate = (yy: number) => compareYmd({ y: yy, m: mo, d }, ref);
    if (direction === 'past' && candidate(year) > 0) year -= 1;
    if (direction === 'future' && candidate(year) < 0) year += 1;
    return { date: formatYmd({ y: year, m: mo, d }), precision: 'day', rule: 'date/month-day' };
  }
  if (known('weekday') && !known('day')) {
    const wd = c.get('weekday') ?? 0;
    const lead = /^(last|past|previous)\b/i.test(text) ? 'before' : /^next\b/i.test(text) ? 'after' : null;
    const today = dayNumber(ref);
    const delta = (wd - weekday(ref) + 7) % 7;
    let n: number;
    if (lead === 'before') n = today - ((weekday(ref) - wd + 7) % 7 || 7);
    else if (lead === 'after') n = today + (delta || 7);
    else if (direction === 'future') n = today + delta;
    else n = today - ((weekday(ref) - wd + 7) % 7);
    return { date: formatYmd(fromDayNumber(n)), precision: 'day', rule: 'date/weekday' };
  }
  if (known('month') && known('year'))
    return { date: formatYmd({ y, m: mo, d: 1 }), precision: 'month', rule: 'date/month' };
  if (known('month')) {
    if (!/^[A-Z]/.test(text) || !MONTH_CONTEXT.test(before)) return null;
    const lead = /\blast\s*$/i.test(before) ? 'before' : /\bnext\s*$/i.test(before) ? 'after' : null;
    let year = ref.y;
    const yearMatch = /^[\s,]*(last|this|next) year\b/i.exec(after);
    const yearWord = yearMatch?.[1].toLowerCase();
    if (yearWord) year = ref.y + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0);
    else if (lead === 'before') year = mo < ref.m ? ref.y : ref.y - 1;
    else if (lead === 'after') year = mo > ref.m ? ref.y : ref.y + 1;
    else if (direction === 'past') year = mo <= ref.m ? ref.y : ref.y - 1;
    else year = mo >= ref.m ? ref.y : ref.y + 1;
    return {
      date: formatYmd({ y: year, m: mo, d: 1 }),
      precision: 'month',
      rule: 'date/month',
      extend: yearMatch?.[0].length,
    };
  }
  if (known('year')) return { date: `${String(y).padStart(4, '0')}-01-01`, precision: 'year', rule: 'date/year' };
  if (CASUAL_TODAY.test(text)) return { date: formatYmd(ref), precision: 'day', rule: 'date/relative' };
  return null;
}
