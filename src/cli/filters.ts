import { EventQuery } from '../store/index.js';
import { UsageError } from './command.js';

/** Flags that select events, shared by `events`, `export` and `alerts`. */
export const SELECT_FLAGS = [
  'actor',
  'dyad',
  'code',
  'quad',
  'plover',
  'modality',
  'since',
  'until',
  'country',
  'bbox',
  'q',
] as const;

/** Event filters as CLI flags: the selection plus one article and paging. */
export const FILTER_FLAGS = [...SELECT_FLAGS, 'article', 'limit', 'cursor'] as const;

/** parseArgs options for the filter flags. */
export const FILTER_OPTIONS = {
  directed: { type: 'boolean' as const },
  ...Object.fromEntries(FILTER_FLAGS.map((f) => [f, { type: 'string' as const }])),
};

/** The raw filter values given on the command line. */
export function rawFilters(
  values: Record<string, unknown>,
  allowed: readonly string[] = FILTER_FLAGS,
): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const f of allowed) if (typeof values[f] === 'string') raw[f] = values[f] as string;
  if (values.directed) raw.directed = 'true';
  return raw;
}

/** Parses the filter flags into a store query, or throws a usage error naming the bad flag. */
export function queryFromFlags(command: string, values: Record<string, unknown>): EventQuery {
  const parsed = EventQuery.safeParse(rawFilters(values));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`dyad ${command}: --${issue.path.join('.')}: ${issue.message}.`);
  }
  return parsed.data;
}
