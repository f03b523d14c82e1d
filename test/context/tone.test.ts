import { describe, expect, it } from 'vitest';
import { tone } from '../../src/context/tone.js';
import { handDoc, testResources } from './helpers.js';

const run = (text: string) => {
  const doc = handDoc(text, '2024-06-20', [{ trigger: text.split(' ')[1] }]);
  tone.run(doc, testResources());
  return doc;
};

describe('tone', () => {
  it.each([
    ['The ministers welcomed the peaceful agreement and praised the successful talks.', 1],
    ['Rebels killed dozens of civilians in a brutal attack that destroyed homes.', -1],
    ['The committee met on Tuesday to review the budget.', 0],
  ])('%s has sign %d', (text, sign) => {
    const doc = run(text);
    expect(Math.sign(doc.tone!.tone)).toBe(sign);
    expect(doc.events![0].tone).toBe(doc.sentenceTone![0]);
  });

  it('reports percentages of positive and negative words and their difference', () => {
    const doc = run('Leaders praised the deal. Troops killed the men.');
    const t = doc.tone!;
    expect(t.words).toBe(8);
    expect(t.positive).toBeCloseTo(12.5, 3);
    expect(t.negative).toBeCloseTo(12.5, 3);
    expect(t.tone).toBeCloseTo(0, 6);
    expect(doc.sentenceTone![0]).toBeGreaterThan(0);
    expect(doc.sentenceTone![1]).toBeLessThan(0);
  });

  it('gives an empty text a neutral tone', () => {
    const doc = handDoc('', undefined);
    tone.run(doc, testResources());
    expect(doc.tone).toEqual({ tone: 0, positive: 0, negative: 0, words: 0 });
  });
});
