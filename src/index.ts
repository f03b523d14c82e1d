/**
 * dyad's library API: code news text into CAMEO events with their evidence.
 *
 * ```ts
 * import { createDyad } from 'dyad';
 * const dyad = createDyad();
 * const events = dyad.codeText('Russian President Vladimir Putin met Kim Jong Un in Pyongyang.', { date: '2024-06-19' });
 * ```
 *
 * @packageDocumentation
 */
import { createDoc, type ArticleMeta, type NewsDoc } from './doc.js';
import { createPipeline, type Pipeline, type Stage } from './pipeline.js';
import { loadResources, type Resources } from './resources.js';
import { tokens } from './text/tokenize.js';
import { actorMentions } from './actors/mentions.js';
import { coreference } from './actors/coref.js';
import { events } from './events/code-events.js';
import { toRecord } from './events/to-record.js';
import { articleId } from './ingest/id.js';
import { eventDates, eventPlaces, language, placeTargets, tone } from './context/index.js';
import type { Ontology } from './events/ontology.js';
import type { EventRecord } from './schema/event-record.js';

export type { NewsDoc, ArticleMeta, Mention, DocEvent, Modality } from './doc.js';
export type { EventRecord } from './schema/event-record.js';
export type { Stage, Pipeline } from './pipeline.js';
export { createDoc } from './doc.js';
export { createCodingPool, type CodingPool, type CodingPoolOptions, type ArticleResult } from './parallel/pool.js';

/** The stages of the default pipeline, in order. */
export const DEFAULT_STAGES: readonly Stage[] = [
  language,
  tokens,
  actorMentions,
  coreference,
  events,
  eventDates,
  eventPlaces,
  placeTargets,
  tone,
];

/** The stages up to actors and coreference: for tools that list mentions. */
export const ACTOR_STAGES: readonly Stage[] = [tokens, actorMentions, coreference];

/** Options for {@link createDyad}. */
export interface DyadOptions {
  /** Stages to run instead of the default pipeline. */
  stages?: readonly Stage[];
  /** Resources already loaded (shared between instances). */
  resources?: Resources;
  /** Events under this confidence are left out of records. */
  minConfidence?: number;
}

/** A simple view of an event for tests and quick use: `RUSGOV 042 PRK`. */
export interface SimpleEvent {
  source: string;
  code: string;
  target: string | null;
  modality: string;
}

/** A configured dyad coder. */
export interface Dyad {
  resources: Resources;
  pipeline: Pipeline;
  /** Runs the pipeline on a document. */
  process(doc: NewsDoc): NewsDoc;
  /** The output records of a processed document. */
  records(doc: NewsDoc): EventRecord[];
  /** Codes an article's text; `date` is its publication date (YYYY-MM-DD). */
  codeText(text: string, opts?: { id?: string; date?: string; meta?: ArticleMeta }): EventRecord[];
}

/** A stable id for an article without one: the first 16 hex digits of the SHA-1 of its text. */
export function contentId(text: string): string {
  return articleId(text);
}

/** Loads the resources once and builds the pipeline. */
export function createDyad(options: DyadOptions = {}): Dyad {
  const stages = options.stages ?? DEFAULT_STAGES;
  const needsContext = stages.some((s) => s.adds.includes('places') || s.adds.includes('tone'));
  const resources = options.resources ?? loadResources({ context: needsContext });
  const pipeline = createPipeline(stages, resources);
  const minConfidence = options.minConfidence ?? 0;
  const ontology = resources.ontology as Ontology;
  const dyad: Dyad = {
    resources,
    pipeline,
    process: (doc) => pipeline.run(doc),
    records(doc) {
      if (doc.skipped || !doc.events) return [];
      return doc.events.filter((e) => e.confidence >= minConfidence).map((e) => toRecord(doc, e, ontology));
    },
    codeText(text, opts = {}) {
      const meta: ArticleMeta = { ...opts.meta, ...(opts.date ? { published: opts.date } : {}) };
      const doc = createDoc(opts.id ?? contentId(text), text, meta);
      return dyad.records(dyad.process(doc));
    },
  };
  return dyad;
}

/** Codes text with a shared default coder and returns `SOURCE CODE TARGET` views of its events. */
export async function codeText(text: string, opts: { date?: string } = {}): Promise<SimpleEvent[]> {
  const dyad = sharedDyad();
  return dyad
    .codeText(text, opts)
    .map((r) => ({ source: r.source.code, code: r.code, target: r.target?.code ?? null, modality: r.modality }));
}

let shared: Dyad | undefined;
function sharedDyad(): Dyad {
  shared ??= createDyad();
  return shared;
}
