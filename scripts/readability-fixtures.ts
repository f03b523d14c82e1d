/**
 * Compares the title and byline that `extractArticle` finds with `expected-metadata.json` in each folder of
 * Mozilla Readability's test pages (`../shared/eval/raw/readability-test-pages/<name>/source.html`) and prints the
 * agreement. Skips with a message when the folder is absent.
 *
 *   npx tsc -p bench/tsconfig.extract.json && node /tmp/dyad-bench/scripts/readability-fixtures.js [dir] [--list]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticleResult } from '../src/ingest/html.js';

/** Where the test pages are expected, relative to the repository. */
export const DEFAULT_PAGES_DIR = resolve(process.cwd(), '..', 'shared', 'eval', 'raw', 'readability-test-pages');

/** One page compared: what was expected and what was found. */
export interface PageComparison {
  name: string;
  title: { expected: string | null; found: string | null; agrees: boolean };
  byline: { expected: string | null; found: string | null; agrees: boolean };
}

/** Agreement over all pages with an expectation for the field. */
export interface FixtureAgreement {
  pages: PageComparison[];
  title: { agree: number; total: number };
  byline: { agree: number; total: number };
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^by\s+/, '').trim();

/** Two values agree when equal after normalising case and spaces, or when one contains the other (site suffixes). */
function agrees(expected: string | null, found: string | null): boolean {
  const a = norm(expected), b = norm(found);
  if (!a) return !b;
  return !!b && (a === b || a.includes(b) || b.includes(a));
}

/**
 * Runs `extractArticleResult` on every `<dir>/<page>/source.html` that has an `expected-metadata.json` and
 * compares title and byline.
 *
 * @returns null when the folder does not exist
 */
export function compareReadabilityFixtures(dir: string = DEFAULT_PAGES_DIR): FixtureAgreement | null {
  if (!existsSync(dir)) return null;
  const out: FixtureAgreement = { pages: [], title: { agree: 0, total: 0 }, byline: { agree: 0, total: 0 } };
  for (const name of readdirSync(dir).sort()) {
    const metaPath = join(dir, name, 'expected-metadata.json');
    const sourcePath = join(dir, name, 'source.html');
    if (!existsSync(metaPath) || !existsSync(sourcePath)) continue;
    const expected = JSON.parse(readFileSync(metaPath, 'utf8')) as { title?: string | null; byline?: string | null };
    const result = extractArticleResult(readFileSync(sourcePath, 'utf8'), { url: `http://fakehost/test/${name}` });
    const found = result.ok ? result.article : null;
    const page: PageComparison = {
      name,
      title: { expected: expected.title ?? null, found: found?.title ?? null, agrees: agrees(expected.title ?? null, found?.title ?? null) },
      byline: { expected: expected.byline ?? null, found: found?.byline ?? null, agrees: agrees(expected.byline ?? null, found?.byline ?? null) },
    };
    out.pages.push(page);
    out.title.total++;
    if (page.title.agrees) out.title.agree++;
    out.byline.total++;
    if (page.byline.agrees) out.byline.agree++;
  }
  return out;
}

function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_PAGES_DIR;
  const result = compareReadabilityFixtures(dir);
  if (!result) {
    console.log(`dyad: skipped: the Readability test pages are not at ${dir}; pass their folder as the first argument.`);
    return 0;
  }
  const pct = (x: { agree: number; total: number }) => `${x.agree}/${x.total} (${((100 * x.agree) / Math.max(1, x.total)).toFixed(1)}%)`;
  if (argv.includes('--list')) {
    for (const p of result.pages) {
      if (!p.title.agrees) console.log(`  title  ${p.name}: expected ${JSON.stringify(p.title.expected)}, found ${JSON.stringify(p.title.found)}`);
      if (!p.byline.agrees) console.log(`  byline ${p.name}: expected ${JSON.stringify(p.byline.expected)}, found ${JSON.stringify(p.byline.found)}`);
    }
  }
  console.log(`pages ${result.pages.length}: title agrees ${pct(result.title)}, byline agrees ${pct(result.byline)}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
