import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { DataFileError, readYamlList } from '../load-data.js';
import { loadVerbLemmas } from '../text/wordnet.js';

/** One entry of `data/events/patterns.yaml`: the phrases that code one CAMEO code. */
export const PatternEntry = z
  .object({
    code: z.string().regex(/^\d{2,4}$/, "a quoted CAMEO code such as '042'"),
    verbs: z.array(z.string().min(1)).default([]),
    nouns: z.array(z.string().min(1)).default([]),
    symmetric: z.boolean().default(false),
    /** The target slot names the actor who does the act ("received weapons from _"): source and target swap. */
    reversed: z.boolean().default(false),
  })
  .passthrough();
export type PatternEntry = z.infer<typeof PatternEntry>;

/** An element after the head: a set of words, or the target slot. */
export type Element = { words: Set<string> } | { target: true };

/** A compiled pattern. */
export interface Pattern {
  id: string;
  code: string;
  kind: 'verb' | 'noun';
  head: string;
  elements: Element[];
  symmetric: boolean;
  /** True when the slot's actor is the doer and the subject the receiver ("received aid from _"). */
  reversed: boolean;
  /** Number of word elements, head included: the more, the more specific. */
  weight: number;
  hasTarget: boolean;
  /** The words the first element after the head accepts, or null when it is the target slot (or there is none). */
  firstWords: Set<string> | null;
}

/** Compiled patterns indexed by head lemma. */
export interface PatternSet {
  verbs: Map<string, Pattern[]>;
  /** WordNet's verb lemmas, to repair lemmas the tagger cut short ("staged" → "stag"). */
  verbLemmas: ReadonlySet<string>;
  nouns: Map<string, Pattern[]>;
  count: number;
  codes: Set<string>;
}

export const DEFAULT_PATTERNS = new URL('../../data/events/patterns.yaml', import.meta.url).pathname;
export const DEFAULT_SYNONYMS = new URL('../../data/events/synonyms.yaml', import.meta.url).pathname;

function readSynonyms(path: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  if (!existsSync(path)) return groups;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DataFileError(`dyad: ${path}: YAML syntax error: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = z.record(z.string(), z.array(z.string())).safeParse(data ?? {});
  if (!parsed.success)
    throw new DataFileError(`dyad: ${path}: each synonym group must be a name with a list of words.`);
  for (const [k, v] of Object.entries(parsed.data))
    groups.set(
      k,
      v.map((w) => w.toLowerCase()),
    );
  return groups;
}

function compileWords(token: string, synonyms: Map<string, string[]>, where: string): Set<string> {
  const out = new Set<string>();
  for (const alt of token.split('|')) {
    if (alt.startsWith('@')) {
      const group = synonyms.get(alt.slice(1));
      if (!group) throw new DataFileError(`dyad: ${where}: unknown synonym group ${alt}; define it in synonyms.yaml.`);
      group.forEach((w) => out.add(w));
    } else out.add(alt.toLowerCase());
  }
  return out;
}

/**
 * Loads and compiles the event patterns (default `data/events/patterns.yaml` with `synonyms.yaml`).
 *
 * @throws DataFileError naming the file, line and problem for a bad entry or an unknown synonym group.
 */
export function loadPatterns(path = DEFAULT_PATTERNS, synonymsPath = DEFAULT_SYNONYMS): PatternSet {
  const synonyms = readSynonyms(synonymsPath);
  const entries = existsSync(path) ? readYamlList(path, PatternEntry) : [];
  const verbs = new Map<string, Pattern[]>();
  const nouns = new Map<string, Pattern[]>();
  const codes = new Set<string>();
  let count = 0;
  const add = (entry: PatternEntry, text: string, kind: 'verb' | 'noun') => {
    const where = `${path}: pattern "${text}" of ${entry.code}`;
    const parts = text.trim().split(/\s+/);
    const headWords = compileWords(parts[0], synonyms, where);
    const elements: Element[] = parts
      .slice(1)
      .map((p) => (p === '_' ? { target: true as const } : { words: compileWords(p, synonyms, where) }));
    for (const head of headWords) {
      const p: Pattern = {
        id: `${entry.code}/${text.trim()}`,
        code: entry.code,
        kind,
        head,
        elements,
        symmetric: entry.symmetric,
        reversed: entry.reversed,
        weight: 1 + elements.filter((e) => 'words' in e).length,
        hasTarget: elements.some((e) => 'target' in e),
        firstWords: elements.length && 'words' in elements[0] ? elements[0].words : null,
      };
      const map = kind === 'verb' ? verbs : nouns;
      const list = map.get(head) ?? [];
      list.push(p);
      map.set(head, list);
      count++;
    }
    codes.add(entry.code);
  };
  for (const entry of entries) {
    for (const v of entry.verbs) add(entry, v, 'verb');
    for (const n of entry.nouns) add(entry, n, 'noun');
  }
  return { verbs, nouns, count, codes, verbLemmas: loadVerbLemmas() };
}
