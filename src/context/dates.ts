import type { DocEvent, NewsDoc } from '../doc.js';
import { note } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { parseYmd } from './calendar.js';
import { articleDateExpressions, type DateDirection, type DateExpression } from './date-expressions.js';

/**
 * Picks the expression nearest to a span (characters between them; an expression containing the trigger is at 0).
 * On a tie the more precise one wins, then the earlier one.
 */
export function nearestExpression(
  expressions: readonly DateExpression[],
  trigger: { start: number; end: number },
): DateExpression | undefined {
  const rank = { day: 0, month: 1, year: 2 } as const;
  let best: DateExpression | undefined;
  let bestKey = Infinity;
  for (const e of expressions) {
    const gap = Math.max(0, e.start - trigger.end, trigger.start - e.end);
    const key = gap * 4 + rank[e.precision];
    if (key < bestKey) [best, bestKey] = [e, key];
  }
  return best;
}

/** The last article date parsed: every event of an article asks for the same one. Parsed dates are never mutated. */
let lastPublished: { iso: string | undefined; ymd: ReturnType<typeof parseYmd> } | undefined;

function publishedYmd(iso: string | undefined) {
  if (!lastPublished || lastPublished.iso !== iso) lastPublished = { iso, ymd: parseYmd(iso) };
  return lastPublished.ymd;
}

/** Reads an article's date expressions on demand: see {@link articleDateExpressions}. */
export type DateReader = ReturnType<typeof articleDateExpressions>;

/** Dates one event: sets `date`, `datePrecision` and `dateSource`, and returns the expression used, if any. */
export function dateEvent(
  doc: NewsDoc,
  event: DocEvent,
  reader: DateReader = articleDateExpressions(doc.text, doc.sentences ?? [], publishedYmd(doc.meta.published)),
): DateExpression | undefined {
  const published = publishedYmd(doc.meta.published);
  const direction: DateDirection = event.modality === 'expected' ? 'future' : 'past';
  const expressions = doc.sentences?.[event.sentence] ? reader(event.sentence, direction) : [];
  const own = event.outside
    ? expressions.filter((e) => !event.outside!.some((o) => e.start < o.end && o.start < e.end))
    : expressions;
  const chosen = nearestExpression(own, event.trigger);
  if (chosen) {
    event.date = chosen.date;
    event.datePrecision = chosen.precision;
    event.dateSource = 'text';
  } else if (published) {
    event.date = doc.meta.published!.slice(0, 10);
    event.datePrecision = 'day';
    event.dateSource = 'article';
  } else {
    event.date = null;
    event.datePrecision = null;
    event.dateSource = null;
  }
  return chosen;
}

/**
 * Pipeline stage `eventDates`: dates every event from the date expressions of its own sentence (the one nearest the
 * trigger), resolved against the article date `doc.meta.published`; see {@link findDateExpressions} for the readings.
 * Falls back to the article date (`dateSource: 'article'`, precision `day`) when the sentence has none, and leaves the
 * date null when the article has no date either: dyad never invents one. Each date read in the text leaves an `info`
 * message whose rule id names the reading (`date/weekday`, `date/month-day`, …) and whose span is the expression.
 */
export const eventDates: Stage = {
  name: 'eventDates',
  reads: ['events', 'sentences', 'tokens'],
  adds: ['dates'],
  run(doc: NewsDoc) {
    const asked = new Set((doc.events ?? []).map((e) => e.sentence));
    const reader = articleDateExpressions(doc.text, doc.sentences ?? [], publishedYmd(doc.meta.published), asked);
    for (const event of doc.events ?? []) {
      const used = dateEvent(doc, event, reader);
      if (used) {
        note(doc, {
          ruleId: used.rule,
          level: 'info',
          stage: 'eventDates',
          start: used.start,
          end: used.end,
          reason: `event ${event.code} at ${event.trigger.start} dated ${used.date} (${used.precision}) from "${used.text}"`,
        });
      }
    }
  },
};
