import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc.js';
import { createDyad } from '../src/index.js';
import { goldenView } from '../src/golden.js';

const root = new URL('./fixtures/golden/', import.meta.url);
const dyad = createDyad();

/** Whole articles of our own with their reviewed events; `node scripts/regenerate-golden.mjs` rewrites them. */
describe('golden articles', () => {
  for (const name of readdirSync(root).filter((n) => existsSync(new URL(`${n}/article.txt`, root)))) {
    it(name, () => {
      const dir = new URL(`${name}/`, root);
      const text = readFileSync(new URL('article.txt', dir), 'utf8');
      const meta = existsSync(new URL('meta.json', dir))
        ? JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8'))
        : {};
      const expected = readFileSync(new URL('expected.jsonl', dir), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const got = dyad.records(dyad.process(createDoc(name, text, meta))).map(goldenView);
      expect(got).toEqual(expected);
    });
  }
});
