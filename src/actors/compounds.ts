import type { Mention } from '../doc.js';

/** Words that may stand between the members of a compound actor ("the U.S., South Korea, and Japan"). */
const SEPARATORS = new Set([',', 'and', 'both', 'as', 'well', 'along', 'with', 'together', '&', 'the']);

/**
 * True when "A and B" joins two clauses, not two actors: A is the object of a verb before it and B the subject of one
 * after it ("the army drove the rebels out and the government will hold talks").
 */
function joinsClauses(pos: string[], a: Mention, b: Mention): boolean {
  let before = a.tokenStart - 1;
  while (before >= 0 && pos[before] === 'DET') before--;
  return before >= 0 && pos[before] === 'VERB' && (pos[b.tokenEnd] === 'AUX' || pos[b.tokenEnd] === 'VERB');
}

/**
 * Links mentions written as one compound actor ("Russia and China", "the U.S., South Korea, and Japan"): a run of
 * mentions separated only by commas and conjunctions, whose last separator holds "and" (a bare comma is an
 * apposition or a clause break, not a list). A national adjective shares the role of the last member ("Iranian and
 * Saudi officials"); before an organisation's name ("Israeli and Hamas negotiators") it stands for its country.
 */
export function linkCompounds(mentions: Mention[], norm: string[], sentence: number, ctxPos: string[]): void {
  let k = 0;
  while (k < mentions.length) {
    let end = k;
    let lastSep: string[] = [];
    while (end + 1 < mentions.length) {
      const a = mentions[end];
      const b = mentions[end + 1];
      if (b.tokenStart <= a.tokenEnd || a.location || b.location) break;
      const sep = norm.slice(a.tokenEnd, b.tokenStart);
      if (!sep.every((w) => SEPARATORS.has(w))) break;
      if (sep.includes('with') && !sep.includes('along') && !sep.includes('together')) break;
      if (joinsClauses(ctxPos, a, b)) break;
      lastSep = sep;
      end++;
    }
    if (end > k && lastSep.some((w) => w === 'and' || w === '&' || w === 'with')) {
      const head = mentions[end];
      for (let j = k; j <= end; j++) {
        const m = mentions[j];
        m.group = sentence * 1000 + k;
        const bareCountry =
          m.kind === 'country' && !m.sector && j === end - 1 && norm[m.tokenEnd] === 'and' && head.kind === 'agent';
        if ((m.modifier || bareCountry) && head.sector && m.country && !head.modifier && head.kind === 'agent') {
          m.code = m.country + head.sector;
          m.sector = head.sector;
          m.kind = head.kind;
          m.modifier = false;
          m.rule += '+shared-role';
        } else if (m.modifier && m.country && head.kind === 'organisation' && !head.modifier) {
          m.code = m.country;
          m.kind = 'country';
          m.modifier = false;
          m.rule += '+compound';
        }
      }
    }
    k = end + 1;
  }
}
