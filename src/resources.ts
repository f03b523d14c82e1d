import type { Nlp } from './text/nlp.js';
import { loadNlp } from './text/nlp.js';

/**
 * Everything stages look up: the NLP model, dictionaries, patterns, gazetteer. Loaded once per process by
 * {@link loadResources} and passed to every stage; no module keeps state of its own.
 */
export interface Resources {
  nlp: Nlp;
  [key: string]: unknown;
}

/** Loads the resources the default pipeline needs. */
export function loadResources(): Resources {
  return { nlp: loadNlp() };
}
