/** A stop request from Ctrl-C (SIGINT) or SIGTERM, for commands that finish their current batch before exiting. */
export interface StopRequest {
  /** Aborted on the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Removes the handlers (call when the command is done). */
  dispose(): void;
}

/**
 * Turns the first Ctrl-C or SIGTERM into an aborted signal (after `onFirst` says what will happen); a second one
 * exits at once with code 130, which rolls back any open transaction (SQLite's journal, PostgreSQL's lost session).
 */
export function stopOnSignals(onFirst: (name: NodeJS.Signals) => void): StopRequest {
  const controller = new AbortController();
  const handler = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    onFirst(name);
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
