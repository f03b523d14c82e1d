import Database from 'better-sqlite3';
import { sqliteDialect } from './dialect.js';
import { sqliteMigrations, type Migration } from './migrations/index.js';
import type { Executor, Op, Program } from './program.js';
import { ReadPool, defaultReaders } from './read-pool.js';
import { SqlStore } from './sql-store.js';

type Statement = Database.Statement<unknown[], Record<string, unknown>>;

function bindable(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

/**
 * Runs store programs on one better-sqlite3 connection, caching prepared statements: writes synchronously (a
 * transaction never interleaves with another request), reads on a {@link ReadPool} of reader threads when given one.
 */
export class SqliteExecutor implements Executor {
  private readonly statements = new Map<string, Statement>();

  constructor(
    readonly db: Database.Database,
    private readonly pool?: ReadPool,
  ) {}

  private prepare(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql) as Statement;
      this.statements.set(sql, s);
    }
    return s;
  }

  private step(op: Op): unknown {
    if (op.kind === 'all') return this.prepare(op.sql).all(...op.params.map(bindable));
    if (op.kind === 'run') return this.prepare(op.sql).run(...op.params.map(bindable)).changes;
    const s = this.prepare(
      `INSERT INTO ${op.table} (${op.columns.join(', ')}) VALUES (${op.columns.map(() => '?').join(', ')})${op.onConflict ? ` ${op.onConflict}` : ''}`,
    );
    let inserted = 0;
    for (const row of op.rows) inserted += s.run(...row.map(bindable)).changes;
    return inserted;
  }

  /** Runs a program to its end without yielding to the event loop, so no other request can interleave. */
  runSync<T>(program: Program<T>, transaction: boolean): T {
    const drive = (): T => {
      let next = program.next();
      while (!next.done) next = program.next(this.step(next.value));
      return next.value;
    };
    return transaction ? this.db.transaction(drive)() : drive();
  }

  async execute<T>(program: Program<T>, transaction: boolean): Promise<T> {
    return this.runSync(program, transaction);
  }

  /** Runs a read on a reader thread when one is ready, else here. */
  async read<T>(program: Program<T>): Promise<T> {
    return this.pool?.run(program) ?? this.runSync(program, false);
  }

  async close(): Promise<void> {
    await this.pool?.close();
    if (this.db.open) this.db.close();
  }
}

/** Applies the migrations newer than the database's `schema_migrations`, each in its own transaction. */
export function migrateSqlite(db: Database.Database, migrations: Migration[] = sqliteMigrations): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  if (current > latest) {
    throw new Error(
      `dyad: the database is at schema version ${current}, newer than this dyad knows (${latest}); upgrade dyad`,
    );
  }
  for (const m of migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version)) {
    db.transaction(() => {
      for (const s of m.statements) db.exec(s);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
  return latest;
}

/** Options for a SQLite store. */
export interface SqliteOptions {
  /**
   * Reader threads, each with its own read-only connection, that run queries off the event loop and in parallel
   * (default {@link defaultReaders}: `DYAD_SQLITE_READERS`, else 2 to 4 by CPU count; 0 runs every query on the
   * calling thread). They start on the first read; `:memory:` stores always read on the calling thread.
   */
  readers?: number;
}

/**
 * Opens (creating if needed) a SQLite store at `path` (`:memory:` for a throwaway one): WAL journal, foreign keys on,
 * migrations applied.
 */
export function openSqliteStore(path: string, options: SqliteOptions = {}): SqlStore {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new Error(
      `dyad: cannot open the SQLite database ${path} (${(err as Error).message}); check the path and its folder's permissions`,
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    migrateSqlite(db);
  } catch (err) {
    db.close();
    const message = (err as Error).message;
    throw new Error(
      message.startsWith('dyad:')
        ? message
        : `dyad: ${path} is not a dyad database (${message}); pass another --db path`,
    );
  }
  const readers =
    path === '' || path === ':memory:' || path.startsWith('file::memory:') ? 0 : (options.readers ?? defaultReaders());
  const pool = readers > 0 ? new ReadPool(db.name, readers, bindable) : undefined;
  return new SqlStore(new SqliteExecutor(db, pool), sqliteDialect);
}
