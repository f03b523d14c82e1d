import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes of every dyad command. */
export const EXIT = { ok: 0, partial: 1, usage: 2 } as const;

/** A user mistake on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** One `dyad` sub-command. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] },
    io: IO,
  ): Promise<number>;
}

/** Where a command writes: injectable for tests. */
export interface IO {
  out(line: string): void;
  err(line: string): void;
  stdin: NodeJS.ReadableStream;
  /** The stream under `err`, for a progress line redrawn in place (drawn only when it is a TTY). */
  errStream?: { isTTY?: boolean; columns?: number; write(chunk: string): unknown };
}

/** Parses a command's arguments, turning parse errors into usage errors that name the bad option. */
export function parseCommandArgs(cmd: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: cmd.options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(
      `dyad ${cmd.name}: ${(e as Error).message.replace(/\. To specify.*$/, '')}. See \`dyad ${cmd.name} --help\`.`,
    );
  }
}

/** Reads a `YYYY-MM-DD` option, or throws a usage error. */
export function dateOption(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`dyad: --${name} must be a date as YYYY-MM-DD, got "${String(value)}".`);
  }
  return value;
}

/** Reads one of a fixed set of values, or throws a usage error. */
export function choiceOption<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T))
    throw new UsageError(`dyad: --${name} must be one of ${choices.join(', ')}, got "${String(value)}".`);
  return value as T;
}
