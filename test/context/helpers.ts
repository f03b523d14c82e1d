import { createDoc, type DocEvent, type Mention, type Modality, type NewsDoc } from '../../src/doc.js';
import type { Resources } from '../../src/resources.js';
import { loadNlp } from '../../src/text/nlp.js';
import { tokenize } from '../../src/text/tokenize.js';

const nlp = loadNlp();

/** An event written by hand: its trigger word (the `nth` occurrence in the text, default first) and its modality. */
export interface HandEvent {
  trigger: string;
  nth?: number;
  code?: string;
  modality?: Modality;
}

/** A mention written by hand: the text it covers and whether it names a place. */
export interface HandMention {
  text: string;
  nth?: number;
  code?: string;
  location?: boolean;
  kind?: Mention['kind'];
}

function find(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`test: "${needle}" not found ${nth + 1} times in "${text}"`);
  }
  return at;
}

/**
 * Builds a tokenised `NewsDoc` with hand-written events and mentions: offsets are found by searching the text. The
 * first mention (if any) is every event's source; events get no target.
 */
export function handDoc(
  text: string,
  published: string | undefined,
  events: HandEvent[] = [],
  mentions: HandMention[] = [],
): NewsDoc {
  const doc = createDoc('t', text, published ? { published } : {});
  const { sentences, tokens } = tokenize(text, nlp);
  doc.sentences = sentences;
  doc.tokens = tokens;
  const sentenceAt = (i: number) =>
    Math.max(
      0,
      sentences.findIndex((s) => s.start <= i && i < s.end),
    );
  doc.mentions = mentions.map((m) => {
    const start = find(text, m.text, m.nth);
    return {
      start,
      end: start + m.text.length,
      code: m.code ?? 'XXX',
      country: null,
      sector: null,
      name: m.text,
      kind: m.kind ?? 'country',
      sentence: sentenceAt(start),
      tokenStart: 0,
      tokenEnd: 0,
      rule: 'test',
      ...(m.location !== undefined ? { location: m.location } : {}),
    };
  });
  doc.events = events.map((e): DocEvent => {
    const start = find(text, e.trigger, e.nth);
    return {
      code: e.code ?? '040',
      sentence: sentenceAt(start),
      trigger: { start, end: start + e.trigger.length },
      source: doc.mentions!.length ? 0 : -1,
      target: -1,
      modality: e.modality ?? 'asserted',
      attribution: -1,
      rule: 'test',
      confidence: 1,
    };
  });
  return doc;
}

/** Resources for a context stage test: only what the context stages read (no actor dictionaries or patterns). */
export function testResources(extra: object = {}): Resources {
  return { nlp, ...extra } as unknown as Resources;
}
