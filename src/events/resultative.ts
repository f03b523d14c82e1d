import type { DocEvent, NewsDoc } from '../doc.js';
import { note } from '../doc.js';

const VIOLENT_ROOTS = new Set(['18', '19', '20']);
/** What a killing may be the consequence of: coercion and repression (17, "opened fire on protesters") too. */
const CAUSE_ROOTS = new Set(['17', '18', '19', '20']);

/** True for a participle that opens a clause after a comma: "…, killing eight", "…, reportedly wounding two". */
function isTrailingParticiple(doc: NewsDoc, e: DocEvent): boolean {
  const t = doc.tokens!;
  let i = t.start.indexOf(e.trigger.start);
  if (i < 1 || !t.normal[i].endsWith('ing')) return false;
  i--;
  if (t.pos[i] === 'ADV') i--;
  return i >= 0 && t.normal[i] === ',';
}

/**
 * Folds the consequence of an attack into the attack: in "insurgents shelled the city, killing eight people" the
 * killing is what the shelling did, one act and not two, so the participle's event is dropped when an earlier
 * violent or coercive event of the sentence (CAMEO 17–20) has the same source. Returns the events kept; each fold leaves an
 * `info` message with rule `events/resultative`.
 *
 * @param sameActor whether two mention indices stand for the same actor.
 */
export function foldResultatives(
  doc: NewsDoc,
  events: DocEvent[],
  sameActor: (a: number, b: number) => boolean,
): DocEvent[] {
  return events.filter((e) => {
    if (!VIOLENT_ROOTS.has(e.code.slice(0, 2)) || !isTrailingParticiple(doc, e)) return true;
    const cause = events.find(
      (x) =>
        x !== e &&
        x.trigger.start < e.trigger.start &&
        CAUSE_ROOTS.has(x.code.slice(0, 2)) &&
        sameActor(x.source, e.source),
    );
    if (!cause) return true;
    note(doc, {
      ruleId: 'events/resultative',
      level: 'info',
      stage: 'events',
      start: e.trigger.start,
      end: e.trigger.end,
      reason: `"${doc.text.slice(e.trigger.start, e.trigger.end)}" (${e.code}) is what the ${cause.code} event at ${cause.trigger.start} did: one act, coded once`,
    });
    return false;
  });
}
