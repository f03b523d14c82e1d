/** A line of a byte stream: its number (from 1) and its bytes without the line break, or `tooLong` when cut. */
export interface ByteLine {
  number: number;
  bytes: Buffer;
  tooLong: boolean;
}

/**
 * Splits a byte stream into lines without decoding it (so each line can be decoded strictly on its own) and with
 * flat memory: a line longer than `maxBytes` is not kept — it is reported with `tooLong: true` and empty bytes, and
 * the rest of it is skipped up to the next line break.
 */
export async function* byteLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  let tooLong = false;
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let nl: number;
    while ((nl = buf.indexOf(10)) !== -1) {
      const piece = buf.subarray(0, nl);
      if (!tooLong && size + piece.length <= maxBytes) parts.push(piece);
      const over = tooLong || size + piece.length > maxBytes;
      const line = over ? Buffer.alloc(0) : Buffer.concat(parts);
      yield { number, bytes: stripCr(line), tooLong: over };
      number++;
      parts = [];
      size = 0;
      tooLong = false;
      buf = buf.subarray(nl + 1);
    }
    if (tooLong) continue;
    if (size + buf.length > maxBytes) {
      tooLong = true;
      parts = [];
      size = 0;
    } else if (buf.length) {
      parts.push(Buffer.from(buf));
      size += buf.length;
    }
  }
  if (tooLong) yield { number, bytes: Buffer.alloc(0), tooLong: true };
  else if (size) yield { number, bytes: stripCr(Buffer.concat(parts)), tooLong: false };
}

function stripCr(line: Buffer): Buffer {
  return line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}
