import type { DocEvent } from '../doc.js';
import type { PatternMatch } from './match.js';

/** An event before it is split into one event per member of compound actors. */
export interface Draft {
  match: PatternMatch;
  source: number;
  target: number;
  modality: DocEvent['modality'];
  attribution: number;
  confidence: number;
  rule: string;
}
