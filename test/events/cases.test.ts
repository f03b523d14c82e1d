/**
 * The event test table: every `test/events/cases/*.yaml` file holds sentences and the events a careful human coder
 * reads in them. Each case runs the whole coder through `codeText` and compares expected and produced events as
 * multisets of `SOURCE CODE TARGET modality` strings.
 *
 * A case may carry `known_failure: "why"`; it then runs with `it.fails`, so a case that starts passing is reported and
 * its mark can be removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, 'cases');
const repo = join(here, '..', '..');

const MODALITIES = ['asserted', 'hedged', 'expected', 'denied', 'negated'] as const;
const EVENT_LINE = /^([A-Z]{3}(?:[A-Z]{3})*) (\d{2,4}) ([A-Z]{3}(?:[A-Z]{3})*|-)(?: (\w+))?$/;

const EventLine = z
  .string()
  .regex(EVENT_LINE, 'an event as "SOURCE CODE TARGET [modality]", e.g. "JPNGOV 111 PRK" or "RUSMIL 190 - hedged"')
  .refine(
    (s) => {
      const modality = EVENT_LINE.exec(s)?.[4];
      return modality === undefined || (MODALITIES as readonly string[]).includes(modality);
    },
    `the modality must be one of ${MODALITIES.join(', ')}`,
  );

const Case = z
  .object({
    text: z.string().min(1),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
      .optional(),
    events: z.array(EventLine),
    note: z.string().optional(),
    known_failure: z.string().min(1).optional(),
  })
  .strict();
type Case = z.infer<typeof Case>;

interface LoadedCase extends Case {
  file: string;
  line: number;
}

/** `JPNGOV 111 PRK` → `JPNGOV 111 PRK asserted`: the form both sides are compared in. */
function normalise(line: string): string {
  const m = EVENT_LINE.exec(line);
  if (!m) throw new Error(`dyad: not an event line: ${line}`);
  return `${m[1]} ${m[2]} ${m[3]} ${m[4] ?? 'asserted'}`;
}

/** Reads and validates one case file; a bad case throws an error naming the file and line. */
function loadCases(path: string): LoadedCase[] {
  const file = relative(repo, path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new Error(
      `dyad: ${file}:${lineCounter.linePos(e.pos[0]).line}: YAML syntax error: ${e.message.split('\n')[0]}`,
    );
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents))
    throw new Error(`dyad: ${file}:1: expected a list of cases (lines starting with "- text:").`);
  return doc.contents.items.map((item, i) => {
    const range = (item as { range?: [number, number, number] }).range;
    const line = range ? lineCounter.linePos(range[0]).line : i + 1;
    const parsed = Case.safeParse((item as { toJSON(): unknown }).toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? ` (field ${issue.path.join('.')})` : '';
      throw new Error(`dyad: ${file}:${line}: case ${i + 1}${where}: ${issue.message}`);
    }
    return { ...parsed.data, file, line };
  });
}

const files = readdirSync(casesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const table = files.map((f) => ({ file: f, cases: loadCases(join(casesDir, f)) }));

type CodeText = (
  text: string,
  opts?: { date?: string },
) => Promise<{ source: string; code: string; target: string | null; modality: string }[]>;

// The coder may not be wired yet while the engine is being written: skip the table, do not fail the suite.
const coder: CodeText | undefined = await import('../../src/index.js')
  .then((m: Record<string, unknown>) => (typeof m.codeText === 'function' ? (m.codeText as CodeText) : undefined))
  .catch(() => undefined);

describe('event case files', () => {
  it('parse and hold cases', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { cases } of table) expect(cases.length).toBeGreaterThan(0);
  });
});

const describeCoder = coder ? describe : describe.skip;

describeCoder(coder ? 'event cases' : 'event cases (skipped: src/index.ts does not export codeText yet)', () => {
  for (const { file, cases } of table) {
    describe(file, () => {
      for (const c of cases) {
        const name = `${c.file}:${c.line} ${c.text.length > 90 ? c.text.slice(0, 87) + '...' : c.text}`;
        const run = async () => {
          const produced = await coder!(c.text, c.date ? { date: c.date } : {});
          const actual = produced
            .map((e) => normalise(`${e.source} ${e.code} ${e.target ?? '-'} ${e.modality}`))
            .sort();
          const expected = c.events.map(normalise).sort();
          expect(actual, `${c.file}:${c.line}${c.note ? ` (${c.note})` : ''}`).toEqual(expected);
        };
        if (c.known_failure) it.fails(`${name} [known failure: ${c.known_failure}]`, run);
        else it(name, run);
      }
    });
  }
});
