/** A prepositional phrase that may name where something happened: "in southern Gaza", "at the Kumsusan Palace". */
export interface PlacePhrase {
  /** The preposition, lower case: `in`, `at`, `near`, `outside`, `on`, `inside`, `to`…; empty for a bare "the X". */
  preposition: string;
  /** A compass word before the name, lower case (`southern`, `north-eastern`), or null. */
  direction: string | null;
  /** The name as written, without `the` and the direction word. */
  name: string;
  /** Article offsets of `name`. */
  start: number;
  end: number;
  /** Appositive container written after a comma: "in Kharkiv, Ukraine" → `Ukraine`. */
  container: string | null;
}

const PREPOSITIONS = [
  'in',
  'at',
  'near',
  'outside',
  'on',
  'inside',
  'around',
  'off',
  'across',
  'into',
  'to',
  'throughout',
  'within',
  'through',
  'along',
  'over',
]
  .map((p) => `[${p[0]}${p[0].toUpperCase()}]${p.slice(1)}`)
  .join('|');
const DIRECTION =
  '(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|northeast(?:ern)?|northwest(?:ern)?|southeast(?:ern)?|southwest(?:ern)?|upper|lower)';
const CAP = "(?:[A-Z][\\p{L}'’.\\-]*|al-[A-Z][\\p{L}'’\\-]*|el-[A-Z][\\p{L}'’\\-]*|\\d+)";
const CONNECT = '(?:\\s+(?:of|of the|de|del|du|la|al|el|bin|ibn|and)\\s+|\\s+|-)';
const FEATURE =
  'hospital|airport|palace|mosque|church|base|air base|airbase|camp|refugee camp|plant|power plant|nuclear power plant|nuclear plant|port|crossing|border crossing|checkpoint|square|hotel|embassy|consulate|prison|compound|headquarters|stadium|university|school|market|bridge|dam|refinery|harbour|harbor|district|region|province|oblast|governorate|state|county|border|peninsula|strait|island|islands|coast|sea|gulf';
const FILLER =
  '(?:\\s+(?!(?:the|a|an|to|at|in|on|of|and|or|for|with|from|by|as|after|before|near|into|who|which|that)\\b)[a-z]+)';
const PHRASE = new RegExp(
  `(?:\\b(${PREPOSITIONS})\\s+(?:the\\s+)?|\\b[Tt]he\\s+)(?:(${DIRECTION})\\s+)?(${CAP}(?:${CONNECT}${CAP})*(?:${FILLER}{0,2}\\s+(?:${FEATURE}))?)`,
  'gu',
);
const DATE_WORD =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const CONTAINER = new RegExp(`^,\\s+(${CAP}(?:\\s+${CAP}){0,2})(?=[\\s,.;:!?)]|$)`, 'u');

/**
 * Finds the place phrases of one sentence: a preposition, an optional `the` and compass word, then a capitalised name
 * (words joined by `of`, `de`, `al-`…), optionally ending in a lower-case feature word ("nuclear power plant",
 * "refugee camp"). Which of them is an event's place, and what it resolves to, is decided by `eventPlaces`.
 *
 * @param offset where the sentence starts in the article; spans come back in article offsets.
 */
export function findPlacePhrases(sentence: string, offset: number): PlacePhrase[] {
  const out: PlacePhrase[] = [];
  for (const m of sentence.matchAll(PHRASE)) {
    let name = m[3].replace(/[\s'’.\-]+$/, '').replace(/\s+(?:and|of|of the|de|on)$/, '');
    name = name.replace(/['’]s$/, '');
    if (!name || /^\d/.test(name) || DATE_WORD.test(name)) continue;
    const start = (m.index ?? 0) + m[0].length - m[3].length;
    const after = sentence.slice(start + name.length);
    const c = CONTAINER.exec(after);
    out.push({
      preposition: m[1]?.toLowerCase() ?? '',
      direction: m[2]?.toLowerCase() ?? null,
      name,
      start: offset + start,
      end: offset + start + name.length,
      container: c ? c[1].replace(/[.'’]+$/, '') : null,
    });
  }
  return out;
}
