import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { createDyad } from '../../src/index.js';
import { tokens } from '../../src/text/tokenize.js';
import { actorMentions } from '../../src/actors/mentions.js';
import { coreference } from '../../src/actors/coref.js';

const dyad = createDyad({ stages: [tokens, actorMentions, coreference] });

function mentions(text: string, date?: string) {
  const doc = dyad.process(createDoc('t', text, { published: date }));
  return doc.mentions!.map((m) => ({
    text: text.slice(m.start, m.end),
    code: m.code,
    location: Boolean(m.location),
    rule: m.rule,
  }));
}

/** [sentence, article date, expected mentions as "text=CODE"]. */
const FOUND: Array<[string, string | undefined, string[]]> = [
  // countries by name, short name, abbreviation, adjective + role
  ['Japan lodged a protest with China.', undefined, ['Japan=JPN', 'China=CHN']],
  ['The U.S. and the UK signed the deal.', undefined, ['U.S.=USA', 'UK=GBR']],
  ['The DPRK rejected the offer from the ROK.', undefined, ['DPRK=PRK', 'ROK=KOR']],
  ['Russian troops crossed the border.', undefined, ['Russian troops=RUSMIL']],
  ['U.S. intelligence officials briefed reporters.', undefined, ['U.S. intelligence officials=USASPY']],
  ['Iranian police detained two journalists.', undefined, ['Iranian police=IRNCOP']],
  ["North Korea's leader spoke on Monday.", undefined, ["North Korea's leader=PRKGOV"]],
  ['Indian Foreign Minister Jane Doe-Smith arrived.', undefined, ['Indian Foreign Minister Jane Doe=INDGOV']],
  // people by the office held on the article's date
  ['North Korean leader Kim Jong Un inspected a factory.', '2024-06-19', ['North Korean leader Kim Jong Un=PRKGOV']],
  ['Kim Jong-un inspected a factory.', '2024-06-19', ['Kim Jong-un=PRKGOV']],
  // seats of government as metonyms
  ['The Kremlin dismissed the report.', undefined, ['Kremlin=RUSGOV']],
  ['Pyongyang said the drills were a provocation.', undefined, ['Pyongyang=PRKGOV']],
  // organisations
  ['The United Nations called for calm.', undefined, ['United Nations=IGOUNO']],
  // regions as actors
  ['Officials in the West are worried.', undefined, ['Officials in the West=WST']],
  // compound actors
  ['The U.S., South Korea, and Japan held drills.', undefined, ['U.S.=USA', 'South Korea=KOR', 'Japan=JPN']],
];

describe('actor mentions', () => {
  it.each(FOUND)('%s', (text, date, expected) => {
    const got = mentions(text, date).map((m) => `${m.text}=${m.code}`);
    for (const e of expected) expect(got).toContain(e);
  });

  it('groups the members of a compound actor', () => {
    const doc = dyad.process(createDoc('t', 'Both Russia and North Korea have denied it.', {}));
    const [a, b] = doc.mentions!;
    expect(a.group).toBeDefined();
    expect(a.group).toBe(b.group);
  });
});

/** Places, people and words that must not become actors. */
const NOT_ACTORS: Array<[string, string]> = [
  ['Michael Jordan scored 40 points.', 'Jordan'],
  ['Roast the turkey for three hours.', 'turkey'],
  ['Let us know what you think.', 'us'],
  ['Missiles hit the port overnight.', 'Missiles'],
];

describe('words that are not actors', () => {
  it.each(NOT_ACTORS)('%s (%s)', (text, word) => {
    expect(mentions(text).some((m) => m.text.includes(word))).toBe(false);
  });

  it.each([
    ['The summit took place in Pyongyang.', 'Pyongyang'],
    ['Talks were held at the Kremlin.', 'the Kremlin'],
    ['Fighting continued in Ukraine.', 'Ukraine'],
  ])('%s: %s is a place', (text, word) => {
    const m = mentions(text).find((x) => x.text.includes(word.replace(/^the /, '')));
    expect(m?.location).toBe(true);
  });
});

describe('coreference', () => {
  it('resolves the two leaders to the last two people', () => {
    const text =
      'North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing. The two leaders signed a pact.';
    const got = mentions(text, '2019-06-20')
      .filter((m) => m.text === 'The two leaders')
      .map((m) => m.code);
    expect(got.sort()).toEqual(['CHNGOV', 'PRKGOV']);
  });

  it('resolves a pronoun to the nearest person', () => {
    const text = 'Chinese President Xi Jinping arrived in Moscow. He was greeted at the airport.';
    const he = mentions(text, '2023-03-20').find((m) => m.text === 'He');
    expect(he?.code).toBe('CHNGOV');
    expect(he?.rule).toBe('coref:pronoun/he');
  });

  it('resolves "the U.S. ally" to the last other country', () => {
    const text = 'North Korea fired shells toward South Korea. Pyongyang has threatened the U.S. ally before.';
    const ally = mentions(text).find((m) => m.text === 'the U.S. ally');
    expect(ally?.code).toBe('KOR');
  });

  it('resolves "the reclusive state" to the last country', () => {
    const text = 'Russia may help North Korea build submarines. That could help the reclusive state.';
    const m = mentions(text).find((x) => x.text === 'the reclusive state');
    expect(m?.code).toBe('PRK');
  });
});
