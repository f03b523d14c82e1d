import type { Command } from '../command.js';
import { actorsCommand } from './actors.js';
import { codeCommand } from './code.js';
import { demoCommand } from './demo.js';
import { eventsCommand } from './events.js';
import { explainCommand } from './explain.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { alertsCommand } from './alerts.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { serveCommand } from './serve.js';
import { duplicatesCommand } from './duplicates.js';
import { watchCommand } from './watch.js';

/** Every dyad sub-command, in the order `dyad --help` lists them. */
export const COMMANDS: readonly Command[] = [
  codeCommand,
  extractCommand,
  ingestCommand,
  watchCommand,
  eventsCommand,
  alertsCommand,
  exportCommand,
  importCommand,
  serveCommand,
  duplicatesCommand,
  actorsCommand,
  explainCommand,
  demoCommand,
];
