import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The lines of a text file, streamed (no line sits in memory longer than it takes to handle it). */
export async function* readLines(path: string): AsyncIterable<string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

/** Maps a stream of items to lines of text, each ending in a newline. */
export async function* mapLines<T>(
  items: AsyncIterable<T>,
  format: (item: T) => string | null,
  header?: string,
): AsyncIterable<string> {
  if (header !== undefined) yield `${header}\n`;
  for await (const item of items) {
    const line = format(item);
    if (line !== null) yield `${line}\n`;
  }
}
