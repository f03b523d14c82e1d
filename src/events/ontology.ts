import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DataFileError } from '../load-data.js';

const cameoCode = z.string().regex(/^\d{2,4}$/, 'a CAMEO code of 2 to 4 digits');

/** The facts about one CAMEO event code, as written by `npm run build:ontology`. */
export const CameoCode = z
  .object({
    code: cameoCode,
    /** The 2-digit root (cue category). */
    root: z.string().regex(/^\d{2}$/),
    name: z.string().min(1),
    /** Goldstein conflict-cooperation score, -10 to +10. */
    goldstein: z.number().min(-10).max(10),
    /** Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    /** PLOVER event and mode, or null for the statement and appeal roots PLOVER drops. */
    plover: z
      .object({ event: z.string().min(1), mode: z.string().nullable(), context: z.array(z.string()).default([]) })
      .nullable(),
    /** Set when the tables give no Goldstein score and the parent's was used. */
    goldsteinFrom: cameoCode.optional(),
    /** Set when the PLOVER table does not list the code and an ancestor's mapping was used. */
    ploverFrom: cameoCode.optional(),
  })
  .strict();
export type CameoCode = z.infer<typeof CameoCode>;

/** Lookup over the CAMEO codes. */
export interface Ontology {
  /** Every code in CAMEO order (a root, then its children: `01`, `010`, `011` ... `02`). */
  readonly codes: readonly CameoCode[];
  /** The entry for a code, or undefined when the code is not CAMEO. */
  get(code: string): CameoCode | undefined;
  /** The root entry of a code (`'0871'` → the `'08'` entry); undefined when the code is not CAMEO. */
  root(code: string): CameoCode | undefined;
  has(code: string): boolean;
}

/** Finds `data/events/cameo.json` by walking up from this module (works from `src/` and from `dist/`). */
export function ontologyPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'events', 'cameo.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new DataFileError('dyad: cannot find data/events/cameo.json; run `npm run build:ontology` or reinstall dyad.');
}

/**
 * Reads and validates the CAMEO ontology (default `data/events/cameo.json`).
 *
 * @throws DataFileError naming the file and the bad code when the file is missing, not JSON or not valid.
 */
export function loadOntology(path: string = ontologyPath()): Ontology {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (e as Error).message;
    throw new DataFileError(`dyad: cannot read the CAMEO ontology ${path} (${why}); run \`npm run build:ontology\`.`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DataFileError(`dyad: ${path}: expected an object keyed by CAMEO code; run \`npm run build:ontology\`.`);
  }
  const byCode = new Map<string, CameoCode>();
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = CameoCode.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? ` field ${issue.path.join('.')}` : '';
      throw new DataFileError(
        `dyad: ${path}: code "${key}"${where}: ${issue.message}; run \`npm run build:ontology\`.`,
      );
    }
    if (parsed.data.code !== key || !key.startsWith(parsed.data.root)) {
      throw new DataFileError(
        `dyad: ${path}: code "${key}" has code "${parsed.data.code}" and root "${parsed.data.root}".`,
      );
    }
    byCode.set(key, parsed.data);
  }
  for (const code of byCode.keys()) {
    if (!byCode.has(code.slice(0, 2))) {
      throw new DataFileError(`dyad: ${path}: code "${code}" has no root entry "${code.slice(0, 2)}".`);
    }
  }
  // JSON objects list integer-like keys ("10", "1011") first, so the file's order is not CAMEO order: sort.
  const codes = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    codes,
    get: (code) => byCode.get(code),
    root: (code) => (byCode.has(code) ? byCode.get(code.slice(0, 2)) : undefined),
    has: (code) => byCode.has(code),
  };
}
