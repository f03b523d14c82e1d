import { note, type NewsDoc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { trigramScores } from './trigram-scores.js';

/** The languages news comes in that franc-min can tell apart: ISO 639-3 → ISO 639-1 and English name. */
export const NEWS_LANGUAGES: Readonly<Record<string, readonly [string, string]>> = {
  eng: ['en', 'English'],
  fra: ['fr', 'French'],
  deu: ['de', 'German'],
  spa: ['es', 'Spanish'],
  por: ['pt', 'Portuguese'],
  ita: ['it', 'Italian'],
  nld: ['nl', 'Dutch'],
  pol: ['pl', 'Polish'],
  ron: ['ro', 'Romanian'],
  hun: ['hu', 'Hungarian'],
  ces: ['cs', 'Czech'],
  swe: ['sv', 'Swedish'],
  rus: ['ru', 'Russian'],
  ukr: ['uk', 'Ukrainian'],
  bul: ['bg', 'Bulgarian'],
  srp: ['sr', 'Serbian'],
  hrv: ['hr', 'Croatian'],
  tur: ['tr', 'Turkish'],
  arb: ['ar', 'Arabic'],
  pes: ['fa', 'Persian'],
  urd: ['ur', 'Urdu'],
  hin: ['hi', 'Hindi'],
  ben: ['bn', 'Bengali'],
  ind: ['id', 'Indonesian'],
  vie: ['vi', 'Vietnamese'],
  tha: ['th', 'Thai'],
  cmn: ['zh', 'Chinese'],
  jpn: ['ja', 'Japanese'],
  kor: ['ko', 'Korean'],
  ell: ['el', 'Greek'],
  swh: ['sw', 'Swahili'],
  amh: ['am', 'Amharic'],
};

/** Options for {@link detectLanguage}. */
export interface LanguageOptions {
  /** Fewer letters than this and the text is undecided (default 200). */
  minLetters?: number;
  /** English counts as ruled out only when its score (1 = best) is at most this (default 0.85). */
  englishMargin?: number;
}

/** What {@link detectLanguage} found. */
export interface LanguageGuess {
  /** ISO 639-1, or null when undecided. */
  language: string | null;
  name: string | null;
  /** True only when there was enough text and English scored clearly below the winner. */
  confidentlyNotEnglish: boolean;
}

const NEWS_CODES = Object.keys(NEWS_LANGUAGES);

const FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'with',
  'was',
  'said',
  'by',
  'as',
  'at',
  'it',
  'has',
  'have',
  'from',
  'his',
  'its',
  'be',
  'are',
  'were',
  'an',
  'which',
  'will',
  'their',
  'after',
]);
/**
 * Frequent function words of the other Latin-script news languages that are not English words (or are rare ones):
 * French, Spanish, Portuguese, Italian, German, Dutch, the Scandinavian languages, Polish, Romanian, Czech, Hungarian
 * and Indonesian. A few in a text of names ("Lula da Silva") do not count against English; a foreign article is full
 * of them.
 */
const OTHER_FUNCTION_WORDS = new Set(
  (
    'de le la les des du et est une qui dans sur pour pas aux avec été où ' +
    'el los las del por con una para como sus fue más está también ' +
    'da em os das ao uma pelo pela foi não são é à ' +
    'il che della delle nel sono gli ' +
    'der und von zu mit ist nicht sich auf dem ein eine wurde für über auch ' +
    'het een voor zijn werd niet ' +
    'och att som av ikke til og ' +
    'się nie jest oraz ' +
    'și în cu pe fost ' +
    'je na ze se ' +
    'az és hogy egy ' +
    'yang dan di dari untuk dengan ini'
  ).split(' '),
);
/** Share of English function words above which a text is English without asking franc (news English runs at 35–45%). */
const ENGLISH_SHARE = 0.25;
/**
 * A lower share still decides for English when the other languages' function words are almost absent: a short
 * article dense with names and numbers has fewer function words, but it does not have foreign ones.
 */
const ENGLISH_SHARE_ALONE = 0.12;
const ENGLISH: LanguageGuess = { language: 'en', name: 'English', confidentlyNotEnglish: false };

/** The share of words in a text that are common English function words: a fast, reliable first test for English. */
export function englishFunctionWordShare(text: string): number {
  return functionWordShares(text).english;
}

/** Shares of words that are English function words, and that are other Latin-script languages' function words. */
function functionWordShares(text: string): { english: number; other: number } {
  const lower = text.toLowerCase();
  let words = 0;
  let english = 0;
  let other = 0;
  const count = (w: string) => {
    words++;
    if (w.length > LONGEST_FUNCTION_WORD) return;
    if (FUNCTION_WORDS.has(w)) english++;
    else if (OTHER_FUNCTION_WORDS.has(w)) other++;
  };
  if (ASCII.test(text)) {
    let from = -1;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 0;
      if (c >= 97 && c <= 122) {
        if (from < 0) from = i;
        continue;
      }
      if (from < 0) continue;
      count(lower.slice(from, i));
      from = -1;
    }
  } else for (const w of lower.match(/\p{L}+/gu) ?? []) count(w);
  return words ? { english: english / words, other: other / words } : { english: 0, other: 0 };
}

const ASCII = /^[\x00-\x7f]*$/;
/** The longest function word: longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS].map((w) => w.length));

const LETTER = /\p{L}/u;

/** How many letters (`\p{L}` code points) the text has, counting no further than `limit`. */
function countLetters(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const l = c | 32;
      if (l >= 97 && l <= 122) n++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(cp))) n++;
  }
  return n;
}

/** How much of an article the detector reads: enough to judge, bounded so long articles cost no more. */
const SAMPLE_CHARS = 1500;

/**
 * Detects a text's language with franc-min, limited to {@link NEWS_LANGUAGES}. Texts with fewer than `minLetters`
 * letters are undecided: a headline or a single sentence is never judged by its language.
 */
export function detectLanguage(text: string, options: LanguageOptions = {}): LanguageGuess {
  const { minLetters = 200, englishMargin = 0.85 } = options;
  const undecided = { language: null, name: null, confidentlyNotEnglish: false };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (countLetters(sample, minLetters) < minLetters) return undecided;
  const shares = functionWordShares(sample);
  if (shares.english >= ENGLISH_SHARE) return ENGLISH;
  if (shares.english >= ENGLISH_SHARE_ALONE && shares.other * 4 < shares.english) return ENGLISH;
  const scores = trigramScores(sample, NEWS_CODES);
  const [top, topScore] = scores[0] ?? ['und', 0];
  const known = NEWS_LANGUAGES[top];
  if (!known || topScore <= 0) return undecided;
  const english = scores.find(([l]) => l === 'eng')?.[1] ?? 0;
  return { language: known[0], name: known[1], confidentlyNotEnglish: top !== 'eng' && english <= englishMargin };
}

/**
 * Pipeline stage `language`: sets `doc.language` (ISO 639-1, null when undecided) and, when the article is confidently
 * not English, marks it `skipped` with a `language/not-english` message: dyad's dictionaries and patterns are English.
 */
export const language: Stage = {
  name: 'language',
  reads: ['text'],
  adds: ['language'],
  run(doc: NewsDoc) {
    const guess = detectLanguage(doc.text);
    doc.language = guess.language;
    if (guess.confidentlyNotEnglish) {
      doc.skipped = true;
      note(doc, {
        ruleId: 'language/not-english',
        level: 'skip',
        stage: 'language',
        reason: `dyad codes English; this article is in ${guess.name} (${guess.language})`,
      });
    }
  },
};
