import type { Nlp } from './text/nlp.js';
import { loadNlp } from './text/nlp.js';
import { loadActorDictionary, type ActorDictionary } from './actors/dictionary.js';
import { loadPatterns, type PatternSet } from './events/patterns.js';
import { loadOntology, type Ontology } from './events/ontology.js';

/**
 * Everything stages look up: the NLP model, dictionaries, patterns, gazetteer. Loaded once per process by
 * {@link loadResources} and passed to every stage; no module keeps state of its own.
 */
export interface Resources {
  nlp: Nlp;
  actors: ActorDictionary;
  patterns: PatternSet;
  ontology: Ontology;
  [key: string]: unknown;
}

/** Loads the resources the default pipeline needs. */
export function loadResources(): Resources {
  return { nlp: loadNlp(), actors: loadActorDictionary(), patterns: loadPatterns(), ontology: loadOntology() };
}
