// Generates a news-like corpus with known near-duplicates, for dedup tests and benchmarks. Every article is written
// from templates and word lists below (nothing is copied from real news). Each base article may get variants:
// an exact syndicated copy, a trimmed copy, a lightly reworded copy, and an updated version with new paragraphs.

const ACTORS = [
  'the foreign ministry',
  'the defence minister',
  'rebel commanders',
  'the prime minister',
  'border guards',
  'the central bank',
  'opposition leaders',
  'the army',
  'the navy',
  'police',
  'the president',
  'a government spokesman',
  'union leaders',
  'the election commission',
  'health officials',
  'aid agencies',
  'the coast guard',
  'local officials',
  'the parliament speaker',
  'the interior minister',
];
const VERBS = [
  'criticised',
  'welcomed',
  'rejected',
  'announced',
  'condemned',
  'proposed',
  'delayed',
  'approved',
  'questioned',
  'defended',
  'suspended',
  'expanded',
  'investigated',
  'reviewed',
  'postponed',
  'endorsed',
];
const OBJECTS = [
  'the new budget',
  'a ceasefire plan',
  'the trade agreement',
  'fresh sanctions',
  'the reform package',
  'a curfew',
  'the peace talks',
  'the fuel subsidy',
  'a prisoner exchange',
  'the military exercise',
  'the vote count',
  'the water treaty',
  'an emergency decree',
  'the mining licence',
  'the refugee quota',
];
const PLACES = [
  'Aldmoor',
  'Brevik',
  'Castellan',
  'Dorvan',
  'Eskar',
  'Fennick',
  'Galdor',
  'Harwen',
  'Istra',
  'Jorvik',
  'Kestrel Bay',
  'Lunor',
  'Marrow Point',
  'Nerath',
  'Ostrava Plains',
  'Pellin',
  'Quarry Hill',
  'Rostam',
  'Selwyn',
  'Tarbek',
];
const TAILS = [
  'on Tuesday',
  'late on Monday',
  'after a week of talks',
  'in a televised address',
  'despite protests',
  'according to officials',
  'without giving details',
  'amid rising tension',
  'as talks stalled',
  'in a written statement',
];
const FILLER = [
  'Analysts said the move could reshape the region.',
  'The decision follows months of negotiation.',
  'Officials did not respond to requests for comment.',
  'Markets reacted calmly to the news.',
  'It was not clear when the measures would take effect.',
  'Residents said they feared further unrest.',
  'The government has denied wrongdoing.',
];
const SYNONYMS = {
  criticised: 'attacked',
  welcomed: 'praised',
  rejected: 'dismissed',
  announced: 'unveiled',
  said: 'stated',
  officials: 'authorities',
  talks: 'negotiations',
  new: 'fresh',
  week: 'seven days',
  months: 'many months',
  region: 'area',
  decision: 'move',
};

/** A small deterministic random number generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

function sentence(r) {
  const n = 1 + Math.floor(r() * 900);
  const forms = [
    () => `${cap(pick(r, ACTORS))} in ${pick(r, PLACES)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}.`,
    () =>
      `About ${n} people gathered in ${pick(r, PLACES)} after ${pick(r, ACTORS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}.`,
    () =>
      `${cap(pick(r, ACTORS))} said ${pick(r, ACTORS)} had ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}, and ${n} officials were briefed.`,
    () =>
      `In ${pick(r, PLACES)}, ${pick(r, ACTORS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} while ${pick(r, ACTORS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}.`,
    () => pick(r, FILLER),
  ];
  return pick(r, forms)();
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** A base article of 12–24 sentences. */
export function article(r) {
  const n = 12 + Math.floor(r() * 13);
  return Array.from({ length: n }, () => sentence(r));
}

function reword(r, sentences) {
  return sentences.map((s) =>
    s
      .replace(/\b[a-z]+\b/g, (w) => (SYNONYMS[w] && r() < 0.5 ? SYNONYMS[w] : w))
      .replace(/\d+/, (d) => (r() < 0.3 ? String(+d + 1) : d)),
  );
}

/**
 * Builds a corpus of `size` articles. About `dupShare` of them are variants of another article, and `truth` lists the
 * groups of ids that are the same story. Kinds of variant: `copy`, `trim` (first 60–85 %), `reword` (synonyms,
 * a changed number, an agency tag) and `update` (a sentence changed, 2–4 new ones added).
 */
export function generateCorpus(size, { seed = 7, dupShare = 0.3 } = {}) {
  const r = rng(seed);
  const docs = [];
  const truth = [];
  while (docs.length < size) {
    const base = article(r);
    const id = `a${docs.length}`;
    docs.push({ id, text: base.join(' ') });
    const group = [id];
    while (docs.length < size && r() < dupShare / (1 - dupShare + 1e-9) / 1.5 && group.length < 6) {
      const kind = pick(r, ['copy', 'trim', 'reword', 'update']);
      let s = base;
      if (kind === 'trim') s = base.slice(0, Math.max(6, Math.round(base.length * (0.6 + r() * 0.25))));
      if (kind === 'reword') s = ['(Wire) -', ...reword(r, base)];
      if (kind === 'update') {
        s = [...base];
        s[Math.floor(r() * s.length)] = sentence(r);
        for (let k = 2 + Math.floor(r() * 3); k > 0; k--) s.splice(Math.floor(r() * s.length), 0, sentence(r));
      }
      const vid = `a${docs.length}-${kind}`;
      docs.push({ id: vid, text: s.join(' ') });
      group.push(vid);
    }
    if (group.length > 1) truth.push(group);
  }
  return { docs, truth };
}

/** Pairwise precision and recall of found groups against the true groups. */
export function pairScores(found, truth) {
  const pairsOf = (groups) => {
    const set = new Set();
    for (const g of groups)
      for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) set.add([g[i], g[j]].sort().join('|'));
    return set;
  };
  const f = pairsOf(found);
  const t = pairsOf(truth);
  let hit = 0;
  for (const p of f) if (t.has(p)) hit++;
  return {
    precision: f.size ? hit / f.size : 1,
    recall: t.size ? hit / t.size : 1,
    foundPairs: f.size,
    truePairs: t.size,
  };
}
