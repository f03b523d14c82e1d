/** Normal form of a token or dictionary word for matching: lower case, no dots, straight apostrophes. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return PLAIN.test(lower) ? lower : lower.replace(/[\u2019\u2018`]/g, "'").replace(/\./g, '');
}

const PLAIN = /^[a-z0-9-]*$/;

/** Splits a dictionary phrase into matching keys the way the tokenizer splits text (hyphens apart, dots dropped). */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/'s\b/g, " 's")
    .split(/[\s\-\u2010-\u2013]+/)
    .map(normalizeWord)
    .filter((w) => w.length > 0);
}

/** How the text must be written for an entry to match: `upper` abbreviations (US, UN), `title` names, `any` words. */
export type CaseRule = 'upper' | 'title' | 'any';

/** The case rule a dictionary phrase implies. */
export function caseRuleOf(phrase: string): CaseRule {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase()) return 'upper';
  return /^\p{Lu}/u.test(phrase.replace(/^the\s+/i, '')) ? 'title' : 'any';
}

/** Folds accents away ("Élysée" → "Elysee"). */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}
