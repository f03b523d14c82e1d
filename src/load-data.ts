import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { z } from 'zod';

/** Thrown when a data file does not follow its schema; the message names the file, line and what is wrong. */
export class DataFileError extends Error {}

/**
 * Reads a YAML file holding a list of entries and validates each against `schema`.
 *
 * @throws DataFileError naming the file, the line of the bad entry and the problem.
 */
export function readYamlList<S extends z.ZodType>(path: string, schema: S): z.infer<S>[] {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new DataFileError(`dyad: cannot read the data file ${path}; reinstall dyad or restore the file.`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const { line } = lineCounter.linePos(e.pos[0]);
    throw new DataFileError(`dyad: ${path}:${line}: YAML syntax error: ${e.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) throw new DataFileError(`dyad: ${path}:1: expected a list of entries (lines starting with "- ").`);
  const out: z.infer<S>[] = [];
  root.items.forEach((item, i) => {
    const value = (item as { toJSON(): unknown }).toJSON();
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const range = (item as { range?: [number, number, number] }).range;
      const line = range ? lineCounter.linePos(range[0]).line : i + 1;
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? ` (field ${issue.path.join('.')})` : '';
      throw new DataFileError(`dyad: ${path}:${line}: entry ${i + 1}${where}: ${issue.message}`);
    }
    out.push(parsed.data);
  });
  return out;
}
