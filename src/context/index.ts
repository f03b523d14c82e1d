/**
 * The context layer: when and where each event happened, the tone of what was written, the article's language, and
 * — apart from coding — which articles are near-duplicates and which events are the same act.
 *
 * Stages (run after `events`): {@link language} (may run first, right after `text`), {@link eventDates},
 * {@link eventPlaces}, {@link placeTargets}, {@link tone}. Resources: {@link loadContextResources}.
 *
 * @packageDocumentation
 */
export { language, detectLanguage, NEWS_LANGUAGES, type LanguageGuess, type LanguageOptions } from './language.js';
export { eventDates, dateEvent, nearestExpression } from './dates.js';
export {
  findDateExpressions,
  type DateExpression,
  type DatePrecision,
  type DateDirection,
} from './date-expressions.js';
export {
  eventPlaces,
  placeEvent,
  placeContext,
  sentencePlaces,
  nearestPlace,
  resolveName,
  articleCity,
  type PlaceContext,
} from './places.js';
export { placeTargets, targetsPlace } from './place-targets.js';
export { findPlacePhrases, type PlacePhrase } from './place-phrases.js';
export { loadGazetteer, type Gazetteer, type GazetteerEntry, type GazetteerOptions } from './gazetteer.js';
export { loadPlaceAliases, PlaceAlias } from './aliases.js';
export { foldName } from './fold.js';
export { tone, countTone, toTone } from './tone.js';
export { findDuplicateGroups, type DedupOptions, type DuplicateGroups } from './dedup.js';
export {
  minhashSignature,
  estimateJaccard,
  estimateContainment,
  type Signature,
  type MinHashOptions,
} from './minhash.js';
export {
  clusterEvents,
  sameDate,
  samePlace,
  type EventCluster,
  type ClusterMention,
  type ClusterOptions,
} from './cluster.js';
export { loadContextResources, contextResources, type ContextResources } from './resources.js';
