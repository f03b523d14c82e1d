import { availableParallelism } from 'node:os';
import { UsageError } from './command.js';

/** Inputs larger than this are coded on every core by default: below it, starting the workers costs more than it saves. */
export const AUTO_JOBS_BYTES = 10_000_000;

/**
 * Reads `--jobs`: a whole number of worker threads, or `auto` for one per core. Without the option, inputs of known
 * size over {@link AUTO_JOBS_BYTES} use every core and smaller ones (or stdin, of unknown size) one thread.
 */
export function jobsOption(value: string | undefined, totalBytes: number | null | undefined): number {
  if (value === undefined) return (totalBytes ?? 0) > AUTO_JOBS_BYTES ? availableParallelism() : 1;
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError('dyad: --jobs must be a whole number from 1 to 256, or auto (one per core).');
  return n;
}
