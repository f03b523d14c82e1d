import type { Mention, NewsDoc } from '../doc.js';
import type { Stage } from '../pipeline.js';

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her']);
const THING_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const ALLY_WORDS = new Set([
  'ally',
  'neighbour',
  'neighbor',
  'partner',
  'rival',
  'foe',
  'adversary',
  'enemy',
  'protectorate',
]);
/** How many sentences back a pronoun or description may reach for its antecedent. */
const REACH = 2;
/** How far back "both sides" looks for the two countries a story is about. */
const STORY_REACH = 8;

function isPersonLike(m: Mention): boolean {
  return (
    m.kind === 'person' ||
    (m.kind === 'agent' &&
      m.sector === 'GOV' &&
      /^(president|leader|minister|prime minister|king|queen|chancellor|premier)\b/i.test(m.name))
  );
}
function isCountryLike(m: Mention): boolean {
  return (m.kind === 'country' || m.kind === 'organisation') && !m.location && m.country !== null;
}
/** Any mention that names or implies a country, places included: what "both countries" can point back to. */
function namesCountry(m: Mention): boolean {
  return m.country !== null && m.kind !== 'region';
}
function isStateLike(m: Mention): boolean {
  return (m.kind === 'country' || m.kind === 'organisation' || m.kind === 'region') && !m.location;
}

/** A body that "it" can stand for: "the Israeli army said it struck…", "the ministry said it would…" (not "officials"). */
function isSingularInstitution(doc: NewsDoc, m: Mention): boolean {
  if (m.kind !== 'agent' || !m.sector || !/^(GOV|MIL|COP|SPY|LEG|JUD|MED)/.test(m.sector)) return false;
  const last = doc.text.slice(m.start, m.end).split(/\s+/).pop()!.toLowerCase();
  return !last.endsWith('s') || last.endsWith('ss') || last === 'police';
}

function copyActor(target: Mention, from: Mention, fromIndex: number, rule: string, sectorOverride?: string): void {
  target.code = sectorOverride && from.country ? from.country + sectorOverride : from.code;
  target.country = from.country;
  target.sector = sectorOverride ?? from.sector;
  target.name = from.name;
  target.antecedent = fromIndex;
  target.rule = rule;
}

/**
 * The antecedent of a pronoun: in its own sentence, the nearest earlier actor that is a subject or object rather than
 * the complement of a preposition ("Japan urged China to rein in its ally, unlike Russia, and to end its drills": both
 * "its" are China's, not Russia's); else the most recent compatible actor of the sentences before.
 */
function salient(
  doc: NewsDoc,
  mentions: Mention[],
  before: number,
  m: Mention,
  ok: (x: Mention) => boolean,
): number | undefined {
  const t = doc.tokens!;
  let fallback: number | undefined;
  for (let k = before - 1; k >= 0; k--) {
    const x = mentions[k];
    if (x.sentence !== m.sentence) break;
    if (!x.code || x.modifier || !ok(x)) continue;
    if (inRelativeClause(t, x)) continue;
    fallback ??= k;
    let p = x.tokenStart - 1;
    while (p >= 0 && (t.pos[p] === 'DET' || t.pos[p] === 'ADJ')) p--;
    if (p < 0 || t.pos[p] !== 'ADP') return k;
  }
  if (fallback !== undefined) return fallback;
  const [k] = recent(mentions, before, m.sentence, ok, 1);
  return k;
}

/**
 * "It" is the most treacherous pronoun in news (storms, bills, companies): it resolves only to a state or organisation
 * in its own sentence, or to the subject of the sentence before when that subject is one.
 */
function itAntecedent(doc: NewsDoc, mentions: Mention[], before: number, m: Mention): number | undefined {
  const itLike = (x: Mention) => isStateLike(x) || isSingularInstitution(doc, x);
  const own = salient(doc, mentions, before, m, itLike);
  if (own !== undefined && mentions[own].sentence === m.sentence) return own;
  const subject = sentenceSubject(doc, mentions.slice(0, before), m.sentence - 1);
  if (!subject || !itLike(subject)) return undefined;
  return mentions.indexOf(subject);
}

/** True when a mention sits in a relative clause (", which borders Ukraine,"): it is not what the main clause is about. */
function inRelativeClause(t: NewsDoc['tokens'] & object, x: Mention): boolean {
  for (let p = x.tokenStart - 1; p >= 0 && p >= x.tokenStart - 4; p--) {
    const w = t.normal[p];
    if (w === 'which' || w === 'who' || w === 'whom') return true;
    if (w === ',' || w === '.') return false;
  }
  return false;
}

/** Earlier mentions (most recent first) within reach, by index, that satisfy `ok`, distinct by code. */
function recent(
  mentions: Mention[],
  before: number,
  sentence: number,
  ok: (m: Mention) => boolean,
  count: number,
  exclude?: string,
): number[] {
  const out: number[] = [];
  const codes = new Set<string>();
  for (let k = before - 1; k >= 0 && out.length < count; k--) {
    const m = mentions[k];
    if (m.sentence < sentence - REACH) break;
    if (!m.code || m.modifier || (m.kind === 'pronoun' && m.antecedent === undefined)) continue;
    if (!ok(m) || codes.has(m.country ?? m.code) || (exclude && m.country === exclude)) continue;
    codes.add(m.country ?? m.code);
    out.push(k);
  }
  return out;
}

/**
 * Resolves pronouns, repeated descriptions ("the two leaders", "the reclusive state") and "the U.S. ally" to the
 * actors they refer to, each link recorded with the rule that made it. Adds pronoun mentions it can resolve.
 */
export function resolveCoreference(doc: NewsDoc): Mention[] {
  const t = doc.tokens!;
  const base = doc.mentions ?? [];
  const covered = new Uint8Array(t.start.length);
  for (const m of base) covered.fill(1, m.tokenStart, m.tokenEnd);
  const pronouns: Mention[] = [];
  for (let i = 0; i < t.start.length; i++) {
    if (covered[i] || t.pos[i] !== 'PRON') continue;
    const w = t.normal[i];
    if (!PERSON_PRONOUNS.has(w) && !THING_PRONOUNS.has(w) && !PLURAL_PRONOUNS.has(w)) continue;
    if (w === 'it' && (t.lemma[i + 1] === 'be' || t.normal[i + 1] === 'seems')) continue;
    pronouns.push({
      start: t.start[i],
      end: t.end[i],
      code: '',
      country: null,
      sector: null,
      name: w,
      kind: 'pronoun',
      sentence: t.sentence[i],
      tokenStart: i,
      tokenEnd: i + 1,
      rule: `coref:pronoun/${w}`,
    });
  }
  const all = [...base, ...pronouns].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) {
    if (m.kind !== 'pronoun') {
      const next = m.tokenEnd;
      const prev = m.tokenStart - 1;
      if (m.kind === 'country' && ALLY_WORDS.has(t.normal[next]) && t.normal[prev] === 'the') {
        const subject = sentenceSubject(doc, out, m.sentence);
        const [k] = recent(
          out,
          out.length,
          m.sentence,
          (x) => isCountryLike(x) && x !== subject,
          1,
          m.country ?? undefined,
        );
        if (k !== undefined) {
          const resolved: Mention = {
            ...m,
            end: t.end[next],
            tokenEnd: next + 1,
            start: t.start[prev],
            tokenStart: prev,
            kind: 'pronoun',
          };
          copyActor(resolved, out[k], k, `coref:description/the-${m.country}-${t.normal[next]}`);
          out.push(resolved);
          continue;
        }
      }
      out.push(m);
      continue;
    }
    const w = m.name;
    const here = out.length;
    if (m.rule.startsWith('coref:pronoun/')) {
      const ok = PERSON_PRONOUNS.has(w)
        ? isPersonLike
        : THING_PRONOUNS.has(w)
          ? isStateLike
          : (x: Mention) => x.group !== undefined || /s$/.test(x.name) || isStateLike(x);
      const ahead = PERSON_PRONOUNS.has(w) ? cataphor(doc, m, base) : -1;
      if (ahead >= 0) {
        copyActor(m, base[ahead], -1, `coref:pronoun/${w}+forward`);
        m.antecedent = undefined;
        m.name = base[ahead].name;
        out.push(m);
        continue;
      }
      const k = w === 'it' ? itAntecedent(doc, out, here, m) : salient(doc, out, here, m, ok);
      if (k === undefined) continue;
      const ante = out[k];
      if (PLURAL_PRONOUNS.has(w) && ante.group !== undefined) {
        const members = out
          .map((x, idx) => [x, idx] as const)
          .filter(([x]) => x.group === ante.group && x.sentence === ante.sentence);
        const group = 100000 + here;
        for (const [x, idx] of members) {
          const r = { ...m, group };
          copyActor(r, x, idx, `coref:pronoun/${w}`);
          out.push(r);
        }
        continue;
      }
      copyActor(m, ante, k, `coref:pronoun/${w}`);
      out.push(m);
      continue;
    }
    const refers = m.refers?.to;
    if (!refers) continue;
    if (refers.startsWith('country:')) {
      const code = refers.slice(8);
      out.push({ ...m, code, country: code, sector: null, name: code, kind: 'pronoun' });
      continue;
    }
    const two = refers.startsWith('last-two') || refers === 'two-most-named';
    const ok =
      refers.includes('people') || refers === 'last-person'
        ? isPersonLike
        : refers.includes('actor')
          ? isStateLikeOrPerson
          : namesCountry;
    const countryOnly = ok === namesCountry || refers === 'two-most-named';
    const ks =
      refers === 'two-most-named'
        ? mostMentioned(out, here, m.sentence)
        : recent(out, here, m.sentence, ok, two ? 2 : 1);
    if (ks.length < (two ? 2 : 1)) continue;
    const group = 100000 + here;
    for (const k of ks.reverse()) {
      const r: Mention = { ...m, group: two ? group : undefined };
      copyActor(r, out[k], k, m.rule, m.refers?.sector);
      if (countryOnly && !m.refers?.sector && r.country) {
        r.code = r.country;
        r.sector = null;
        r.name = r.country;
      }
      out.push(r);
    }
  }
  return out;
}

const FRONTING = new Set([
  'after',
  'before',
  'during',
  'following',
  'since',
  'as',
  'when',
  'while',
  'despite',
  'upon',
  'on',
  'ahead',
  'in',
]);

/**
 * A pronoun in a clause fronted before its subject ("After his visit to North Korea, Putin ...") points forward: the
 * index in `mentions` of the person right after the comma, or -1.
 */
function cataphor(doc: NewsDoc, m: Mention, mentions: Mention[]): number {
  const t = doc.tokens!;
  const s = doc.sentences![m.sentence];
  let first = s.firstToken;
  while (first < s.endToken && !t.normal[first].trim()) first++;
  if (!FRONTING.has(t.normal[first])) return -1;
  let comma = -1;
  for (let i = m.tokenEnd; i < s.endToken; i++)
    if (t.normal[i] === ',') {
      comma = i;
      break;
    }
  if (comma < 0) return -1;
  return mentions.findIndex((x) => x.tokenStart === comma + 1 && isPersonLike(x));
}

/** The first mention of a sentence when no verb comes before it: its subject, which cannot be its own object. */
function sentenceSubject(doc: NewsDoc, mentions: Mention[], sentence: number): Mention | undefined {
  const first = mentions.find((x) => x.sentence === sentence);
  if (!first) return undefined;
  const t = doc.tokens!;
  for (let i = doc.sentences![sentence].firstToken; i < first.tokenStart; i++)
    if (t.pos[i] === 'VERB') return undefined;
  return first;
}

/**
 * For "both sides", "both countries": the two countries named before it in its own sentence ("a conflict between
 * Israel and Egypt ... the two nations"), else the two countries the article has named most so far, among those named in
 * the last sentences (a story about two countries keeps naming them; a third one named in passing does not win).
 */
function mostMentioned(mentions: Mention[], before: number, sentence: number): number[] {
  const here: number[] = [];
  for (let k = before - 1; k >= 0 && mentions[k].sentence === sentence; k--) {
    const x = mentions[k];
    if (x.country && x.kind !== 'region' && !x.modifier && !here.some((h) => mentions[h].country === x.country))
      here.push(k);
  }
  if (here.length >= 2) return here.slice(0, 2);
  const count = new Map<string, number>();
  const last = new Map<string, number>();
  const near = new Set<string>();
  for (let k = 0; k < before; k++) {
    const x = mentions[k];
    if (!x.country || x.kind === 'region' || (x.kind === 'pronoun' && x.refers)) continue;
    count.set(x.country, (count.get(x.country) ?? 0) + 1);
    last.set(x.country, k);
    if (x.sentence >= sentence - STORY_REACH) near.add(x.country);
  }
  const ranked = [...near].sort((a, b) => count.get(b)! - count.get(a)! || last.get(b)! - last.get(a)!);
  return ranked.slice(0, 2).length === 2
    ? ranked
        .slice(0, 2)
        .map((c) => last.get(c)!)
        .sort((a, b) => b - a)
    : [];
}

function isStateLikeOrPerson(m: Mention): boolean {
  return isStateLike(m) || isPersonLike(m);
}

/** Pipeline stage: light coreference within an article. */
export const coreference: Stage = {
  name: 'coref',
  reads: ['mentions', 'tokens', 'sentences'],
  adds: ['coref'],
  run(doc) {
    doc.mentions = resolveCoreference(doc);
  },
};
