/** A numbered schema change. Both engines have the same numbers and the same tables; only the SQL spelling differs. */
export interface Migration {
  version: number;
  name: string;
  /** Statements run in order inside one transaction. */
  statements: string[];
}

export { sqliteMigrations } from './sqlite.js';
export { postgresMigrations } from './postgres.js';
