/** A stream progress can be drawn on: a TTY stream redraws in place, anything else gets nothing. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/** Options for {@link createProgress}. */
export interface ProgressOptions {
  /** Where the line is drawn (stderr); nothing is written unless `stream.isTTY` is true. */
  stream?: ProgressStream;
  /** Total input bytes when known (file sizes); gives a percentage and an ETA. */
  totalBytes?: number | null;
  /** Least milliseconds between two redraws. Default 200. */
  everyMs?: number;
  /** The clock, injectable for tests. */
  now?: () => number;
}

/** A progress line: counts articles and bytes read, redraws itself at most every `everyMs`. */
export interface Progress {
  /** One more article done. */
  article(): void;
  /** `n` more input bytes read. */
  bytes(n: number): void;
  /** Wipes the line (before printing a message under it); the next update draws it again. */
  clear(): void;
  /** Wipes the line for good. */
  done(): void;
}

const QUIET: Progress = { article() {}, bytes() {}, clear() {}, done() {} };

/** `83s` → `1m23s`, `3725s` → `1h02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The progress text (without control characters) for the counts so far. */
export function progressText(
  articles: number,
  bytes: number,
  totalBytes: number | null | undefined,
  elapsedMs: number,
): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? articles / seconds : 0;
  const parts = [`${articles.toLocaleString('en-US')} articles`, `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`];
  if (totalBytes && totalBytes > 0) {
    const share = Math.min(1, bytes / totalBytes);
    parts.push(`${(share * 100).toFixed(0)}%`);
    if (share > 0 && share < 1 && seconds >= 1) parts.push(`ETA ${formatDuration((seconds * (1 - share)) / share)}`);
  }
  return `dyad: ${parts.join(' · ')}`;
}

/**
 * A one-line progress report for long runs, redrawn in place on a terminal (`\r` and erase-line) and completely
 * silent when the stream is not a TTY (a pipe, a file, a CI log).
 */
export function createProgress(opts: ProgressOptions = {}): Progress {
  const stream = opts.stream;
  if (!stream?.isTTY) return QUIET;
  const now = opts.now ?? Date.now;
  const everyMs = opts.everyMs ?? 200;
  const start = now();
  let articles = 0;
  let bytes = 0;
  let drawnAt = -Infinity;
  let shown = false;
  const draw = (force = false) => {
    const t = now();
    if (!force && t - drawnAt < everyMs) return;
    drawnAt = t;
    const text = progressText(articles, bytes, opts.totalBytes, t - start);
    const width = (stream.columns && stream.columns >= 20 ? stream.columns : 80) - 1;
    stream.write(`\r\x1b[K${text.length > width ? text.slice(0, width) : text}`);
    shown = true;
  };
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
    drawnAt = -Infinity;
  };
  return {
    article() {
      articles++;
      draw();
    },
    bytes(n) {
      bytes += n;
      draw();
    },
    clear,
    done: clear,
  };
}
