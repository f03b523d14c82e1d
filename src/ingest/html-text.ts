/** Elements that start and end a paragraph of text. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
]);

/** Elements whose text is never article text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'FIGCAPTION',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'OPTION',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'MATH',
  'HEAD',
  'TITLE',
  'LINK',
  'META',
]);

const CELL = new Set(['TD', 'TH']);

/** The minimal DOM surface the walker needs (linkedom and browser DOMs both provide it). */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?(name: string): string | null;
}

/**
 * Turns a DOM subtree into text that follows its block structure: each paragraph, heading, list item, quote and
 * block `div` becomes its own paragraph (separated by a blank line), `<br>` becomes a line break, `<pre>` keeps its
 * line breaks, table cells are separated by a space. Scripts, styles, forms controls, media and figure captions are
 * left out, and so is anything the page hides (`hidden`, `aria-hidden="true"`, `display:none`).
 *
 * The result is not yet cleaned: pass it through `cleanText` to collapse spaces and blank lines.
 */
export function blockText(root: NodeLike): string {
  const parts: string[] = [];
  const walk = (node: NodeLike): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.nodeType === 3) {
        parts.push((child.textContent ?? '').replace(/[\n\r\t ]+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toUpperCase();
      if (SKIP.has(tag) || isHidden(child)) continue;
      if (tag === 'BR') parts.push('\n');
      else if (tag === 'PRE') parts.push('\n\n', child.textContent ?? '', '\n\n');
      else if (CELL.has(tag)) {
        parts.push(' ');
        walk(child);
        parts.push(' ');
      } else if (BLOCK.has(tag)) {
        parts.push('\n\n');
        walk(child);
        parts.push('\n\n');
      } else walk(child);
    }
  };
  walk(root);
  return parts.join('');
}

function isHidden(el: NodeLike): boolean {
  if (!el.getAttribute) return false;
  if (el.getAttribute('hidden') !== null) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
