import { defaultBoilerplate, type BoilerplateRule } from './boilerplate.js';

const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;
const SPACES = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** True when a whole (trimmed) line is page chrome: it matches a boilerplate rule and is short enough for it. */
export function isBoilerplateLine(line: string, rules: readonly BoilerplateRule[] = defaultBoilerplate()): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  return rules.some((rule) => trimmed.length <= rule.maxLength && rule.pattern.test(trimmed));
}

/**
 * Normalises article text and removes page chrome left in it.
 *
 * - strips the byte-order mark, zero-width characters and soft hyphens;
 * - turns CRLF and CR into LF, tabs and Unicode spaces into plain spaces, and collapses runs of spaces;
 * - trims every line and drops lines that are, as a whole, boilerplate ("Share this:", "Advertisement",
 *   "Exit mobile version", cookie notices, ...; see `data/ingest/boilerplate.yaml`) — a sentence that merely
 *   contains such words is kept;
 * - keeps paragraph breaks as exactly one blank line (`"\n\n"`) and single line breaks as they are.
 *
 * @param text raw article text
 * @param rules boilerplate rules; defaults to the shipped list
 * @returns the cleaned text, trimmed, possibly empty
 */
export function cleanText(text: string, rules: readonly BoilerplateRule[] = defaultBoilerplate()): string {
  const lines = text
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim());
  const out: string[] = [];
  let pendingBreak = false;
  for (const line of lines) {
    if (!line) {
      pendingBreak = out.length > 0;
      continue;
    }
    if (isBoilerplateLine(line, rules)) continue;
    if (out.length) out.push(pendingBreak ? '\n\n' : '\n');
    out.push(line);
    pendingBreak = false;
  }
  return out.join('');
}
