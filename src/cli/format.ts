import type { EventRecord } from '../schema/event-record.js';

/** Output formats for event listings. */
export const EVENT_FORMATS = ['jsonl', 'json', 'table'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));

/** Writes events in the chosen format; `json` collects them and prints one array at `end()`. */
export function eventWriter(format: EventFormat, out: (line: string) => void) {
  const buffered: EventRecord[] = [];
  let header = false;
  return {
    write(r: EventRecord) {
      if (format === 'jsonl') out(JSON.stringify(r));
      else if (format === 'json') buffered.push(r);
      else {
        if (!header) {
          out(
            `${pad('article', 14)} ${pad('date', 10)} ${pad('source', 10)} ${pad('code', 5)} ${pad('target', 10)} ${pad('modality', 9)} ${pad('trigger', 14)} evidence`,
          );
          header = true;
        }
        const ev = r.evidence.text.replace(/\s+/g, ' ');
        out(
          `${pad(r.article, 14)} ${pad(r.date ?? '-', 10)} ${pad(r.source.code, 10)} ${pad(r.code, 5)} ${pad(r.target?.code ?? '-', 10)} ${pad(r.modality, 9)} ${pad(r.evidence.trigger.text, 14)} ${ev.length > 90 ? ev.slice(0, 89) + '…' : ev}`,
        );
      }
    },
    end() {
      if (format === 'json') out(JSON.stringify(buffered, null, 2));
    },
  };
}
