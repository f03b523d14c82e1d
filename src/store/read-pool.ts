import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Program } from './program.js';

/**
 * The code each reader thread runs (a string, so it loads the same way from `src/` under tests and from `dist/`): one
 * read-only better-sqlite3 connection that answers `{ id, sql, params, begin }` with `{ id, rows }`. `begin` opens a
 * read transaction (one WAL snapshot for every statement of a program); `{ end: true }` closes it.
 */
const READER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = ' + workerData.cacheSize);
  db.pragma('query_only = ON');
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ failed: String(err && err.message) });
  process.exit(0);
}
const statements = new Map();
parentPort.on('message', (m) => {
  if (m.end) {
    if (db.inTransaction) db.exec('COMMIT');
    return;
  }
  try {
    if (m.begin && !db.inTransaction) db.exec('BEGIN');
    let s = statements.get(m.sql);
    if (!s) {
      s = db.prepare(m.sql);
      statements.set(m.sql, s);
    }
    parentPort.postMessage({ id: m.id, rows: s.all(...m.params) });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String(err && err.message), code: err && err.code });
  }
});
`;

interface Reply {
  id?: number;
  rows?: unknown[];
  error?: string;
  code?: string;
  ready?: boolean;
  failed?: string;
}

class Reader {
  readonly worker: Worker;
  ready = false;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(rows: unknown[]): void; reject(err: Error): void }>();

  constructor(
    path: string,
    driver: string,
    cacheSize: number,
    onReady: (r: Reader) => void,
    onGone: (r: Reader, why: string) => void,
  ) {
    this.worker = new Worker(READER_SOURCE, { eval: true, workerData: { path, driver, cacheSize } });
    this.worker.unref();
    this.worker.on('message', (m: Reply) => {
      if (m.ready) {
        this.ready = true;
        onReady(this);
      } else if (m.failed !== undefined) {
        onGone(this, m.failed);
      } else if (m.id !== undefined) {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error !== undefined) p.reject(Object.assign(new Error(m.error), { code: m.code }));
        else p.resolve(m.rows ?? []);
      }
    });
    const gone = (why: string) => {
      for (const p of this.pending.values()) p.reject(new Error(`dyad: a SQLite reader thread stopped (${why})`));
      this.pending.clear();
      onGone(this, why);
    };
    this.worker.on('error', (err) => gone(err.message));
    this.worker.on('exit', (code) => gone(`exit ${code}`));
  }

  query(sql: string, params: unknown[], begin: boolean): Promise<unknown[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, sql, params, begin });
    });
  }

  end(): void {
    this.worker.postMessage({ end: true });
  }
}

/** How many reader threads a file store gets: `DYAD_SQLITE_READERS` if set (0 turns the pool off), else the CPU count, 2 to 4. */
export function defaultReaders(): number {
  const env = process.env.DYAD_SQLITE_READERS;
  if (env !== undefined && /^\d+$/.test(env)) return Math.min(16, Number(env));
  return Math.max(2, Math.min(4, availableParallelism()));
}

/**
 * A pool of read-only SQLite connections, each in its own worker thread, so that reads run off the event loop and in
 * parallel (WAL lets readers proceed beside the writer and each other). Threads start on the first read; until one is
 * ready, and if none can open the file, reads fall back to the caller's connection. A program keeps one reader for all
 * of its statements, inside one read transaction, so it sees one snapshot. Idle threads do not keep the process alive.
 */
export class ReadPool {
  private readers: Reader[] = [];
  private readonly idle: Reader[] = [];
  private readonly waiting: Array<{ resolve(r: Reader): void; reject(err: Error): void }> = [];
  private started = false;
  private closed = false;

  constructor(
    private readonly path: string,
    private readonly size: number,
    private readonly bindable: (v: unknown) => unknown,
    private readonly cacheSize = -65536,
  ) {}

  /** Whether a read can go to a thread now (or soon); false before the first thread is ready or when none could start. */
  private available(): boolean {
    if (this.closed || this.size === 0) return false;
    if (!this.started) this.start();
    return this.readers.some((r) => r.ready);
  }

  private start(): void {
    this.started = true;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    for (let i = 0; i < this.size; i++) {
      this.readers.push(
        new Reader(
          this.path,
          driver,
          this.cacheSize,
          (r) => this.release(r),
          (r) => {
            this.readers = this.readers.filter((x) => x !== r);
            const at = this.idle.indexOf(r);
            if (at >= 0) this.idle.splice(at, 1);
            void r.worker.terminate();
            if (this.readers.length === 0) this.failWaiting('no SQLite reader thread is left');
          },
        ),
      );
    }
  }

  private acquire(): Promise<Reader> {
    const r = this.idle.pop();
    if (r) return Promise.resolve(r);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(r: Reader): void {
    if (this.closed || !this.readers.includes(r)) return;
    const next = this.waiting.shift();
    if (next) next.resolve(r);
    else {
      r.worker.unref();
      this.idle.push(r);
    }
  }

  /**
   * Runs a read-only program on a reader thread; returns undefined (and runs nothing) when no thread is ready, so the
   * caller runs it itself. A program that tries to write is refused.
   */
  run<T>(program: Program<T>): Promise<T> | undefined {
    if (!this.available()) return undefined;
    return this.drive(program);
  }

  private async drive<T>(program: Program<T>): Promise<T> {
    const reader = await this.acquire();
    reader.worker.ref();
    let first = true;
    try {
      let next = program.next();
      while (!next.done) {
        const op = next.value;
        if (op.kind !== 'all')
          throw new Error(`dyad: a read tried to change the store (${op.kind}); this is a bug in dyad`);
        const rows = await reader.query(op.sql, op.params.map(this.bindable), first);
        first = false;
        next = program.next(rows);
      }
      return next.value;
    } finally {
      if (!first) reader.end();
      this.release(reader);
    }
  }

  private failWaiting(why: string): void {
    for (const w of this.waiting.splice(0)) w.reject(new Error(`dyad: ${why}; the read was not run`));
  }

  /** Stops every thread; reads still queued fail. */
  async close(): Promise<void> {
    this.closed = true;
    const readers = this.readers;
    this.readers = [];
    this.idle.length = 0;
    this.failWaiting('the store was closed');
    await Promise.all(readers.map((r) => r.worker.terminate()));
  }
}
