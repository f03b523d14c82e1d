import type { DocEvent, NewsDoc } from '../doc.js';
import { note } from '../doc.js';

/** Words that frame an act as still to come, written before the phrase that names it. */
const EXPECTED_FRAME =
  /\b(?:(?:expected|set|due|likely|poised|scheduled|planned|slated|hoped) to \w+|will (?:sign|ink|conclude|seal|hold|be)|plans? (?:to sign|for))\b[^.;]*$/i;

/** Determiners that point back to something already named: "the", "this", and possessive pronouns ("his visit"). */
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their']);

/** The words naming a nominal event after a definite determiner: "the strategic agreement" → "strategic agreement". */
function definitePhrase(doc: NewsDoc, e: DocEvent): string | null {
  const t = doc.tokens!;
  let i = 0;
  while (i < t.start.length && t.start[i] < e.trigger.start) i++;
  if (t.start[i] !== e.trigger.start) return null;
  let j = i - 1;
  while (j >= 0 && (t.pos[j] === 'ADJ' || t.pos[j] === 'NOUN') && t.sentence[j] === t.sentence[i]) j--;
  if (j < 0 || !DEFINITE.has(t.normal[j])) return null;
  return doc.text.slice(t.start[j + 1], e.trigger.end).toLowerCase();
}

/**
 * A definite description of an act ("the strategic agreement between the two countries", "the meeting between Putin
 * and Kim") names an act an earlier sentence of the article introduced. When an event of an earlier sentence is the
 * same act (same CAMEO root, same source and target), the description is not coded again: one act, one event (rule
 * `events/earlier-mention`). When the earlier sentence framed the act as still to come ("the highlight is expected to
 * be a new strategic agreement"), it stays expected rather than asserted (rule `modality/earlier-mention`). Returns
 * the events kept; each decision leaves an `info` message.
 *
 * @param sameActor whether two mention indices stand for the same actor.
 */
export function resolveEarlierMentions(
  doc: NewsDoc,
  events: DocEvent[],
  sameActor: (a: number, b: number) => boolean,
): DocEvent[] {
  let lower: string | undefined;
  return events.filter((e) => {
    if (!e.rule.includes('+nominal')) return true;
    const phrase = definitePhrase(doc, e);
    if (!phrase) return true;
    const same = events.find(
      (x) =>
        x.sentence < e.sentence &&
        x.code.slice(0, 2) === e.code.slice(0, 2) &&
        sameActor(x.source, e.source) &&
        sameActor(x.target, e.target),
    );
    if (same) {
      note(doc, {
        ruleId: 'events/earlier-mention',
        level: 'info',
        stage: 'events',
        start: e.trigger.start,
        end: e.trigger.end,
        reason: `"${phrase}" names the ${same.code} event of sentence ${same.sentence} again: one act, coded once`,
      });
      return false;
    }
    if (e.modality !== 'asserted') return true;
    lower ??= doc.text.toLowerCase();
    const before = doc.sentences![e.sentence].start;
    for (let at = lower.indexOf(phrase); at >= 0 && at < before; at = lower.indexOf(phrase, at + 1)) {
      const s = sentenceAt(doc, at);
      if (!EXPECTED_FRAME.test(lower.slice(doc.sentences![s].start, at))) continue;
      e.modality = 'expected';
      e.rule += '+modality/earlier-mention';
      note(doc, {
        ruleId: 'modality/earlier-mention',
        level: 'info',
        stage: 'events',
        start: e.trigger.start,
        end: e.trigger.end,
        reason: `"${phrase}" was introduced as still to come in sentence ${s}; the act stays expected`,
      });
      break;
    }
    return true;
  });
}

/** The index of the sentence holding character `at`. */
function sentenceAt(doc: NewsDoc, at: number): number {
  const sentences = doc.sentences!;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
