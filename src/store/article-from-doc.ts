import type { NewsDoc } from '../doc.js';
import type { ArticleInput } from './types.js';

/** The article row for a processed document: its stored text, metadata and sentence offsets. */
export function articleFromDoc(doc: NewsDoc): ArticleInput {
  const meta = doc.meta;
  return {
    id: doc.id,
    text: doc.text,
    url: meta.url ?? null,
    title: meta.title ?? null,
    published: meta.published ?? null,
    site: meta.siteName ?? null,
    language: doc.language ?? meta.language ?? null,
    byline: meta.byline ?? null,
    origin: meta.origin ?? null,
    sentences: doc.sentences?.map((s) => [s.start, s.end] as [number, number]),
  };
}

/** Why a processed document was not coded, from its skip message. */
export function skipReason(doc: NewsDoc): string {
  return doc.messages.find((m) => m.level === 'skip')?.reason ?? 'not coded';
}
