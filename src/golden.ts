import type { EventRecord } from './schema/event-record.js';

/**
 * The fields of an event that golden fixtures pin down: who did what to whom, how it was reported, when and where,
 * and the words behind it. Ids, offsets and confidences are left out so fixtures survive harmless changes.
 */
export function goldenView(r: EventRecord) {
  return {
    sentence: r.sentence,
    source: r.source.code,
    code: r.code,
    target: r.target?.code ?? null,
    modality: r.modality,
    trigger: r.evidence.trigger.text,
    source_text: r.source.text,
    target_text: r.target?.text ?? null,
    attribution: r.attribution?.code ?? null,
    date: r.date,
    date_precision: r.date_precision,
    place: r.location?.name ?? null,
  };
}
