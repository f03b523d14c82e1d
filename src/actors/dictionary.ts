import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlList } from '../load-data.js';
import { Agent, CountryExtra, Organisation, Person, Region } from './schema.js';
import type { Organisation as Org, Person as PersonT } from './schema.js';
import { caseRuleOf, foldAccents, phraseKeys, type CaseRule } from './normalize.js';

const require = createRequire(import.meta.url);

export const Description = z
  .object({
    phrase: z.string(),
    refers: z
      .string()
      .regex(
        /^(last-person|last-two-people|last-country|last-two-countries|last-actor|last-two-actors|two-most-named|other-country|country:[A-Z]{3})$/,
      ),
    sector: z.string().optional(),
  })
  .strict();
export type Description = z.infer<typeof Description>;

/** What a dictionary phrase stands for. */
export type Entry =
  | { type: 'country'; country: string; name: string }
  | { type: 'adjective'; country: string; name: string }
  | { type: 'people'; country: string; name: string }
  | { type: 'seat'; country: string; name: string }
  | { type: 'person'; person: PersonT; surname: boolean }
  | { type: 'org'; org: Org }
  | { type: 'region'; code: string; name: string; adjective: boolean }
  | { type: 'agent'; sector: string; word: string; alone?: string }
  | { type: 'description'; description: Description };

/** An entry with the case rule and the rule id recorded on mentions it produces. */
export interface DictEntry {
  entry: Entry;
  caseRule: CaseRule;
  rule: string;
}

/** A node of the phrase trie, keyed by normalised words. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: DictEntry[];
}

/** The compiled actor dictionary: a trie of phrases plus lookups by code. */
export interface ActorDictionary {
  root: TrieNode;
  countryName: Map<string, string>;
  people: PersonT[];
  size: number;
}

/** Where the dictionary data files live: `data/actors` in the package. */
export const DEFAULT_ACTORS_DIR = new URL('../../data/actors/', import.meta.url).pathname;

interface WorldCountry {
  cca3: string;
  unMember?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  independent?: boolean;
}

const SHORT_ABBREVIATIONS = new Set(['US', 'UK']);
/**
 * Codes that differ from world-countries' cca3: Kosovo has no ISO code and world-countries gives it the placeholder
 * UNK; the CAMEO country list codes it KSV, and so does dyad (country-extras.yaml and people use KSV too).
 */
export const CAMEO_COUNTRY_CODES: Readonly<Record<string, string>> = { UNK: 'KSV' };
/** Alternative spellings in world-countries that are common words or fragments, not names news uses. */
const NOT_NAMES = new Set(['Island', 'Prathet', 'Timor', 'Guinea', 'Congo', 'Virgin Islands', 'Korea', 'Sudan']);

function addPhrase(
  root: TrieNode,
  phrase: string,
  entry: Entry,
  rule: string,
  caseRule = caseRuleOf(phrase),
  first = false,
): number {
  const variants = new Set([phrase, foldAccents(phrase)]);
  const lower = phrase.toLowerCase();
  // "the Kremlin" is also "Kremlin"; but a capitalised one-word title ("The Australian", "The Hindu") keeps its article,
  // or every "Australian" and "Hindu" would be the newspaper.
  const titleWord = phrase.startsWith('The ') && phraseKeys(phrase.slice(4)).length === 1;
  if (lower.startsWith('the ') && entry.type !== 'description' && entry.type !== 'region' && !titleWord)
    variants.add(phrase.slice(4));
  let added = 0;
  for (const variant of variants) {
    const keys = phraseKeys(variant);
    if (keys.length === 0) continue;
    let node = root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.entries.some((e) => e.rule === rule && e.entry.type === entry.type)) {
      if (first) node.entries.unshift({ entry, caseRule, rule });
      else node.entries.push({ entry, caseRule, rule });
      added++;
    }
  }
  return added;
}

/** UN members first, then other independent states, then territories: "French" is France before its territories. */
function sovereignty(c: WorldCountry): number {
  return c.unMember ? 0 : c.independent ? 1 : 2;
}

function plural(word: string): string {
  if (/(s|sh|ch|x)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

export function slug(s: string): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Loads and compiles the actor dictionaries: countries (from the world-countries package plus
 * `country-extras.yaml`), people (`people/*.yaml`), organisations, regions, agents and descriptions.
 *
 * @throws DataFileError naming the file and line of an entry that does not follow its schema.
 */
export function loadActorDictionary(dir: string = DEFAULT_ACTORS_DIR): ActorDictionary {
  const root: TrieNode = { next: new Map(), entries: [] };
  const countryName = new Map<string, string>();
  let size = 0;
  const file = (name: string) => join(dir, name);
  const optional = <S extends z.ZodType>(name: string, schema: S): z.infer<S>[] =>
    existsSync(file(name)) ? readYamlList(file(name), schema) : [];

  const world = (require('world-countries') as WorldCountry[]).slice().sort((a, b) => sovereignty(a) - sovereignty(b));
  for (const c of world) {
    const iso = CAMEO_COUNTRY_CODES[c.cca3] ?? c.cca3;
    const name = c.name.common;
    countryName.set(iso, name);
    const rule = `dict:countries/${iso}`;
    const names = new Set([name, c.name.official]);
    for (const alt of c.altSpellings) {
      if (/[^\p{Script=Latin}\s.'’,()-]/u.test(alt) || alt.includes(',')) continue;
      if (alt.length <= 2 && !SHORT_ABBREVIATIONS.has(alt)) continue;
      if (NOT_NAMES.has(alt)) continue;
      names.add(alt);
    }
    for (const n of names) size += addPhrase(root, n, { type: 'country', country: iso, name }, rule);
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (!d) continue;
        size += addPhrase(root, d, { type: 'adjective', country: iso, name }, rule);
        size += addPhrase(root, plural(d), { type: 'people', country: iso, name }, rule);
      }
    }
  }
  for (const extra of optional('country-extras.yaml', CountryExtra)) {
    const name = countryName.get(extra.country) ?? extra.country;
    const rule = `dict:country-extras/${extra.country}`;
    for (const n of extra.names)
      size += addPhrase(root, n, { type: 'country', country: extra.country, name }, rule, caseRuleOf(n), true);
    for (const a of extra.adjectives) {
      size += addPhrase(root, a, { type: 'adjective', country: extra.country, name }, rule, caseRuleOf(a), true);
      if (!a.includes(' '))
        size += addPhrase(root, plural(a), { type: 'people', country: extra.country, name }, rule, caseRuleOf(a), true);
    }
    for (const s of extra.seats)
      size += addPhrase(root, s, { type: 'seat', country: extra.country, name }, rule, 'title');
  }

  const people: PersonT[] = [];
  const peopleDir = file('people');
  if (existsSync(peopleDir)) {
    for (const f of readdirSync(peopleDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      people.push(...readYamlList(join(peopleDir, f), Person));
    }
  }
  for (const person of people) {
    const rule = `dict:people/${person.id}`;
    size += addPhrase(root, person.name, { type: 'person', person, surname: false }, rule, 'title');
    for (const alias of person.aliases) {
      const single = phraseKeys(alias).length === 1;
      size += addPhrase(root, alias, { type: 'person', person, surname: single }, rule, 'title');
    }
  }

  for (const org of optional('organisations.yaml', Organisation)) {
    const rule = `dict:organisations/${slug(org.name)}`;
    for (const n of [org.name, ...org.aliases]) size += addPhrase(root, n, { type: 'org', org }, rule);
  }
  for (const region of optional('regions.yaml', Region)) {
    const rule = `dict:regions/${region.code}`;
    for (const n of [region.name, ...region.names])
      size += addPhrase(root, n, { type: 'region', code: region.code, name: region.name, adjective: false }, rule);
    for (const a of region.adjectives)
      size += addPhrase(root, a, { type: 'region', code: region.code, name: region.name, adjective: true }, rule);
  }
  for (const agent of optional('agents.yaml', Agent)) {
    for (const w of agent.words) {
      const rule = `dict:agents/${agent.sector}/${slug(w)}`;
      size += addPhrase(root, w, { type: 'agent', sector: agent.sector, word: w, alone: agent.alone }, rule, 'any');
    }
  }
  for (const d of optional('descriptions.yaml', Description)) {
    size += addPhrase(
      root,
      d.phrase,
      { type: 'description', description: d },
      `coref:description/${slug(d.phrase)}`,
      'any',
    );
  }
  return { root, countryName, people, size };
}
