/** A list of events as a table; each row expands to its evidence, article, other mentions and the rule that coded it. */
import { h, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { api, type AnyEvent } from '../api.js';
import { fmtG, QUAD_COLORS, QUAD_SHORT, safeHref } from '../format.js';
import { hrefFor, useLoad } from '../state.js';
import { Evidence } from './evidence.js';

export type SortKey = 'date' | 'source' | 'code' | 'target' | 'quad' | 'goldstein' | 'modality';
const COLUMNS: Array<[SortKey, string]> = [
  ['date', 'Date'],
  ['source', 'Source'],
  ['code', 'Event'],
  ['target', 'Target'],
  ['quad', 'Quad'],
  ['goldstein', 'Goldstein'],
  ['modality', 'Modality'],
];

const value = (e: AnyEvent, k: SortKey): string | number =>
  k === 'source'
    ? e.source.code
    : k === 'target'
      ? (e.target?.code ?? '')
      : k === 'date'
        ? (e.date ?? '')
        : (e[k] as string | number);

/** Sorts events by a column; `-col` is descending. */
export function sortEvents<T extends AnyEvent>(events: T[], sort: string | undefined): T[] {
  if (!sort) return events;
  const desc = sort.startsWith('-');
  const key = sort.replace(/^-/, '') as SortKey;
  if (!COLUMNS.some(([k]) => k === key)) return events;
  return [...events].sort((a, b) => {
    const [x, y] = [value(a, key), value(b, key)];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return desc ? -c : c;
  });
}

export function QuadChip({ quad }: { quad: number }) {
  return h(
    'span',
    { class: 'quad', style: { background: QUAD_COLORS[quad - 1] }, title: QUAD_SHORT[quad - 1] },
    `Q${quad}`,
  );
}

function Actor({ a }: { a: AnyEvent['source'] | null }) {
  if (!a) return h('span', { class: 'muted' }, '—');
  return h(
    'span',
    { class: 'actor', title: `${a.name} (“${a.text}”)` },
    h('code', null, a.code),
    h('span', { class: 'actor-name' }, ' ', a.name),
  );
}

interface ListProps {
  events: AnyEvent[];
  /** The sorted column, `-col` for descending; the header shows it. */
  sort?: string;
  onSort?: (key: SortKey) => void;
  /** Text shown under a header whose sort applies to the loaded rows only. */
  empty?: string;
  /** Id of an event to open at once. */
  open?: string;
}

export function EventList({ events, sort, onSort, empty, open }: ListProps) {
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(open ? [open] : []));
  const toggle = (id: string) =>
    setExpanded((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  if (events.length === 0) return h('p', { class: 'empty' }, empty ?? 'No events.');
  const arrow = (k: SortKey) => (sort === k ? ' ▲' : sort === '-' + k ? ' ▼' : '');
  return h(
    'table',
    { class: 'events' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { class: 'toggle-col', 'aria-label': 'Expand' }),
        COLUMNS.map(([k, label]) =>
          h(
            'th',
            {
              key: k,
              class: `col-${k}`,
              'aria-sort': sort === k ? 'ascending' : sort === '-' + k ? 'descending' : undefined,
            },
            onSort ? h('button', { type: 'button', class: 'sort', onClick: () => onSort(k) }, label + arrow(k)) : label,
          ),
        ),
        h('th', { class: 'col-evidence' }, 'Evidence'),
      ),
    ),
    h(
      'tbody',
      null,
      events.map((e) => {
        const isOpen = expanded.has(e.id);
        return h(
          Fragment,
          { key: e.id },
          h(
            'tr',
            {
              class: 'event-row' + (isOpen ? ' open' : '') + (e.modality === 'negated' ? ' negated' : ''),
              'data-id': e.id,
              onClick: () => toggle(e.id),
            },
            h(
              'td',
              { class: 'toggle-col' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'expand',
                  'aria-expanded': isOpen,
                  'aria-label': isOpen ? 'Hide evidence' : 'Show evidence',
                  onClick: (ev: Event) => (ev.stopPropagation(), toggle(e.id)),
                },
                isOpen ? '−' : '+',
              ),
            ),
            h('td', { class: 'col-date' }, e.date ?? '—'),
            h('td', { class: 'col-source' }, h(Actor, { a: e.source })),
            h('td', { class: 'col-code' }, h('code', null, e.code), ' ', h('span', { class: 'code-name' }, e.name)),
            h('td', { class: 'col-target' }, h(Actor, { a: e.target })),
            h('td', { class: 'col-quad' }, h(QuadChip, { quad: e.quad })),
            h('td', { class: 'col-goldstein num' }, fmtG(e.goldstein)),
            h('td', { class: 'col-modality' }, e.modality),
            h('td', { class: 'col-evidence' }, h('span', { class: 'snippet' }, e.evidence.text)),
          ),
          isOpen
            ? h('tr', { class: 'detail-row' }, h('td', { colSpan: COLUMNS.length + 2 }, h(EventDetail, { event: e })))
            : null,
        );
      }),
    ),
  );
}

/** Everything behind one event: the highlighted sentence, the article, the other mentions of the act, the rule. */
export function EventDetail({ event: e }: { event: AnyEvent }) {
  const article = useLoad(e.article, (signal) => api.article(e.article, signal));
  const cluster = useLoad(e.cluster ?? null, (signal) => api.cluster(e.cluster!, signal));
  const a = article.data?.article;
  const href = safeHref(a?.url);
  const others = (cluster.data?.mentions ?? []).filter((m) => m.id !== e.id);
  const earlier = [e.source, e.target].filter((x) => x && (x.start < e.evidence.start || x.end > e.evidence.end));
  return h(
    'div',
    { class: 'detail' },
    h(Evidence, { event: e }),
    h(
      'p',
      { class: 'legend' },
      h('mark', { class: 'hl-source' }, 'source'),
      ' ',
      h('mark', { class: 'hl-target' }, 'target'),
      ' ',
      h('mark', { class: 'hl-trigger' }, 'trigger'),
      earlier.map((x) => h('span', { class: 'muted' }, ` · ${x!.code} is named outside this sentence: “${x!.text}”`)),
      e.source.resolved_from
        ? h(
            'span',
            { class: 'muted' },
            ` · “${e.source.text}” resolved through “${e.source.resolved_from.text}” (${e.source.resolved_from.rule})`,
          )
        : null,
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Article'),
      h(
        'dd',
        { class: 'article-meta' },
        article.loading ? 'loading…' : article.error ? h('span', { class: 'error' }, article.error.message) : null,
        a
          ? h(
              Fragment,
              null,
              href
                ? h(
                    'a',
                    { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: 'article-title' },
                    a.title || href,
                  )
                : h('span', { class: 'article-title' }, a.title || a.id),
              ' · ',
              a.published ?? 'undated',
              a.site ? ` · ${a.site}` : '',
              ' · ',
              h('a', { href: hrefFor('table', { article: a.id }) }, 'all its events'),
            )
          : null,
      ),
      h('dt', null, 'Event'),
      h(
        'dd',
        null,
        `${e.code} ${e.name} · quad ${e.quad} · Goldstein ${fmtG(e.goldstein)} · ${e.modality}`,
        e.plover ? ` · PLOVER ${e.plover.event}${e.plover.mode ? '/' + e.plover.mode : ''}` : '',
        e.attribution ? ` · according to ${e.attribution.code} (“${e.attribution.text}”)` : '',
      ),
      h('dt', null, 'Date'),
      h('dd', null, e.date ? `${e.date} (${e.date_precision ?? '?'}, from the ${e.date_source ?? '?'})` : 'unknown'),
      e.location
        ? h(
            Fragment,
            null,
            h('dt', null, 'Place'),
            h(
              'dd',
              null,
              `${e.location.name}${e.location.country ? ', ' + e.location.country : ''} (${e.location.precision})`,
            ),
          )
        : null,
      h('dt', null, 'Coded by'),
      h(
        'dd',
        null,
        h('code', { class: 'rule' }, e.rule),
        ` · confidence ${e.confidence.toFixed(2)}`,
        e.source.rule ? ` · source by ${e.source.rule}` : '',
        e.target?.rule ? ` · target by ${e.target.rule}` : '',
      ),
      h('dt', null, 'Other mentions'),
      h(
        'dd',
        { class: 'mentions' },
        !e.cluster
          ? 'not clustered yet'
          : cluster.loading
            ? 'loading…'
            : others.length === 0
              ? 'none: this is the only report of this act'
              : h(
                  'ul',
                  null,
                  others.map((m) =>
                    h(
                      'li',
                      { key: m.id },
                      h('span', { class: 'muted' }, `${m.date ?? '?'} · ${m.article}: `),
                      m.evidence.text,
                    ),
                  ),
                ),
      ),
    ),
  );
}
