/**
 * Class and id words that name page chrome inside an article container: share bars, related links, newsletter
 * boxes, author boxes, captions, tags, breadcrumbs. Matched against whole words of `class` and `id` (split on
 * space, `-` and `_`).
 */
const CHROME_WORDS = new Set([
  'share',
  'sharing',
  'sharebar',
  'social',
  'related',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsored',
  'byline',
  'bio',
  'caption',
  'credit',
  'credits',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'tag',
  'toolbar',
  'recirc',
  'recommended',
  'outbrain',
  'taboola',
  'comments',
  'comment',
  'disqus',
  'disclaimer',
  'timestamp',
  'dateline',
  'pagination',
  'pager',
  'nav',
  'navigation',
  'menu',
  'footer',
  'masthead',
  'author',
  'authors',
  'readmore',
  'more',
  'trending',
  'popular',
  'sidebar',
  'widget',
  'cookie',
  'consent',
  'paywall',
  'modal',
  'popup',
  'print',
  'hidden',
  'visually',
  'sr',
  'screenreader',
  'gallery',
  'slideshow',
]);

/** The subset of chrome words safe to act on before Readability has found the article. */
const PAGE_CHROME_WORDS = new Set([
  'share',
  'sharing',
  'sharebar',
  'social',
  'related',
  'newsletter',
  'bio',
  'outbrain',
  'taboola',
  'comments',
  'disqus',
  'breadcrumb',
  'breadcrumbs',
  'recirc',
]);

/** Words that mark the article body itself; an element carrying one is never removed for its class. */
const CONTENT_WORDS = new Set(['body', 'content', 'article', 'text', 'story', 'entry', 'post', 'main']);

const EMBED = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed';

function words(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkLength(el: Element): number {
  return Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textLength(a), 0);
}

/** True when the element names itself page chrome by its class or id, and does not also name itself content. */
export function looksLikeChrome(el: Element): boolean {
  const w = words(el);
  return w.some((x) => CHROME_WORDS.has(x)) && !w.some((x) => CONTENT_WORDS.has(x));
}

/**
 * Removes page chrome from an article container in place, using how news pages are built rather than per-site
 * rules: figures and their captions; elements whose class or id says they are share bars, related links, author
 * boxes and the like (unless they hold most of the text); and link lists — lists, navigation, and short blocks
 * whose text is mostly link text (menus, "more stories" rails, tag clouds). Embedded posts (tweets) are kept.
 *
 * @param root the article container (e.g. Readability's content element); it is modified
 */
export function pruneChrome(root: Element): void {
  const total = Math.max(1, textLength(root));
  const keep = (el: Element) => el.matches(EMBED) || el.querySelector(EMBED) !== null;
  for (const el of Array.from(
    root.querySelectorAll('figure, figcaption, picture, [role="complementary"], nav, aside'),
  )) {
    if (!keep(el)) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.parentNode || el === root || keep(el)) continue;
    const length = textLength(el);
    if (length === 0) continue;
    if (looksLikeChrome(el) && length < total * 0.4) {
      el.remove();
      continue;
    }
    const tag = el.tagName.toUpperCase();
    const density = linkLength(el) / length;
    const listLike =
      tag === 'UL' || tag === 'OL' || tag === 'DL' || tag === 'SECTION' || tag === 'DIV' || tag === 'TABLE';
    const blockLike = /^(P|H[1-6]|LI)$/.test(tag);
    if ((listLike && density > 0.7 && length < total * 0.4) || (blockLike && density > 0.9 && length < 200))
      el.remove();
  }
}

/**
 * Removes, before Readability runs, the elements whose class or id names them share bars, related links,
 * newsletter boxes, author bios or comments, and that hold under a fifth of the page's text. Readability rewrites some of these
 * (a `div` of text becomes a `p` and loses its class), so they are easier to recognise beforehand.
 */
export function prunePageChrome(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const total = Math.max(1, textLength(body));
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.parentNode || el.matches(EMBED) || el.querySelector(EMBED)) continue;
    const w = words(el);
    if (w.some((x) => PAGE_CHROME_WORDS.has(x)) && !w.some((x) => CONTENT_WORDS.has(x)) && textLength(el) < total * 0.2)
      el.remove();
  }
}
