import { describe, expect, it } from 'vitest';
import { eventPlaces } from '../../src/context/places.js';
import { loadContextResources } from '../../src/context/resources.js';
import { findPlacePhrases } from '../../src/context/place-phrases.js';
import { handDoc, testResources, type HandEvent, type HandMention } from './helpers.js';

const resources = testResources(loadContextResources());

const place = (text: string, trigger: string | HandEvent, mentions: HandMention[] = []) => {
  const doc = handDoc(text, '2024-06-20', [typeof trigger === 'string' ? { trigger } : trigger], mentions);
  eventPlaces.run(doc, resources);
  return doc.events![0].location;
};

describe('findPlacePhrases', () => {
  it.each([
    ['Kim laid flowers at the Kumsusan Palace in Pyongyang.', ['Kumsusan Palace', 'Pyongyang']],
    ['In Pyongyang, crowds gathered.', ['Pyongyang']],
    ['Strikes hit targets in southern Gaza on Monday.', ['Gaza']],
    ['Fighting raged in Kharkiv, Ukraine, overnight.', ['Kharkiv']],
    ['Officials said in a statement that talks would go on.', []],
  ])('%s', (text, names) => {
    expect(findPlacePhrases(text, 0).map((p) => p.name)).toEqual(names);
  });
});

describe('eventPlaces', () => {
  it.each([
    [
      'The leader visited the Kumsusan Palace in Pyongyang on Wednesday.',
      'visited',
      'Kumsusan Palace of the Sun',
      'site',
      'PRK',
    ],
    [
      'The president landed at Pyongyang International Airport.',
      'landed',
      'Pyongyang International Airport',
      'site',
      'PRK',
    ],
    ['The two leaders met in Pyongyang.', 'met', 'Pyongyang', 'city', 'PRK'],
    ['Envoys held talks in Geneva on Tuesday.', 'held', 'Geneva', 'city', 'CHE'],
    ['Protesters rallied in Kiev against the decision.', 'rallied', 'Kyiv', 'city', 'UKR'],
    ['Diplomats met in Washington to discuss sanctions.', 'met', 'Washington, D.C.', 'city', 'USA'],
    ['Tensions rose on the Korean Peninsula after the launch.', 'rose', 'Korean Peninsula', 'region', null],
    ['Air strikes killed dozens in southern Gaza.', 'killed', 'southern Gaza Strip', 'region', 'PSE'],
    ['Settlers attacked a village in the West Bank.', 'attacked', 'West Bank', 'region', 'PSE'],
    ['Warships sailed through the Taiwan Strait on Sunday.', 'sailed', 'Taiwan Strait', 'region', null],
    ['Rebels clashed with troops in Sudan.', 'clashed', 'Sudan', 'country', 'SDN'],
    ['Houthi forces fired missiles at ships in the Red Sea.', 'fired', 'Red Sea', 'region', null],
    ['Russian forces shelled Kharkiv in eastern Ukraine.', 'shelled', 'eastern Ukraine', 'region', 'UKR'],
    ['Fighting raged in Kharkiv, Ukraine, overnight.', 'raged', 'Kharkiv', 'city', 'UKR'],
    ['Militants ambushed a convoy near Zlatoprud Pass.', 'ambushed', 'Zlatoprud Pass', 'unresolved', null],
  ] as const)('%s → %s', (text, trigger, name, precision, country) => {
    const p = place(text, trigger);
    expect(p).toMatchObject({ name, precision, country });
  });

  it('keeps the raw text and span of the place', () => {
    const text = 'The two leaders met in Pyongyang.';
    const p = place(text, 'met')!;
    expect(text.slice(p.start, p.end)).toBe('Pyongyang');
    expect(p.text).toBe('Pyongyang');
    expect(p.lat).toBeCloseTo(39.03, 1);
  });

  it('leaves location null when the sentence names no place', () => {
    expect(place('The two leaders met on Wednesday.', 'met')).toBeNull();
    expect(place('Officials said in a statement that talks would resume.', 'said')).toBeNull();
  });

  it('does not take an actor for a place', () => {
    const text = 'The United States imposed sanctions on Iran.';
    expect(place(text, 'imposed', [{ text: 'United States', code: 'USA' }])).toBeNull();
    const doc = handDoc(text, '2024-06-20', [{ trigger: 'imposed' }], [{ text: 'United States' }, { text: 'Iran' }]);
    doc.events![0].target = 1;
    eventPlaces.run(doc, resources);
    expect(doc.events![0].location).toBeNull();
  });

  it('takes a mention marked as a location', () => {
    const p = place('Washington hosted the summit.', 'hosted', [{ text: 'Washington', location: true, code: 'USA' }]);
    expect(p).toMatchObject({ name: 'Washington, D.C.', precision: 'city' });
    expect(
      place('Washington said the summit would go ahead.', 'said', [{ text: 'Washington', code: 'USAGOV' }]),
    ).toBeNull();
  });

  it('places a site without a city at the article dateline city', () => {
    const text = 'SEOUL, June 20 - Officials met at the Grand Harmony Hotel. The talks ended.';
    const p = place(text, 'met');
    expect(p).toMatchObject({ name: 'Grand Harmony Hotel', precision: 'site', country: 'KOR' });
  });

  it('chooses the place nearest the trigger', () => {
    const text = 'After talks in Beijing, the minister flew on and signed the deal in Hanoi.';
    expect(place(text, 'signed')?.name).toBe('Hanoi');
    expect(place(text, 'talks')?.name).toBe('Beijing');
  });
});
