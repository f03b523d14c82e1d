import { createHash } from 'node:crypto';
import type { DocEvent, Mention, NewsDoc } from '../doc.js';
import type { ActorRecord, EventRecord } from '../schema/event-record.js';
import type { Ontology } from './ontology.js';

function actorRecord(doc: NewsDoc, index: number): ActorRecord | null {
  if (index < 0) return null;
  const m = doc.mentions![index];
  const rec: ActorRecord = {
    code: m.code,
    country: m.country,
    sector: m.sector,
    name: m.name,
    text: doc.text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    rule: m.rule,
  };
  const ante = resolvedFrom(doc, m);
  if (ante) rec.resolved_from = ante;
  return rec;
}

function resolvedFrom(doc: NewsDoc, m: Mention): ActorRecord['resolved_from'] {
  if (m.antecedent === undefined) return undefined;
  let a = doc.mentions![m.antecedent];
  while (a.antecedent !== undefined && a.kind === 'pronoun') a = doc.mentions![a.antecedent];
  return { text: doc.text.slice(a.start, a.end), start: a.start, end: a.end, rule: a.rule };
}

/**
 * Turns a document's coded event into the output record: the CAMEO facts from the ontology, the actors with their
 * spans, the evidence sentence and the rule that fired.
 */
export function toRecord(doc: NewsDoc, e: DocEvent, ontology: Ontology): EventRecord {
  const facts = ontology.get(e.code);
  const root = e.code.slice(0, 2);
  const s = doc.sentences![e.sentence];
  const source = actorRecord(doc, e.source)!;
  const target = actorRecord(doc, e.target);
  const key = `${doc.id}|${e.sentence}|${e.trigger.start}|${e.code}|${source.code}|${source.start}|${target?.code ?? ''}|${target?.start ?? ''}`;
  const attribution = e.attribution >= 0 ? doc.mentions![e.attribution] : null;
  return {
    id: createHash('sha1').update(key).digest('hex').slice(0, 16),
    article: doc.id,
    sentence: e.sentence,
    date: e.date ?? null,
    date_precision: e.datePrecision ?? null,
    date_source: e.dateSource ?? null,
    code: e.code,
    root,
    name: facts?.name ?? ontology.get(root)?.name ?? e.code,
    goldstein: facts?.goldstein ?? 0,
    quad: facts?.quad ?? 1,
    plover: facts?.plover ? { event: facts.plover.event, mode: facts.plover.mode } : null,
    source,
    target,
    modality: e.modality,
    attribution: attribution
      ? { code: attribution.code, text: doc.text.slice(attribution.start, attribution.end) }
      : null,
    location: e.location
      ? {
          name: e.location.name,
          country: e.location.country,
          admin1: e.location.admin1,
          lat: e.location.lat,
          lon: e.location.lon,
          precision: e.location.precision,
          text: e.location.text,
        }
      : null,
    tone: e.tone ?? null,
    evidence: {
      text: doc.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      trigger: { text: doc.text.slice(e.trigger.start, e.trigger.end), start: e.trigger.start, end: e.trigger.end },
    },
    rule: e.rule,
    confidence: Math.round(e.confidence * 100) / 100,
  };
}
