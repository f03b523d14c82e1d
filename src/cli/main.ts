import { DataFileError } from '../load-data.js';
import { EXIT, parseCommandArgs, UsageError, type Command, type IO } from './command.js';
import { COMMANDS } from './commands/index.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'dyad: turns news into geopolitical event data (CAMEO), each event with the sentence that proves it.',
    '',
    'usage: dyad <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `dyad <command> --help` for a command's options.",
  ].join('\n');
}

const defaultIO: IO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  stdin: process.stdin,
  errStream: process.stderr,
};

/** Runs the dyad command line; resolves to the exit code. */
export async function main(argv: string[], io: IO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    io.out('dyad 0.1.0');
    return EXIT.ok;
  }
  const cmd: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`dyad: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(cmd.usage);
    return EXIT.ok;
  }
  try {
    const args = parseCommandArgs(cmd, rest);
    return await cmd.run(args as never, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return EXIT.usage;
    }
    if (e instanceof DataFileError) {
      io.err(e.message);
      return EXIT.usage;
    }
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.ok;
    throw e;
  }
}
