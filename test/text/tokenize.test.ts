import { describe, expect, it } from 'vitest';
import { loadNlp } from '../../src/text/nlp.js';
import { repairVerbTags, tokenize } from '../../src/text/tokenize.js';
import { loadVerbLemmas } from '../../src/text/wordnet.js';

const nlp = loadNlp();

describe('tokenize', () => {
  it.each([
    'Russian President Vladimir Putin met Kim Jong-un in Pyongyang.',
    'The U.S. said it “won’t accept” the deal — yet.\n\nTalks resume Monday.',
    'Émigrés in Zürich, café owners and 3.5% of voters rejected it!',
    'Emoji 🇺🇦 and CJK 北京 do not shift offsets.',
  ])('offsets index the original text: %s', (text) => {
    const { tokens } = tokenize(text, nlp);
    for (let i = 0; i < tokens.start.length; i++) {
      const piece = text.slice(tokens.start[i], tokens.end[i]);
      expect(piece.trim().length > 0 || /^\s+$/.test(piece)).toBe(true);
      if (i > 0) expect(tokens.start[i]).toBeGreaterThanOrEqual(tokens.end[i - 1]);
    }
    expect(text.slice(tokens.start[1], tokens.end[1]).length).toBeGreaterThan(0);
  });

  it("splits sentences and records each token's sentence", () => {
    const text = 'Japan protested. China rejected the protest on Friday. Talks are due in May.';
    const { sentences, tokens } = tokenize(text, nlp);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Japan protested.',
      'China rejected the protest on Friday.',
      'Talks are due in May.',
    ]);
    expect(tokens.sentence[tokens.sentence.length - 1]).toBe(2);
  });

  it('tags verbs and lemmatises irregular forms', () => {
    const text = 'The ministers met and held talks.';
    const { tokens } = tokenize(text, nlp);
    const at = (w: string) =>
      tokens.lemma[Array.from(tokens.start).findIndex((s, i) => text.slice(s, tokens.end[i]) === w)];
    expect(at('met')).toBe('meet');
    expect(at('held')).toBe('hold');
  });
});

describe('repairVerbTags', () => {
  const verbs = loadVerbLemmas();
  const tagOf = (text: string, word: string) => {
    const { tokens } = tokenize(text, nlp);
    repairVerbTags(tokens, verbs);
    const i = tokens.normal.indexOf(word);
    return [tokens.pos[i], tokens.lemma[i]];
  };

  it.each([
    ['Israel said it would free 40 detainees.', 'free', ['VERB', 'free']],
    ['The European Union pressured Hungary to drop its veto.', 'pressured', ['VERB', 'pressure']],
    ['The minister was pressured by the unions to resign.', 'pressured', ['VERB', 'pressure']],
  ])('%s: "%s" is a verb', (text, word, expected) => expect(tagOf(text, word)).toEqual(expected));

  it.each([
    ['The free market will decide.', 'free'],
    ['A tired delegation left early.', 'tired'],
  ])('%s: "%s" stays as tagged', (text, word) => {
    const { tokens } = tokenize(text, nlp);
    const before = tokens.pos[tokens.normal.indexOf(word)];
    expect(tagOf(text, word)[0]).toBe(before);
  });
});
