import { describe, expect, it } from 'vitest';
import { createPipeline, PipelineOrderError, type Stage } from '../src/pipeline.js';
import { tokens } from '../src/text/tokenize.js';
import { actorMentions } from '../src/actors/mentions.js';
import { coreference } from '../src/actors/coref.js';
import { events } from '../src/events/code-events.js';
import { loadResources } from '../src/resources.js';
import { createDoc } from '../src/doc.js';

const resources = loadResources();

describe('pipeline', () => {
  it('refuses stages in an order that cannot work, naming the fix', () => {
    expect(() => createPipeline([actorMentions, tokens], resources)).toThrow(PipelineOrderError);
    expect(() => createPipeline([actorMentions, tokens], resources)).toThrow(/put "tokens" before "actors"/);
  });

  it('names a layer no stage provides', () => {
    const needsPlaces: Stage = { name: 'mapper', reads: ['places'], adds: [], run() {} };
    expect(() => createPipeline([tokens, needsPlaces], resources)).toThrow(
      /reads "places", which no earlier stage adds/,
    );
  });

  it('runs the stages in order over one document', () => {
    const p = createPipeline([tokens, actorMentions, coreference, events], resources);
    const doc = p.run(createDoc('a', 'Japan condemned North Korea on Tuesday.', { published: '2024-03-05' }));
    expect(doc.sentences).toHaveLength(1);
    expect(doc.mentions!.map((m) => m.code)).toEqual(['JPN', 'PRK']);
    expect(doc.events!.map((e) => e.code)).toContain('111');
  });

  it('stops at a document a stage marked as skipped', () => {
    const skipper: Stage = {
      name: 'skipper',
      reads: ['text'],
      adds: ['language'],
      run(doc) {
        doc.skipped = true;
        doc.messages.push({ ruleId: 'test/skip', reason: 'skipped for the test', level: 'skip' });
      },
    };
    const p = createPipeline([skipper, tokens], resources);
    const doc = p.run(createDoc('a', 'Japan condemned North Korea.'));
    expect(doc.tokens).toBeUndefined();
    expect(doc.messages[0].ruleId).toBe('test/skip');
  });

  it('turns a stage that throws into a skipped document with the reason, so a batch goes on', () => {
    const broken: Stage = {
      name: 'broken',
      reads: ['tokens'],
      adds: [],
      run() {
        throw new Error('boom');
      },
    };
    const p = createPipeline([tokens, broken], resources);
    const doc = p.run(createDoc('a', 'Japan condemned North Korea.'));
    expect(doc.skipped).toBe(true);
    expect(doc.messages[0]).toMatchObject({ ruleId: 'pipeline/stage-failed', level: 'skip', stage: 'broken' });
    expect(doc.messages[0].reason).toMatch(/boom/);
  });
});
