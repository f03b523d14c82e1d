import type { Mention, NewsDoc } from '../doc.js';
import type { Stage } from '../pipeline.js';

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her']);
const THING_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const ALLY_WORDS = new Set(['ally', 'neighbour', 'neighbor', 'partner', 'rival', 'foe', 'adversary', 'enemy', 'protectorate']);
/** How many sentences back a pronoun or description may reach for its antecedent. */
const REACH = 2;

function isPersonLike(m: Mention): boolean {
  return m.kind === 'person' || (m.kind === 'agent' && m.sector === 'GOV' && /^(president|leader|minister|prime|king|chancellor|premier)/i.test(m.name));
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

function copyActor(target: Mention, from: Mention, fromIndex: number, rule: string, sectorOverride?: string): void {
  target.code = sectorOverride && from.country ? from.country + sectorOverride : from.code;
  target.country = from.country;
  target.sector = sectorOverride ?? from.sector;
  target.name = from.name;
  target.antecedent = fromIndex;
  target.rule = rule;
}

/** Earlier mentions (most recent first) within reach, by index, that satisfy `ok`, distinct by code. */
function recent(mentions: Mention[], before: number, sentence: number, ok: (m: Mention) => boolean, count: number, exclude?: string): number[] {
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
    pronouns.push({ start: t.start[i], end: t.end[i], code: '', country: null, sector: null, name: w, kind: 'pronoun', sentence: t.sentence[i], tokenStart: i, tokenEnd: i + 1, rule: `coref:pronoun/${w}` });
  }
  const all = [...base, ...pronouns].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) {
    if (m.kind !== 'pronoun') {
      const next = m.tokenEnd;
      const prev = m.tokenStart - 1;
      if (m.kind === 'country' && ALLY_WORDS.has(t.normal[next]) && t.normal[prev] === 'the') {
        const subject = sentenceSubject(doc, out, m.sentence);
        const [k] = recent(out, out.length, m.sentence, (x) => isCountryLike(x) && x !== subject, 1, m.country ?? undefined);
        if (k !== undefined) {
          const resolved: Mention = { ...m, end: t.end[next], tokenEnd: next + 1, start: t.start[prev], tokenStart: prev, kind: 'pronoun' };
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
      const ok = PERSON_PRONOUNS.has(w) ? isPersonLike : THING_PRONOUNS.has(w) ? isStateLike : (x: Mention) => x.group !== undefined || /s$/.test(x.name) || isStateLike(x);
      const [k] = recent(out, here, m.sentence, ok, 1);
      if (k === undefined) continue;
      const ante = out[k];
      if (PLURAL_PRONOUNS.has(w) && ante.group !== undefined) {
        const members = out.map((x, idx) => [x, idx] as const).filter(([x]) => x.group === ante.group && x.sentence === ante.sentence);
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
    const two = refers.startsWith('last-two');
    const ok = refers.includes('people') || refers === 'last-person' ? isPersonLike : refers.includes('actor') ? isStateLikeOrPerson : namesCountry;
    const ks = recent(out, here, m.sentence, ok, two ? 2 : 1);
    if (ks.length < (two ? 2 : 1)) continue;
    const group = 100000 + here;
    for (const k of ks.reverse()) {
      const r: Mention = { ...m, group: two ? group : undefined };
      copyActor(r, out[k], k, m.rule, m.refers?.sector);
      out.push(r);
    }
  }
  return out;
}

/** The first mention of a sentence when no verb comes before it: its subject, which cannot be its own object. */
function sentenceSubject(doc: NewsDoc, mentions: Mention[], sentence: number): Mention | undefined {
  const first = mentions.find((x) => x.sentence === sentence);
  if (!first) return undefined;
  const t = doc.tokens!;
  for (let i = doc.sentences![sentence].firstToken; i < first.tokenStart; i++) if (t.pos[i] === 'VERB') return undefined;
  return first;
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
