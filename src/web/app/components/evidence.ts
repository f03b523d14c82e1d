/**
 * The evidence of an event: its sentence with the source, target and trigger highlighted from their character offsets
 * (into the article text; the sentence starts at `evidence.start`). Everything is rendered as text nodes: article text
 * is untrusted and never parsed as HTML.
 */
import { h, type ComponentChildren } from 'preact';
import type { AnyEvent } from '../api.js';

export type Role = 'source' | 'target' | 'trigger';
export interface Span {
  start: number;
  end: number;
  role: Role;
}

/** Pieces of `text` with the roles that cover each: overlapping spans split the text at every boundary. */
export function segments(text: string, spans: Span[]): Array<{ text: string; roles: Role[] }> {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Array<{ text: string; roles: Role[] }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const roles = inside.filter((s) => s.start <= a && s.end >= b).map((s) => s.role);
    out.push({ text: text.slice(a, b), roles });
  }
  return out;
}

/** The spans of an event, relative to its evidence sentence; spans outside the sentence (an actor named earlier) are left out. */
export function eventSpans(e: AnyEvent): Span[] {
  const base = e.evidence.start;
  const spans: Span[] = [{ start: e.source.start - base, end: e.source.end - base, role: 'source' }];
  if (e.target) spans.push({ start: e.target.start - base, end: e.target.end - base, role: 'target' });
  spans.push({ start: e.evidence.trigger.start - base, end: e.evidence.trigger.end - base, role: 'trigger' });
  const len = e.evidence.text.length;
  return spans.filter((s) => s.start >= 0 && s.end <= len && s.end > s.start);
}

/** The sentence with its highlights: `<mark class="hl-source">` etc. around text nodes. */
export function Evidence({ event }: { event: AnyEvent }) {
  const parts = segments(event.evidence.text, eventSpans(event));
  const children: ComponentChildren[] = parts.map((p, i) =>
    p.roles.length === 0
      ? p.text
      : h(
          'mark',
          {
            key: i,
            class: p.roles.map((r) => 'hl-' + r).join(' '),
            title: p.roles.join(' + '),
            'data-role': p.roles.join(' '),
          },
          p.text,
        ),
  );
  return h('blockquote', { class: 'evidence' }, children);
}
