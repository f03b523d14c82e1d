import type { Nlp } from './text/nlp.js';
import { loadNlp } from './text/nlp.js';
import { loadActorDictionary, type ActorDictionary } from './actors/dictionary.js';
import { loadPatterns, type PatternSet } from './events/patterns.js';
import { loadOntology, type Ontology } from './events/ontology.js';
import { loadContextResources, type ContextResources } from './context/resources.js';

/**
 * Everything stages look up: the NLP model, dictionaries, patterns, gazetteer. Loaded once per process by
 * {@link loadResources} and passed to every stage; no module keeps state of its own.
 */
export interface Resources extends Partial<ContextResources> {
  nlp: Nlp;
  actors: ActorDictionary;
  patterns: PatternSet;
  ontology: Ontology;
  [key: string]: unknown;
}

/** Which optional resources to load: the gazetteer takes half a second and 90 MB, so tools that need no places skip it. */
export interface LoadOptions {
  context?: boolean;
}

/** Loads the resources the default pipeline needs. */
export function loadResources(options: LoadOptions = {}): Resources {
  const base = { nlp: loadNlp(), actors: loadActorDictionary(), patterns: loadPatterns(), ontology: loadOntology() };
  return options.context === false ? base : { ...base, ...loadContextResources() };
}
