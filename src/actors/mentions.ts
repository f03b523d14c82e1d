import type { Mention, NewsDoc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { linkCompounds } from './compounds.js';
import { inferArticleCountry, inferCountries } from './infer-country.js';
import type { Gazetteer } from '../context/gazetteer.js';
import {
  CAMEO_COUNTRY_CODES,
  slug,
  type ActorDictionary,
  type DictEntry,
  type Entry,
  type TrieNode,
} from './dictionary.js';
import { normalizeWord } from './normalize.js';
import { inOffice, personCode } from './office.js';
import type { Organisation as Org, Person } from './schema.js';

/** A phrase found in the dictionary: tokens `[start, end)` and the entries whose case rule the text satisfies. */
interface Hit {
  start: number;
  end: number;
  entries: DictEntry[];
}

const SKIP_INSIDE = new Set(['-', '–', '‐']);
const MODIFIERS = new Set([
  'deputy',
  'senior',
  'top',
  'former',
  'acting',
  'chief',
  'then',
  'new',
  'outgoing',
  'incoming',
  'interim',
  'veteran',
  'powerful',
  'supreme',
  'first',
  'vice',
  'ex',
  'late',
  'current',
  'longtime',
  'long-time',
  'hardline',
  'embattled',
  'reclusive',
  'military-backed',
  'elected',
  'exiled',
  'jailed',
  'ousted',
  'assistant',
  'special',
  'key',
]);
const POSSESSIVE = new Set(["'s", "'"]);
const LINK_PREPS = new Set(['in', 'of', 'from']);
export const LOCATION_PREPS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'around',
  'within',
  'off',
  'along',
]);
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'today',
  'tonight',
]);
const SECTOR_PRIORITY = [
  'SPY',
  'MIL',
  'COP',
  'JUD',
  'LEG',
  'INS',
  'SEP',
  'REB',
  'OPP',
  'MED',
  'REF',
  'HLH',
  'EDU',
  'LAB',
  'BUS',
  'CRM',
  'CVL',
  'ELI',
];
/** Weapons and vehicles: they stand for a military with a country ("Russian warplanes"), never alone. */
const EQUIPMENT =
  /(missile|rocket|warplane|war plane|jet|bomber|warship|destroyer|frigate|submarine|carrier|drone|gunship|artillery|fleet|plane|aircraft|helicopter|tank)s?$/;
/** Role words that name a field, not people, when they stand without a country ("share intelligence"). */
const MASS_NOUNS = new Set([
  'intelligence',
  'military',
  'security',
  'defence',
  'defense',
  'media',
  'business',
  'aid',
  'health',
  'education',
  'trade',
]);

const COUNTRYISH = new Set(['country', 'adjective', 'seat', 'people']);
/** Nouns that turn an institution into a building ("the parliament building"): a place, not an actor. */
const BUILDINGS = new Set([
  'building',
  'buildings',
  'headquarters',
  'compound',
  'residence',
  'palace',
  'office',
  'offices',
  'square',
  'grounds',
  'chamber',
  'complex',
  'station',
  'stations',
]);
/** Nouns after "Mexico's" that make it a place ("Mexico's Guerrero state"), not the owner of a thing ("China's aid"). */
const PLACE_PARTS = new Set([
  'state',
  'province',
  'region',
  'capital',
  'city',
  'border',
  'north',
  'south',
  'east',
  'west',
  'coast',
  'island',
  'islands',
  'territory',
  'district',
  'county',
  'town',
  'village',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
]);

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}
function isTitle(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/** Context the matcher needs beyond the dictionary: the text, tokens and article date. */
interface MatchContext {
  doc: NewsDoc;
  norm: string[];
  date: string | undefined;
  seenPeople: Set<string>;
  cases: Uint8Array;
  /** The country of a region or large city, when places are loaded. */
  placeCountry?: (name: string) => string | null;
}

/** Case classes of tokens, computed once per document: bit 1 title case, bit 2 an upper-case abbreviation. */
const TITLE = 1;
const UPPER = 2;

function caseClasses(doc: NewsDoc): Uint8Array {
  const t = doc.tokens!;
  const out = new Uint8Array(t.start.length);
  for (let i = 0; i < out.length; i++) {
    const c = doc.text.charCodeAt(t.start[i]);
    if (c >= 97 && c <= 122) continue;
    const word = doc.text.slice(t.start[i], t.end[i]);
    if (isTitle(word)) out[i] |= TITLE;
    if (isUpper(word) && word.replace(/\./g, '').length >= 2) out[i] |= UPPER;
  }
  return out;
}

function caseOk(ctx: MatchContext, e: DictEntry, start: number): boolean {
  if (e.caseRule === 'any') return true;
  let i = start;
  if (ctx.norm[i] === 'the' && e.caseRule === 'title') i++;
  return (ctx.cases[i] & (e.caseRule === 'upper' ? UPPER : TITLE)) !== 0;
}

/** Longest dictionary phrase starting at token `i`, within the sentence. */
function longestHit(ctx: MatchContext, root: TrieNode, i: number, end: number): Hit | null {
  let node: TrieNode | undefined = root;
  let best: Hit | null = null;
  let j = i;
  while (j < end && node) {
    const w = ctx.norm[j];
    if (j > i && SKIP_INSIDE.has(w)) {
      j++;
      continue;
    }
    node = node.next.get(w);
    if (!node) break;
    j++;
    if (node.entries.length && node.entries.some((e) => caseOk(ctx, e, i))) {
      best = { start: i, end: j, entries: node.entries.filter((e) => caseOk(ctx, e, i)) };
    }
  }
  return best;
}

const TYPE_RANK: Record<Entry['type'], number> = {
  person: 0,
  org: 1,
  country: 2,
  seat: 3,
  region: 4,
  people: 5,
  description: 6,
  adjective: 7,
  agent: 8,
};

function primary(hit: Hit): DictEntry {
  return [...hit.entries].sort((a, b) => TYPE_RANK[a.entry.type] - TYPE_RANK[b.entry.type])[0];
}

function pickPerson(ctx: MatchContext, hit: Hit): { person: Person; rule: string } | null {
  const cands = hit.entries.filter((e) => e.entry.type === 'person');
  if (!cands.length) return null;
  const people = cands.map((e) => ({
    person: (e.entry as Extract<Entry, { type: 'person' }>).person,
    rule: e.rule,
    surname: (e.entry as Extract<Entry, { type: 'person' }>).surname,
  }));
  const seen = people.filter((p) => ctx.seenPeople.has(p.person.id));
  if (seen.length) return seen[seen.length - 1];
  const full = people.filter((p) => !p.surname);
  if (full.length === 1) return full[0];
  const pool = full.length ? full : people;
  const ids = new Set(pool.map((p) => p.person.id));
  if (ids.size === 1) return pool[0];
  const current = pool.filter((p) => inOffice(p.person, ctx.date));
  const currentIds = new Set(current.map((p) => p.person.id));
  if (currentIds.size === 1) return current[0];
  return null;
}

/** The organisation entry valid on the article's date, when a name has several periods (the Taliban before and after 2021). */
function pickOrg(ctx: MatchContext, hit: Hit): Org | null {
  const orgs = hit.entries
    .filter((e) => e.entry.type === 'org')
    .map((e) => (e.entry as Extract<Entry, { type: 'org' }>).org);
  if (orgs.length < 2) return orgs[0] ?? null;
  const d = ctx.date;
  if (!d) return [...orgs].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
  return orgs.find((o) => (!o.from || o.from <= d) && (!o.to || d <= o.to)) ?? orgs[0];
}

interface Group {
  hits: Hit[];
  start: number;
  end: number;
  nameEnd?: number;
}

function canFollow(prev: Entry['type'][], next: Entry['type']): boolean {
  if (prev.includes('person') || prev.includes('description')) return false;
  if (next === 'description') return false;
  if (COUNTRYISH.has(next) && prev.some((t) => COUNTRYISH.has(t) || t === 'org' || t === 'region' || t === 'agent'))
    return false;
  if (next === 'region' && prev.length) return false;
  if (next === 'org' && prev.some((t) => t === 'org' || t === 'agent')) return false;
  return true;
}

function resolveGroup(ctx: MatchContext, g: Group, sentence: number): Mention | null {
  const { doc } = ctx;
  const t = doc.tokens!;
  const types = g.hits.map((h) => primary(h).entry.type);
  let country: string | null = null;
  let countryName: string | null = null;
  const sectors: string[] = [];
  const agentWords: string[] = [];
  let alone: string | undefined;
  let rule = '';
  let kind: Mention['kind'] = 'agent';
  let code: string | null = null;
  let name: string | null = null;
  let sector: string | null = null;
  let hasActorHead = false;
  for (const h of g.hits) {
    const e = primary(h);
    const entry = e.entry;
    switch (entry.type) {
      case 'person': {
        const picked = pickPerson(ctx, h);
        if (!picked) break;
        const pc = personCode(picked.person, ctx.date);
        code = pc.code;
        country = pc.country;
        sector = pc.sector;
        name = picked.person.name;
        rule = picked.rule;
        kind = 'person';
        hasActorHead = true;
        ctx.seenPeople.add(picked.person.id);
        break;
      }
      case 'org': {
        if (code) break;
        const org = pickOrg(ctx, h) ?? entry.org;
        code = org.code;
        country = org.country ?? (/^(IGO|NGO|NGM|IMG|MNC|INT|UIS)/.test(code) ? null : code.slice(0, 3));
        sector = country ? code.slice(3) || null : null;
        name = org.name;
        rule = `dict:organisations/${slug(org.name)}`;
        kind = 'organisation';
        hasActorHead = true;
        break;
      }
      case 'country':
      case 'seat':
      case 'people':
        country = entry.country;
        countryName = entry.name;
        if (entry.type === 'seat') sectors.push('GOV');
        if (entry.type === 'people') sectors.push('CVL');
        if (!rule) rule = e.rule;
        hasActorHead = true;
        kind = 'country';
        break;
      case 'adjective':
        country = entry.country;
        countryName = entry.name;
        if (!rule) rule = e.rule;
        break;
      case 'region':
        country = entry.code;
        countryName = entry.name;
        if (!rule) rule = e.rule;
        if (!entry.adjective) hasActorHead = true;
        kind = 'region';
        break;
      case 'agent':
        sectors.push(entry.sector);
        agentWords.push(entry.word);
        alone ??= entry.alone;
        rule = rule || e.rule;
        hasActorHead = true;
        break;
      case 'description':
        return {
          start: t.start[g.start],
          end: t.end[g.end - 1],
          code: '',
          country: null,
          sector: null,
          name: entry.description.phrase,
          kind: 'pronoun',
          sentence,
          tokenStart: g.start,
          tokenEnd: g.end,
          rule: e.rule,
          refers: { to: entry.description.refers, sector: entry.description.sector },
        };
    }
  }
  if (!hasActorHead) {
    if (!country || g.hits.length !== 1 || types[0] !== 'adjective') return null;
    return {
      start: t.start[g.start],
      end: t.end[g.end - 1],
      code: country,
      country,
      sector: null,
      name: countryName ?? country,
      kind: 'country',
      sentence,
      tokenStart: g.start,
      tokenEnd: g.end,
      rule,
      modifier: true,
    };
  }
  if (!country && !code && types.every((x) => x === 'agent')) {
    if (agentWords.every((w) => MASS_NOUNS.has(w))) return null;
    const lastTok = g.end - 1;
    const next = g.end < doc.sentences![sentence].endToken ? t.pos[g.end] : '';
    const institution = sectors.every((x) => /^(GOV|COP|LEG|JUD)/.test(x));
    if (
      (t.pos[lastTok] === 'ADJ' &&
        lastTok === g.start &&
        !(t.pos[g.start - 1] === 'DET' && !/^(NOUN|ADJ|PROPN)$/.test(next))) ||
      (next === 'NOUN' && (!institution || BUILDINGS.has(ctx.norm[g.end]))) ||
      ctx.norm[g.end] === '-' ||
      (next === 'CCONJ' && t.pos[g.end + 1] === 'ADJ')
    )
      return null;
  }
  if (!code) {
    const rank = (x: string) => {
      const k = SECTOR_PRIORITY.indexOf(x.slice(0, 3));
      return k < 0 ? SECTOR_PRIORITY.length : k;
    };
    const best = [...sectors].sort((a, b) => rank(a) - rank(b))[0];
    if (!country && !code && agentWords.length && agentWords.every((w) => EQUIPMENT.test(w))) return null;
    sector = best ?? null;
    if (alone && (!country || alone.startsWith('IGO'))) {
      code = alone;
      country = null;
      sector = null;
    } else if (country) {
      code = kind === 'region' ? country : country + (sector ?? '');
    } else if (sector) {
      code = sector;
    } else return null;
    if (kind === 'country' && sectors.length && !types.includes('country') && !types.includes('seat')) kind = 'agent';
    if (kind !== 'region' && country && sectors.length && !types.includes('seat')) kind = 'agent';
    if (!country && !alone) kind = 'agent';
    name = g.nameEnd
      ? doc.text.slice(t.start[g.end], t.end[g.nameEnd - 1])
      : (countryName ?? doc.text.slice(t.start[g.start], t.end[g.end - 1]));
    if (g.nameEnd) kind = 'person';
  }
  const end = g.nameEnd ?? g.end;
  return {
    start: t.start[g.start],
    end: t.end[end - 1],
    code: code!,
    country,
    sector,
    name: name ?? code!,
    kind,
    sentence,
    tokenStart: g.start,
    tokenEnd: end,
    rule,
  };
}

/**
 * "leaders of Hamas", "members of the Muslim Brotherhood", "fighters from al-Shabab": role words linked by "of" or
 * "from" to an organisation are that organisation, and the mention spans both.
 */
function absorbRolesOfOrganisations(groups: Group[], norm: readonly string[]): void {
  for (let k = groups.length - 1; k > 0; k--) {
    const [a, b] = [groups[k - 1], groups[k]];
    if (a.nameEnd || !a.hits.every((x) => primary(x).entry.type === 'agent')) continue;
    let j = a.end;
    if (norm[j] !== 'of' && norm[j] !== 'from') continue;
    j++;
    if (norm[j] === 'the' && b.start !== j) j++;
    if (j !== b.start || !b.hits.every((x) => primary(x).entry.type === 'org')) continue;
    b.start = a.start;
    groups.splice(k - 1, 1);
  }
}

/** Words for the person or office at the head of an organisation: "the IAEA chief" is the IAEA speaking. */
const ORGANISATION_HEADS = new Set([
  'chief',
  'head',
  'boss',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'envoy',
  'president',
  'secretary-general',
  'commander',
  'leader',
]);

/**
 * "the IAEA chief", "the U.N. human rights chief", "Sudan's army chief": an organisation followed by at most two
 * nouns and a word for its head is that organisation, and the mention spans the head word (so it heads its phrase
 * rather than modifying it).
 */
function extendToOrganisationHeads(
  groups: Group[],
  norm: readonly string[],
  pos: readonly string[],
  end: number,
): void {
  groups.forEach((g, k) => {
    if (g.nameEnd || primary(g.hits[g.hits.length - 1]).entry.type !== 'org') return;
    const limit = Math.min(end, groups[k + 1]?.start ?? end, g.end + 3);
    let j = g.end;
    while (j < limit && (pos[j] === 'NOUN' || pos[j] === 'ADJ') && !ORGANISATION_HEADS.has(norm[j])) j++;
    if (j < limit && ORGANISATION_HEADS.has(norm[j]) && pos[j] !== 'VERB') g.end = j + 1;
  });
}

/** A role word that only starts a hyphenated adjective ("military-ruled", "government-held") is not an actor. */
function compoundAdjective(ctx: MatchContext, hit: Hit): boolean {
  return (
    hit.entries.every((e) => e.entry.type === 'agent') &&
    SKIP_INSIDE.has(ctx.norm[hit.end]) &&
    ctx.doc.tokens!.pos[hit.end + 1] === 'VERB'
  );
}

/** Finds actor mentions in one sentence: dictionary phrases composed into noun phrases. */
function sentenceMentions(ctx: MatchContext, dict: ActorDictionary, sentence: number): Mention[] {
  const { doc, norm } = ctx;
  const t = doc.tokens!;
  const s = doc.sentences![sentence];
  const hits: Hit[] = [];
  for (let i = s.firstToken; i < s.endToken;) {
    const hit = longestHit(ctx, dict.root, i, s.endToken);
    if (hit) {
      if (!compoundAdjective(ctx, hit)) hits.push(hit);
      i = hit.end;
    } else i++;
  }
  const text = doc.text;
  const wordAt = (i: number) => text.slice(t.start[i], t.end[i]);
  const groups: Group[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const type = primary(h).entry.type;
    const last = groups[groups.length - 1];
    if (last && !last.nameEnd) {
      let gap = last.end;
      while (gap < h.start && (MODIFIERS.has(norm[gap]) || POSSESSIVE.has(norm[gap]))) gap++;
      const lastTypes = last.hits.map((x) => primary(x).entry.type);
      if (type === 'agent' && COUNTRYISH.has(lastTypes[lastTypes.length - 1]) && h.start - gap <= 2) {
        let k = gap;
        while (
          k < h.start &&
          (t.pos[k] === 'NOUN' || t.pos[k] === 'ADJ' || t.pos[k] === 'PROPN') &&
          !TIME_WORDS.has(norm[k])
        )
          k++;
        if (k === h.start) gap = k;
      }
      if (gap === h.start && canFollow(lastTypes, type)) {
        last.hits.push(h);
        last.end = h.end;
        continue;
      }
      const onlyAgents =
        lastTypes.every((x) => x === 'agent') &&
        !last.hits.some((x) => EQUIPMENT.test((primary(x).entry as { word?: string }).word ?? ''));
      let link = last.end;
      if (onlyAgents && LINK_PREPS.has(norm[link])) {
        link++;
        while (
          link < h.start &&
          (norm[link] === 'the' ||
            t.pos[link] === 'ADJ' ||
            SKIP_INSIDE.has(norm[link]) ||
            SKIP_INSIDE.has(norm[link + 1] ?? '') ||
            SKIP_INSIDE.has(norm[link - 1]))
        )
          link++;
        const possessed = POSSESSIVE.has(norm[h.end]);
        if (link === h.start && !possessed && (type === 'country' || type === 'region' || type === 'seat')) {
          last.hits.push(h);
          last.end = h.end;
          continue;
        }
      }
    }
    groups.push({ hits: [h], start: h.start, end: h.end });
  }
  absorbRolesOfOrganisations(groups, norm);
  extendToOrganisationHeads(groups, norm, t.pos, s.endToken);
  for (const g of groups) {
    while (g.hits.length > 1) {
      const tail = g.hits[g.hits.length - 1];
      const word = (primary(tail).entry as { word?: string }).word ?? '';
      const n = tail.end;
      const bareVerb =
        t.pos[n] === 'VERB' && norm[n] === t.lemma[n] && !['DET', 'PROPN', 'NOUN', 'PRON'].includes(t.pos[n + 1]);
      const sector = (primary(tail).entry as { sector?: string }).sector ?? '';
      const institution = /^(GOV|COP|LEG|JUD)/.test(sector);
      const nextIsNoun =
        (t.pos[n] === 'NOUN' && !/s$/.test(word) && !institution) ||
        (EQUIPMENT.test(word) && (bareVerb || t.pos[n] === 'NOUN'));
      if (primary(tail).entry.type !== 'agent' || !nextIsNoun || hits.some((h) => h.start === tail.end)) break;
      g.hits.pop();
      g.end = g.hits[g.hits.length - 1].end;
    }
  }
  for (const g of groups) {
    const lastHit = g.hits[g.hits.length - 1];
    const lastEntry = primary(lastHit).entry;
    if (lastEntry.type === 'agent' && !/s$/.test(lastEntry.word)) {
      let j = g.end;
      while (
        j < s.endToken &&
        j - g.end < 4 &&
        t.pos[j] === 'PROPN' &&
        isTitle(wordAt(j)) &&
        !TIME_WORDS.has(norm[j]) &&
        !hits.some((h) => h.start === j)
      )
        j++;
      if (j > g.end) g.nameEnd = j;
    }
  }
  const mentions: Mention[] = [];
  for (const g of groups) {
    const first = primary(g.hits[0]).entry.type;
    if ((first === 'country' || first === 'seat') && g.hits.length === 1 && g.start > s.firstToken) {
      const p = g.start - 1;
      if (t.pos[p] === 'PROPN' && isTitle(wordAt(p)) && !hits.some((h) => h.end === g.start)) continue;
    }
    if (norm[g.start] === 'the' && primary(g.hits[0]).entry.type !== 'description' && g.end - g.start > 1) g.start++;
    const m = resolveGroup(ctx, g, sentence);
    if (!m) continue;
    let before = m.tokenStart - 1;
    if (before >= s.firstToken && norm[before] === 'the') before--;
    const placeLike = g.hits.every((h) => {
      const ty = primary(h).entry.type;
      return ty === 'country' || ty === 'seat' || ty === 'region';
    });
    if (before >= s.firstToken && LOCATION_PREPS.has(norm[before]) && placeLike) m.location = true;
    mentions.push(m);
  }
  linkCompounds(mentions, norm, sentence, t.pos);
  inferCountries(
    mentions.filter(
      (m) =>
        !SKIP_INSIDE.has(norm[m.tokenEnd]) &&
        !(
          m.kind === 'country' &&
          POSSESSIVE.has(norm[m.tokenEnd]) &&
          !PLACE_PARTS.has(norm[m.tokenEnd + 1] ?? '') &&
          !PLACE_PARTS.has(norm[m.tokenEnd + 2] ?? '')
        ),
    ),
    ctx.placeCountry ? placeCountries(ctx, s, mentions, ctx.placeCountry) : undefined,
  );
  return mentions;
}

/**
 * The countries of the places a sentence names after "in", "at", "near"… that are not actors: "Authorities in
 * Manipur" are in India. Asked of the gazetteer through `placeCountry`, which answers only for regions and large cities.
 */
function placeCountries(
  ctx: MatchContext,
  s: { firstToken: number; endToken: number },
  mentions: Mention[],
  placeCountry: (name: string) => string | null,
): Set<string> {
  const t = ctx.doc.tokens!;
  const out = new Set<string>();
  for (let j = s.firstToken; j < s.endToken - 1; j++) {
    if (!LOCATION_PREPS.has(ctx.norm[j])) continue;
    let k = j + 1;
    if (ctx.norm[k] === 'the') k++;
    let e = k;
    while (e < s.endToken && t.pos[e] === 'PROPN') e++;
    if (e === k || mentions.some((m) => m.tokenStart < e && k < m.tokenEnd)) continue;
    const country = placeCountry(ctx.doc.text.slice(t.start[k], t.end[e - 1]));
    if (country) out.add(country);
  }
  return out;
}

/** Finds every actor mention in a document. Exposed for `dyad actors` and tests. */
export function findMentions(
  doc: NewsDoc,
  dict: ActorDictionary,
  placeCountry?: (name: string) => string | null,
): Mention[] {
  const t = doc.tokens!;
  const norm = t.normal.map((w, i) => normalizeWord(doc.text.slice(t.start[i], t.end[i]) || w));
  const ctx: MatchContext = {
    doc,
    norm,
    date: doc.meta.published,
    seenPeople: new Set(),
    cases: caseClasses(doc),
    placeCountry,
  };
  const out: Mention[] = [];
  for (let s = 0; s < doc.sentences!.length; s++) out.push(...sentenceMentions(ctx, dict, s));
  inferArticleCountry(out);
  return out;
}

/** Pipeline stage: actor mentions from the dictionaries, composed with titles, roles and countries. */
export const actorMentions: Stage = {
  name: 'actors',
  reads: ['sentences', 'tokens'],
  adds: ['mentions'],
  run(doc, resources) {
    const gazetteer = resources.gazetteer as Gazetteer | undefined;
    doc.mentions = findMentions(doc, resources.actors as ActorDictionary, gazetteer && placeCountryOf(gazetteer));
  },
};

/** A region's or large city's country from the gazetteer, as a CAMEO country code (capitals and cities of 100,000+). */
function placeCountryOf(gazetteer: Gazetteer): (name: string) => string | null {
  return (name) => {
    if (gazetteer.isNotPlace(name)) return null;
    const e = gazetteer.lookup(name)[0];
    if (!e?.country || (e.kind !== 'region' && !(e.kind === 'city' && (e.capital || e.population >= 100_000))))
      return null;
    return CAMEO_COUNTRY_CODES[e.country] ?? e.country;
  };
}
