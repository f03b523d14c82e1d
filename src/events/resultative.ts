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

/**
 * Folds a named weapon or attack (a noun, or a gerund: "shelling") into the act it did: in "Israeli air strikes
 * killed 30 people" the air strikes are
 * the killing, one act, so the noun's event is dropped and, when the verb's code is its root's general one (190), the
 * verb's event takes the noun's more specific code (195). Returns the events kept; each fold leaves an `info` message
 * with rule `events/instrument`.
 */
export function foldInstruments(
  doc: NewsDoc,
  events: DocEvent[],
  sameActor: (a: number, b: number) => boolean,
): DocEvent[] {
  const dropped = new Set<DocEvent>();
  const named = (e: DocEvent) =>
    e.rule.includes('+nominal') || /ing$/i.test(doc.text.slice(e.trigger.start, e.trigger.end));
  for (const n of events) {
    if (!named(n) || !VIOLENT_ROOTS.has(n.code.slice(0, 2))) continue;
    const act = events.find(
      (x) =>
        !named(x) &&
        x.trigger.start > n.trigger.start &&
        VIOLENT_ROOTS.has(x.code.slice(0, 2)) &&
        sameActor(x.source, n.source) &&
        !/[,;]/.test(doc.text.slice(n.trigger.end, x.trigger.start)),
    );
    if (!act) continue;
    dropped.add(n);
    if (
      act.code.endsWith('0') &&
      act.code.length === 3 &&
      n.code.startsWith(act.code.slice(0, 2)) &&
      n.code !== act.code
    ) {
      act.rule += `+instrument:${n.code}`;
      act.code = n.code;
    }
    note(doc, {
      ruleId: 'events/instrument',
      level: 'info',
      stage: 'events',
      start: n.trigger.start,
      end: n.trigger.end,
      reason: `"${doc.text.slice(n.trigger.start, n.trigger.end)}" (${n.code}) is what did the ${act.code} event at ${act.trigger.start}: one act, coded once`,
    });
  }
  return events.filter((e) => !dropped.has(e));
}
