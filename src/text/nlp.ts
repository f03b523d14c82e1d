import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The wink-nlp instance and its `its` helpers, loaded once per process by {@link loadNlp}. */
export interface Nlp {
  // wink-nlp ships loose typings; we keep its surface narrow here.
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

/** The part of wink-nlp's document API dyad uses. */
export interface WinkDoc {
  tokens(): { out(f?: unknown): unknown[]; length(): number };
  sentences(): { each(f: (s: { tokens(): { length(): number } }, i: number) => void): void; length(): number };
}

/** Loads wink-nlp with its English lite web model (tokens, sentences, POS, lemmas, negation). */
export function loadNlp(): Nlp {
  const winkNLP = require('wink-nlp') as (model: unknown) => Nlp;
  const model = require('wink-eng-lite-web-model') as unknown;
  return winkNLP(model);
}
