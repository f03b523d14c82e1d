import pg from 'pg';
import { postgresDialect } from './dialect.js';
import { postgresMigrations, type Migration } from './migrations/index.js';
import type { Executor, Op, Program } from './program.js';
import { SqlStore } from './sql-store.js';

/** Numbers `?` placeholders as `$1, $2, …` (store SQL never has `?` inside literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const MAX_PARAMS = 60_000;

/** Runs store programs over a `pg` pool, one client per program, inside BEGIN/COMMIT when transactional. */
export class PostgresExecutor implements Executor {
  constructor(readonly pool: pg.Pool) {}

  private async step(client: pg.PoolClient, op: Op): Promise<unknown> {
    if (op.kind === 'all') return (await client.query(numberPlaceholders(op.sql), op.params)).rows;
    if (op.kind === 'run') return (await client.query(numberPlaceholders(op.sql), op.params)).rowCount ?? 0;
    const per = Math.max(1, Math.floor(MAX_PARAMS / op.columns.length));
    let inserted = 0;
    for (let i = 0; i < op.rows.length; i += per) {
      const chunk = op.rows.slice(i, i + per);
      let n = 0;
      const values = chunk.map((row) => `(${row.map(() => `$${++n}`).join(', ')})`).join(', ');
      inserted +=
        (
          await client.query(
            `INSERT INTO ${op.table} (${op.columns.join(', ')}) VALUES ${values}${op.onConflict ? ` ${op.onConflict}` : ''}`,
            chunk.flat(),
          )
        ).rowCount ?? 0;
    }
    return inserted;
  }

  async execute<T>(program: Program<T>, transaction: boolean): Promise<T> {
    const client = await this.pool.connect();
    try {
      if (transaction) await client.query('BEGIN');
      let next = program.next();
      while (!next.done) next = program.next(await this.step(client, next.value));
      if (transaction) await client.query('COMMIT');
      return next.value;
    } catch (err) {
      if (transaction) await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  read<T>(program: Program<T>): Promise<T> {
    return this.execute(program, false);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Applies the migrations newer than `schema_migrations`, under an advisory lock so concurrent starts do not race. */
export async function migratePostgres(pool: pg.Pool, migrations: Migration[] = postgresMigrations): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(7331)');
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const current = Number((await client.query('SELECT MAX(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0);
    const latest = Math.max(0, ...migrations.map((m) => m.version));
    if (current > latest) {
      throw new Error(
        `dyad: the database is at schema version ${current}, newer than this dyad knows (${latest}); upgrade dyad`,
      );
    }
    for (const m of migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version)) {
      for (const s of m.statements) await client.query(s);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    }
    await client.query('COMMIT');
    return latest;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Options for a PostgreSQL store. */
export interface PostgresOptions {
  /** A schema (namespace) to keep the tables in, created if missing: lets tests and tenants share one database. */
  schema?: string;
  /** Pool size (default 10). */
  max?: number;
}

/** Opens a PostgreSQL store at a `postgres://` URL and applies migrations. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<SqlStore> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error(
      `dyad: ${options.schema} is not a usable PostgreSQL schema name; use lower-case letters, digits and _`,
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  pool.on('error', () => undefined);
  try {
    if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    await migratePostgres(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    const message = (err as Error).message;
    const shown = url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
    throw new Error(
      message.startsWith('dyad:')
        ? message
        : `dyad: cannot use the PostgreSQL database ${shown} (${message}); check that the server runs and the URL, user and password are right`,
    );
  }
  return new SqlStore(new PostgresExecutor(pool), postgresDialect);
}
