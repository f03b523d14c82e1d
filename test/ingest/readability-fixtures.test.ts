import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareReadabilityFixtures, DEFAULT_PAGES_DIR } from '../../scripts/readability-fixtures.js';

describe.skipIf(!existsSync(DEFAULT_PAGES_DIR))('Readability test pages (../shared)', () => {
  it('finds the expected title and byline on most pages', () => {
    const result = compareReadabilityFixtures()!;
    expect(result.pages.length).toBeGreaterThan(100);
    expect(result.title.agree / result.title.total).toBeGreaterThan(0.9);
    expect(result.byline.agree / result.byline.total).toBeGreaterThan(0.88);
  });
});

describe('compareReadabilityFixtures', () => {
  it('returns null when the folder is absent', () => {
    expect(compareReadabilityFixtures('/nonexistent/readability-test-pages')).toBeNull();
  });
});
