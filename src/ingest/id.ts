import { createHash } from 'node:crypto';

/**
 * The stable id of an article: the id the input gives, verbatim, else the first 16 hex characters of the SHA-1 of
 * its text (so the same text always gets the same id, whatever file or feed it came from).
 */
export function articleId(text: string, given?: unknown): string {
  if (typeof given === 'string' && given.trim()) return given;
  if (typeof given === 'number' && Number.isFinite(given)) return String(given);
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}
