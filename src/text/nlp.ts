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
  sentences(): {
    each(f: (s: { tokens(): { length(): number } }, i: number) => void): void;
    out(f?: unknown): unknown[];
    length(): number;
  };
}

/**
 * The wink-nlp annotations dyad reads: sentence boundaries and parts of speech (lemmas and normal forms come with the
 * tokens). Named entities, negation and sentiment are left out of the pipe: nothing in dyad reads them, they do not
 * change tokens, sentences, POS or lemmas, and they cost about 40% of wink-nlp's time per document.
 */
export const NLP_PIPE: readonly string[] = ['sbd', 'pos'];

/** Loads wink-nlp with its English lite web model (tokens, sentences, POS, lemmas; see {@link NLP_PIPE}). */
export function loadNlp(): Nlp {
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Nlp;
  const model = require('wink-eng-lite-web-model') as unknown;
  return winkNLP(model, [...NLP_PIPE]);
}
