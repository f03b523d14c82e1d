import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleResult } from '../../src/ingest/html.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('extractArticle on news-like pages', () => {
  const harbour = extractArticle(fixture('harbour-talks.html'), {
    url: 'https://ledger.example/world/2024/03/harbour-talks?utm=x',
  });

  it('finds the article', () => {
    expect(harbour).not.toBeNull();
  });

  it.each([
    ['the first paragraph', 'Negotiators from Norland and Estvia met on Thursday'],
    ['a subheading as its own paragraph', '\n\nA long dispute\n\n'],
    ['list items', 'Joint patrols of the channel'],
    ['a block quote', 'We will not sign anything'],
    ['a <br> as a line break', 'next session,\nscheduled for April.'],
    [
      'a sentence that merely mentions "click here to"',
      'Click here to read how the survey was carried out, said a note',
    ],
  ])('keeps %s', (_what, snippet) => {
    expect(harbour!.text).toContain(snippet);
  });

  it.each([
    ['paragraphs running together', 'collapsed.The foreign'],
    ['navigation', 'Opinion'],
    ['the share bar', 'Facebook'],
    ['the figure caption', 'Fishing boats moored'],
    ['the byline', 'By Mara Quill'],
    ['"Advertisement"', 'Advertisement'],
    ['"Share this:"', 'Share this'],
    ['related links', 'Estvia expands coast guard'],
    ['the author box', 'covers the Baltic coast'],
    ['comments', 'Great piece'],
    ['the footer', 'All rights reserved'],
    ['"Exit mobile version"', 'Exit mobile version'],
    ['the headline', 'Harbour talks resume'],
  ])('leaves out %s', (_what, snippet) => {
    expect(harbour!.text).not.toContain(snippet);
  });

  it('separates paragraphs with one blank line', () => {
    expect(harbour!.text).toContain('three months after the last round collapsed.\n\nThe foreign minister');
    expect(harbour!.text).not.toMatch(/\n{3,}/);
  });

  it('reads metadata from JSON-LD and the head', () => {
    expect(harbour).toMatchObject({
      title: 'Harbour talks resume between Norland and Estvia',
      published: '2024-03-14',
      modified: '2024-03-15',
      byline: 'Mara Quill, Tobias Fenn',
      siteName: 'The Coastal Ledger',
      canonicalUrl: 'https://ledger.example/world/2024/03/harbour-talks',
      language: 'en',
    });
  });

  it('reads metadata from meta tags when there is no JSON-LD', () => {
    const a = extractArticle(fixture('meta-tags.html'));
    expect(a).toMatchObject({
      title: 'Accord sur les semences signé à Lunebourg',
      published: '2023-11-02',
      modified: '2023-11-03',
      byline: 'Claire Dumoulin',
      siteName: 'La Gazette du Nord',
      canonicalUrl: 'https://gazette.example/eco/accord-semences',
      language: 'fr',
    });
    expect(a!.text).toContain('banque commune de graines');
    expect(a!.text).not.toContain('Accueil');
    expect(a!.text).not.toContain('2 novembre 2023');
  });

  it('falls back to the JSON-LD articleBody when the page body is rendered by script', () => {
    const result = extractArticleResult(fixture('json-ld-only.html'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.method).toBe('json-ld');
    expect(result.article.text.split('\n\n')).toHaveLength(2);
    expect(result.article).toMatchObject({ published: '2022-06-30', byline: 'Lucía Ferro', language: 'es' });
  });
});

describe('pages with no article', () => {
  it.each([
    ['a sign-in page', fixture('no-article.html')],
    ['an empty string', ''],
    ['text that is not HTML at all', '\u0000\u0001 binary junk'],
    [
      'a page of links',
      `<html><body><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/${i}">Headline number ${i}</a></li>`).join('')}</ul></body></html>`,
    ],
  ])('%s gives null and a reason', (_what, html) => {
    expect(extractArticle(html)).toBeNull();
    const result = extractArticleResult(html);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/no article|empty/);
  });
});

describe('fallbacks', () => {
  it('uses the page text when Readability finds too little', () => {
    const body =
      'The council voted on Monday to extend the ceasefire monitoring mission by six months, officials said.';
    const html = `<html><body><div><p>${body}</p><p>${body.replace('Monday', 'Tuesday')}</p><p>${body.replace('six', 'nine')}</p></div></body></html>`;
    const a = extractArticle(html);
    expect(a?.text.split('\n\n')).toHaveLength(3);
  });
});
