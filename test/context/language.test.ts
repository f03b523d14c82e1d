import { describe, expect, it } from 'vitest';
import { language } from '../../src/context/language.js';
import { createDoc } from '../../src/doc.js';
import { testResources } from './helpers.js';

const run = (text: string) => {
  const doc = createDoc('t', text);
  language.run(doc, testResources());
  return doc;
};

const ENGLISH =
  'The foreign ministers of the two neighbouring countries met in the capital on Tuesday to discuss a long-running ' +
  'dispute over fishing rights and the border. Officials said the talks were frank and that a further round would be ' +
  'held next month, although neither side offered concessions.';
const FRENCH =
  'Les ministres des Affaires étrangères des deux pays voisins se sont rencontrés mardi dans la capitale pour discuter ' +
  "d'un différend ancien sur les droits de pêche et la frontière. Selon des responsables, les discussions ont été " +
  'franches et une nouvelle série de réunions aura lieu le mois prochain.';
const GERMAN =
  'Die Außenminister der beiden Nachbarländer trafen sich am Dienstag in der Hauptstadt, um über einen seit langem ' +
  'schwelenden Streit über Fischereirechte und den Grenzverlauf zu sprechen. Nach Angaben von Beamten waren die ' +
  'Gespräche offen, und im kommenden Monat soll eine weitere Runde stattfinden.';
const SPANISH =
  'Los ministros de Asuntos Exteriores de los dos países vecinos se reunieron el martes en la capital para discutir ' +
  'una antigua disputa sobre los derechos de pesca y la frontera. Según los funcionarios, las conversaciones fueron ' +
  'francas y la próxima ronda se celebrará el mes que viene.';

describe('language', () => {
  it('keeps English', () => {
    const doc = run(ENGLISH);
    expect(doc.language).toBe('en');
    expect(doc.skipped).toBeUndefined();
    expect(doc.messages).toEqual([]);
  });

  it.each([
    [FRENCH, 'fr', 'French'],
    [GERMAN, 'de', 'German'],
    [SPANISH, 'es', 'Spanish'],
  ])('skips a non-English paragraph (%#)', (text, code, name) => {
    const doc = run(text);
    expect(doc.language).toBe(code);
    expect(doc.skipped).toBe(true);
    expect(doc.messages).toEqual([
      {
        ruleId: 'language/not-english',
        level: 'skip',
        stage: 'language',
        reason: `dyad codes English; this article is in ${name} (${code})`,
      },
    ]);
  });

  it.each([
    'Les ministres se sont rencontrés mardi.',
    'Die Außenminister trafen sich am Dienstag.',
    'Путин встретился с Ким Чен Ыном в Пхеньяне.',
  ])('never skips a short line: %s', (text) => {
    const doc = run(text);
    expect(doc.skipped).toBeUndefined();
    expect(doc.language).toBeNull();
  });
});
