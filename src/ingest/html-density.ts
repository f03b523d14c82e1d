/**
 * Finds the element that holds the most paragraph text: groups `<p>` elements by their parent, scores each parent
 * by the length of its paragraphs' text minus their link text, and returns the best parent. A last resort when
 * Readability and the page's own markup give nothing.
 */
export function densestBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const length = (p.textContent ?? '').trim().length;
    const links = Array.from(p.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').length, 0);
    if (length < 25 || links / length > 0.5) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length - links);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best;
}
