import type { Command } from '../command.js';
import { actorsCommand } from './actors.js';
import { codeCommand } from './code.js';
import { explainCommand } from './explain.js';
import { extractCommand } from './extract.js';

/** Every dyad sub-command, in the order `dyad --help` lists them. */
export const COMMANDS: readonly Command[] = [codeCommand, extractCommand, actorsCommand, explainCommand];
