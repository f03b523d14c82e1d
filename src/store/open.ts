import { openPostgresStore, type PostgresOptions } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

/** The database used when neither `--db` nor `DYAD_DB` names one. */
export const DEFAULT_DB = './dyad.db';

/**
 * Opens the store named by `dbSpec` (from `--db`), else `DYAD_DB`, else `./dyad.db`: a `postgres://` or
 * `postgresql://` URL opens PostgreSQL, anything else is a SQLite file path (`:memory:` for a throwaway store).
 * Migrations run on open.
 */
export async function openStore(dbSpec?: string, options: PostgresOptions = {}): Promise<Store> {
  const spec = dbSpec || process.env.DYAD_DB || DEFAULT_DB;
  if (/^postgres(ql)?:\/\//i.test(spec)) return openPostgresStore(spec, options);
  return openSqliteStore(spec);
}
