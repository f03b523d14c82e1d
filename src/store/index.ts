/**
 * dyad's event store: one async {@link Store} interface over SQLite (default) or PostgreSQL, chosen by
 * {@link openStore}. Exports and imports live in `./export/`.
 *
 * @packageDocumentation
 */
export { openStore, DEFAULT_DB } from './open.js';
export { openSqliteStore, type SqliteOptions } from './sqlite.js';
export { openPostgresStore, type PostgresOptions } from './postgres.js';
export type { SaveOptions } from './ingest.js';
export {
  EventFilter,
  EventQuery,
  decodeCursor,
  encodeCursor,
  type AggregateRow,
  type AggregateSpec,
  type Dimension,
  type EventPage,
} from './query.js';
export { textHash, clusterKey, clusterId } from './rows.js';
export type * from './types.js';
