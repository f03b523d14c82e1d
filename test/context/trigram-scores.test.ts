import { describe, expect, it } from 'vitest';
import { francAll } from 'franc-min';
import { trigramScores } from '../../src/context/trigram-scores.js';
import { englishFunctionWordShare, NEWS_LANGUAGES } from '../../src/context/language.js';

const ONLY = Object.keys(NEWS_LANGUAGES);

const SAMPLES = [
  'The foreign ministers of the two neighbouring countries met in the capital on Tuesday to discuss a long-running dispute.',
  'Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday. NATO condemned Iran.',
  'Les ministres des Affaires étrangères des deux pays voisins se sont rencontrés mardi dans la capitale.',
  'Die Außenminister der beiden Nachbarländer trafen sich am Dienstag in der Hauptstadt, um über Fischereirechte zu sprechen.',
  'Los ministros de Asuntos Exteriores de los dos países vecinos se reunieron el martes en la capital.',
  'Путин встретился с Ким Чен Ыном в Пхеньяне, сообщил Кремль в среду.',
  'Міністри закордонних справ двох країн зустрілися у вівторок у столиці.',
  'التقى وزيرا خارجية البلدين في العاصمة يوم الثلاثاء لمناقشة نزاع طويل الأمد.',
  '两国外长周二在首都会晤，讨论长期存在的渔业权和边界争端。',
  '両国の外相は火曜日に首都で会談し、漁業権と国境をめぐる長年の紛争について話し合った。',
  '양국 외교장관은 화요일 수도에서 만나 어업권과 국경을 둘러싼 오랜 분쟁을 논의했다.',
  'Οι υπουργοί Εξωτερικών των δύο γειτονικών χωρών συναντήθηκαν την Τρίτη στην πρωτεύουσα.',
  'दोनों देशों के विदेश मंत्रियों ने मंगलवार को राजधानी में मुलाकात की।',
  'Mawaziri wa mambo ya nje wa nchi hizo mbili walikutana Jumanne katika mji mkuu.',
  '1234 5678 !!! ??? --- 2024-06-19',
  '   \t\n  ',
  'a',
  'ab',
  'Ünïcödé  ÀÉÎÕÜ\u00a0\u2003mixed   WHITE\tspace\r\nand 𝒜𝓈𝓉𝓇𝒶𝓁 letters 😀 and lone \ud800 surrogate',
];

/** Deterministic random text from a mix of scripts, digits, punctuation and white space. */
function randomText(seed: number, length: number): string {
  let s = seed >>> 0;
  const r = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pools = [
    'abcdefghijklmnopqrstuvwxyz',
    'ABCDEFGHIJ',
    'éèàüößçñ',
    ' ',
    '  \t\n',
    '0123456789',
    '.,;:!?-"\'()@',
    'абвгдежзи',
    'αβγδε',
    'الكتاب',
    '中文字',
  ];
  let out = '';
  for (let i = 0; i < length; i++) {
    const p = pools[Math.floor(r() * (r() < 0.7 ? 4 : pools.length))];
    out += p[Math.floor(r() * p.length)];
  }
  return out;
}

describe('trigramScores', () => {
  it('gives exactly what franc-min gives on real text', () => {
    for (const text of SAMPLES) expect(trigramScores(text, ONLY)).toEqual(francAll(text, { only: ONLY, minLength: 1 }));
  });

  it('gives exactly what franc-min gives on random text, long and short', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed, seed % 7 === 0 ? 3000 : seed * 5);
      expect(trigramScores(text, ONLY)).toEqual(francAll(text, { only: ONLY, minLength: 1 }));
      expect(trigramScores(text, [])).toEqual(francAll(text, { minLength: 1 }));
    }
  });

  it('is und on empty text', () => {
    expect(trigramScores('', ONLY)).toEqual(francAll('', { only: ONLY, minLength: 1 }));
  });
});

describe('englishFunctionWordShare', () => {
  const reference = (text: string) => {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    return words.length
      ? words.filter((w) =>
          [
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
          ].includes(w),
        ).length / words.length
      : 0;
  };
  it('counts the same on ASCII and non-ASCII text', () => {
    for (const text of SAMPLES) expect(englishFunctionWordShare(text)).toBe(reference(text));
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(seed, 400).replace(/[^\x00-\x7f]/g, seed % 2 ? '' : 'é');
      expect(englishFunctionWordShare(text)).toBe(reference(text));
    }
  });
});
