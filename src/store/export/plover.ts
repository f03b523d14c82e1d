import type { StoredEvent } from '../types.js';
import { mapLines } from './lines.js';

/**
 * An event as a PLOVER-style record: the event type and mode, the actor and recipient, where and when, and the
 * sentence that supports it. Events with no PLOVER mapping (CAMEO statements and appeals) have none and are left out.
 */
export function ploverRecord(e: StoredEvent): Record<string, unknown> | null {
  if (!e.plover) return null;
  const party = (a: StoredEvent['source'] | null) =>
    a ? { code: a.code, name: a.name, country: a.country, sector: a.sector, text: a.text } : null;
  return {
    id: e.id,
    date: e.date,
    event_type: e.plover.event,
    mode: e.plover.mode ?? '',
    context: [],
    actor: party(e.source),
    recipient: party(e.target),
    country: e.location?.country ?? null,
    geolocation: e.location
      ? {
          name: e.location.name,
          admin1: e.location.admin1,
          lat: e.location.lat,
          lon: e.location.lon,
          precision: e.location.precision,
        }
      : null,
    event_text: e.evidence.text,
    story_id: e.article,
    modality: e.modality,
    cameo: { code: e.code, quad: e.quad, goldstein: e.goldstein },
    confidence: e.confidence,
  };
}

/** Events as PLOVER JSON lines. */
export function toPlover(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  return mapLines(events, (e) => {
    const r = ploverRecord(e);
    return r ? JSON.stringify(r) : null;
  });
}
