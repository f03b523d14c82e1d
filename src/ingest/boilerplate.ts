import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DataFileError, readYamlList } from '../load-data.js';

/** One kind of page-chrome line: a whole-line regular expression and the longest line it may remove. */
export interface BoilerplateRule {
  pattern: RegExp;
  maxLength: number;
  note?: string;
}

const entrySchema = z.object({
  pattern: z.string().min(1),
  maxLength: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
});

/** Finds `data/ingest/boilerplate.yaml` by walking up from this module (works from `src/` and from `dist/`). */
export function boilerplatePath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'ingest', 'boilerplate.yaml');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new DataFileError('dyad: cannot find data/ingest/boilerplate.yaml; reinstall dyad or restore the data folder.');
}

/**
 * Reads the boilerplate line list (default `data/ingest/boilerplate.yaml`) and compiles each entry into a
 * case-insensitive regular expression anchored at both ends.
 *
 * @throws DataFileError naming the file and line of an entry that is not valid or whose pattern does not compile.
 */
export function loadBoilerplate(path: string = boilerplatePath()): BoilerplateRule[] {
  return readYamlList(path, entrySchema).map((entry, i) => {
    let pattern: RegExp;
    try {
      pattern = new RegExp(`^(?:${entry.pattern})$`, 'iu');
    } catch (e) {
      throw new DataFileError(
        `dyad: ${path}: entry ${i + 1}: the pattern does not compile (${(e as Error).message}); fix the regular expression.`,
      );
    }
    return { pattern, maxLength: entry.maxLength ?? 80, note: entry.note };
  });
}

let cached: BoilerplateRule[] | undefined;

/** The default rules, read once per process (the list is immutable data, not state). */
export function defaultBoilerplate(): BoilerplateRule[] {
  cached ??= loadBoilerplate();
  return cached;
}
