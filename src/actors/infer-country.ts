import type { Mention } from '../doc.js';

/** Codes of international and transnational actors, which have no country to infer. */
export const INTERNATIONAL = /^(IGO|NGO|NGM|IMG|MNC|INT|UIS)/;

/**
 * Gives a role word with no country of its own ("police", "civilians", "government forces") the country its sentence
 * is about: the one country named as a place in it ("in Kenya", or a region or city of it in `placeCountries`: "in
 * Manipur"), else the one country it names as an actor. Bare
 * adjectives, hyphen compounds ("UK-based") and possessors of things ("China's assistance") are not evidence. With
 * several candidates it stays without a country.
 */
export function inferCountries(mentions: Mention[], placeCountries: ReadonlySet<string> = new Set()): void {
  const bare = mentions.filter((m) => m.kind === 'agent' && m.country === null && !INTERNATIONAL.test(m.code));
  if (!bare.length) return;
  const named = mentions.filter(
    (m) => m.country && m.kind !== 'region' && !m.modifier && !(m.kind === 'organisation' && m.sector === 'MED'),
  );
  const places = new Set([...named.filter((m) => m.location).map((m) => m.country!), ...placeCountries]);
  const all = new Set(named.map((m) => m.country!));
  const [country, how] =
    places.size === 1 ? [[...places][0], 'place'] : all.size === 1 ? [[...all][0], 'sentence'] : [null, ''];
  if (!country) return;
  for (const m of bare) {
    m.country = country;
    m.code = country + m.code;
    m.rule += `+infer:country-from-${how}`;
  }
}

/**
 * Role words still without a country ("Police arrested ...") take the country the article is about, when one
 * country clearly dominates its mentions (at least two, and at least half of all country mentions).
 */
export function inferArticleCountry(mentions: Mention[]): void {
  const bare = mentions.filter((m) => m.kind === 'agent' && m.country === null && !INTERNATIONAL.test(m.code));
  if (!bare.length) return;
  const count = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    if (!m.country || m.kind === 'region' || (m.kind === 'agent' && m.rule.includes('+infer:'))) continue;
    if (m.kind === 'organisation' && (m.sector === 'MED' || INTERNATIONAL.test(m.code))) continue;
    count.set(m.country, (count.get(m.country) ?? 0) + 1);
    total++;
  }
  const [top, n] = [...count.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!top || n < 2 || n * 2 < total) return;
  for (const m of bare) {
    m.country = top;
    m.code = top + m.code;
    m.rule += '+infer:country-from-article';
  }
}
