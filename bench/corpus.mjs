// Generates a news-like corpus for benchmarks: sentences built from templates over real actor names and invented
// events, deterministic for a seed.
const ACTORS = [
  'Russian President Vladimir Putin',
  'North Korean leader Kim Jong Un',
  'Chinese President Xi Jinping',
  'Japan',
  'the United States',
  'South Korea',
  'Iran',
  'Israel',
  'the European Union',
  'NATO',
  'Ukrainian troops',
  'Indian Prime Minister Narendra Modi',
  'Pakistan',
  'Turkey',
  'the United Nations',
  'German Chancellor Olaf Scholz',
  'French officials',
  'British Foreign Secretary David Cameron',
  'Saudi Arabia',
  'Egyptian mediators',
  'Hamas',
  'the Kremlin',
  'Brazilian President Luiz Inacio Lula da Silva',
  'Ethiopia',
  'Sudanese rebels',
  'Vietnam',
];
const VERBS = [
  'met',
  'criticised',
  'accused {T} of violating the agreement with',
  'signed a trade agreement with',
  'praised',
  'threatened to impose sanctions on',
  'held talks with',
  'condemned',
  'pledged support for',
  'visited',
  'urged {T} to return to talks with',
  'rejected a proposal from',
  'expelled diplomats from',
  'hosted',
  'warned',
  'launched airstrikes against',
  'denied any involvement in attacks on',
  'agreed to meet',
  'welcomed',
  'called on',
];
const TAILS = [
  'on Wednesday',
  'in Geneva on Monday',
  'last week',
  'at a summit in Beijing',
  'earlier this month',
  'during a visit to Hanoi',
  'on the sidelines of the G20 summit',
  'after months of tension',
  'in a statement',
  'amid rising tensions on the Korean Peninsula',
];
const FILLER = [
  'Analysts said the move reflected growing pressure at home.',
  'The talks are expected to continue next month, officials said.',
  'Markets in the region reacted calmly to the news.',
  'The ministry did not respond to a request for comment.',
  'Diplomats described the atmosphere as tense but constructive.',
];

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Builds `count` articles of 6–14 sentences each. */
export function generateCorpus(count, seed = 42) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const articles = [];
  for (let i = 0; i < count; i++) {
    const sentences = [];
    const n = 6 + Math.floor(r() * 9);
    for (let k = 0; k < n; k++) {
      if (r() < 0.3) {
        sentences.push(pick(FILLER));
        continue;
      }
      const a = pick(ACTORS);
      let b = pick(ACTORS);
      if (b === a) b = pick(ACTORS);
      const v = pick(VERBS);
      const verb = v.includes('{T}') ? v.replace('{T}', b) : v;
      const obj = v.includes('{T}') ? pick(ACTORS) : b;
      const s = `${a} ${verb} ${obj} ${pick(TAILS)}.`;
      sentences.push(s[0].toUpperCase() + s.slice(1));
    }
    const paragraphs = [];
    for (let k = 0; k < sentences.length; k += 3) paragraphs.push(sentences.slice(k, k + 3).join(' '));
    articles.push({ id: `bench-${i}`, date: '2024-06-19', text: paragraphs.join('\n\n') });
  }
  return articles;
}
