/**
 * Store logic is written once, as generator "programs" that yield SQL operations; each engine runs them (SQLite
 * synchronously inside one better-sqlite3 transaction, PostgreSQL over one pooled client). The same code therefore
 * decides what both engines do, and a SQLite transaction never interleaves with another request.
 */

/** Run a statement and receive its rows. Placeholders are `?`; the PostgreSQL engine numbers them. */
export interface AllOp {
  kind: 'all';
  sql: string;
  params: unknown[];
}

/** Run a statement and receive the number of changed rows. */
export interface RunOp {
  kind: 'run';
  sql: string;
  params: unknown[];
}

/** Insert many rows; the engine picks the fastest way (prepared statement loop, multi-row VALUES). */
export interface InsertOp {
  kind: 'insert';
  table: string;
  columns: string[];
  rows: unknown[][];
  /** Trailing clause such as `ON CONFLICT (id) DO NOTHING`. */
  onConflict?: string;
}

export type Op = AllOp | RunOp | InsertOp;

/** A store program: yields operations, receives rows (for `all`) or change counts, returns its result. */
export type Program<T> = Generator<Op, T, any>;

/** Yields a query and returns its rows. */
export function* all<R = Record<string, unknown>>(sql: string, params: unknown[] = []): Program<R[]> {
  return (yield { kind: 'all', sql, params }) as R[];
}

/** Yields a statement and returns the number of rows it changed. */
export function* run(sql: string, params: unknown[] = []): Program<number> {
  return (yield { kind: 'run', sql, params }) as number;
}

/** Yields a bulk insert and returns the number of rows inserted (rows skipped by `ON CONFLICT DO NOTHING` not counted). */
export function* insert(table: string, columns: string[], rows: unknown[][], onConflict?: string): Program<number> {
  if (rows.length === 0) return 0;
  return Number((yield { kind: 'insert', table, columns, rows, onConflict }) ?? 0);
}

/** Runs programs against one engine. */
export interface Executor {
  /** Runs a program; with `transaction`, all of its writes commit together or not at all. */
  execute<T>(program: Program<T>, transaction: boolean): Promise<T>;
  /** Runs a program that only reads (`all` operations); an engine may run it off the event loop, beside other reads. */
  read<T>(program: Program<T>): Promise<T>;
  close(): Promise<void>;
}
