import type { Layer, NewsDoc } from './doc.js';
import type { Resources } from './resources.js';

/**
 * A pipeline stage: a name, the layers it reads and adds, and a plain function over the document.
 * Stages hold no state of their own; everything they need to look up comes in `resources`.
 */
export interface Stage {
  name: string;
  reads: Layer[];
  adds: Layer[];
  run(doc: NewsDoc, resources: Resources): void;
}

/** Thrown at start-up when stages are in an order that cannot work. */
export class PipelineOrderError extends Error {}

/**
 * A checked list of stages, run in order on each document. A stage that throws marks the document skipped with the
 * reason, so one article that trips a bug never stops a batch.
 */
export interface Pipeline {
  stages: readonly Stage[];
  run(doc: NewsDoc): NewsDoc;
}

/**
 * Checks that every stage's `reads` are added by an earlier stage (or given in `initial`) and builds the pipeline.
 *
 * @throws PipelineOrderError naming the stage and the missing layer, and which stage would add it.
 */
export function createPipeline(stages: readonly Stage[], resources: Resources, initial: Layer[] = ['text']): Pipeline {
  const have = new Set<Layer>(initial);
  for (const stage of stages) {
    for (const layer of stage.reads) {
      if (!have.has(layer)) {
        const provider = stages.find((s) => s.adds.includes(layer));
        throw new PipelineOrderError(
          `dyad: stage "${stage.name}" reads "${layer}", which no earlier stage adds` +
            (provider ? `; put "${provider.name}" before "${stage.name}".` : '; add a stage that provides it.'),
        );
      }
    }
    for (const layer of stage.adds) have.add(layer);
  }
  return {
    stages,
    run(doc) {
      for (const stage of stages) {
        if (doc.skipped) break;
        try {
          stage.run(doc, resources);
        } catch (e) {
          doc.skipped = true;
          doc.messages.push({
            ruleId: 'pipeline/stage-failed',
            level: 'skip',
            stage: stage.name,
            reason: `stage "${stage.name}" failed (${(e as Error).message}); this is a bug in dyad: please report it with this article`,
          });
        }
      }
      return doc;
    },
  };
}
