/**
 * The event table: filters (actor, code, quad, modality, dates, text), sortable, paged by the API's cursor. Every
 * filter, the sort and the page live in the URL.
 */
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { EventList, sortEvents, type SortKey } from '../components/event-list.js';
import { MODALITIES, QUAD_SHORT } from '../format.js';
import { navigate, useDebounced, useLoad, type Route } from '../state.js';

const FILTERS = ['actor', 'dyad', 'directed', 'code', 'quad', 'modality', 'since', 'until', 'q', 'article'] as const;
const PAGE = 50;

export default function TableView({ route }: { route: Route }) {
  const p = route.params;
  const [draft, setDraft] = useState<Record<string, string>>(() => pick(p));
  const settled = useDebounced(draft, 350);
  const prev = useRef<string[]>([]);
  const filterKey = JSON.stringify(pick(p));

  // The URL changed from outside (back button, a link): show it in the inputs.
  useEffect(() => setDraft(pick(p)), [filterKey]);
  // Typing settled: write the filters to the URL (replacing, so the history is not one entry a key stroke).
  useEffect(() => {
    if (JSON.stringify(settled) === filterKey) return;
    prev.current = [];
    navigate('table', { ...settled, order: p.order, sort: p.sort }, true);
  }, [settled]);

  const order = p.order === 'asc' ? 'asc' : 'desc';
  const query = { ...pick(p), order, cursor: p.cursor, limit: PAGE };
  const page = useLoad(JSON.stringify(query), (signal) => api.events(query, signal));
  const set = (k: string) => (e: Event) =>
    setDraft((d) => ({ ...d, [k]: (e.currentTarget as HTMLInputElement).value }));
  const onSort = (k: SortKey) => {
    if (k === 'date')
      return navigate(
        'table',
        { ...p, order: order === 'desc' ? 'asc' : 'desc', sort: undefined, cursor: undefined },
        true,
      );
    navigate('table', { ...p, sort: p.sort === k ? '-' + k : k }, true);
  };
  const sort = p.sort ?? (order === 'asc' ? 'date' : '-date');
  const field = (k: string, label: string, attrs: Record<string, unknown> = {}) =>
    h(
      'label',
      { class: 'field' },
      h('span', null, label),
      h('input', { name: k, value: draft[k] ?? '', onInput: set(k), ...attrs }),
    );
  const select = (k: string, label: string, options: Array<[string, string]>) =>
    h(
      'label',
      { class: 'field' },
      h('span', null, label),
      h(
        'select',
        { name: k, value: draft[k] ?? '', onChange: set(k) },
        h('option', { value: '' }, 'any'),
        options.map(([v, t]) => h('option', { key: v, value: v }, t)),
      ),
    );

  return h(
    'section',
    { class: 'view table-view' },
    h(
      'form',
      {
        class: 'filters',
        onSubmit: (e: Event) => (
          e.preventDefault(),
          navigate('table', { ...draft, order: p.order, sort: p.sort }, true)
        ),
      },
      field('actor', 'Actor', { placeholder: 'RUS, RUSGOV', spellcheck: false, autocomplete: 'off' }),
      field('code', 'CAMEO code', { placeholder: '04, 042, 19', inputmode: 'numeric' }),
      select(
        'quad',
        'Quad class',
        QUAD_SHORT.map((q, i) => [String(i + 1), `${i + 1} ${q}`]),
      ),
      select(
        'modality',
        'Modality',
        MODALITIES.map((m) => [m, m]),
      ),
      field('since', 'From', { type: 'date' }),
      field('until', 'To', { type: 'date' }),
      field('q', 'Words in evidence', { type: 'search', placeholder: 'pipeline sanctions' }),
      draft.dyad
        ? field('dyad', draft.directed === 'true' ? 'Dyad (A → B)' : 'Dyad (A,B)', { spellcheck: false })
        : null,
      draft.article ? field('article', 'Article', { spellcheck: false }) : null,
      h(
        'div',
        { class: 'field actions' },
        h('button', { type: 'submit' }, 'Apply'),
        h(
          'button',
          { type: 'button', class: 'secondary', onClick: () => (setDraft({}), navigate('table', {}, true)) },
          'Clear',
        ),
      ),
    ),
    page.error ? h('p', { class: 'error', role: 'alert' }, page.error.message) : null,
    h(
      'div',
      { class: 'table-wrap' + (page.loading ? ' loading' : '') },
      page.data
        ? h(EventList, {
            events: sortEvents(page.data.events, p.sort),
            sort,
            onSort,
            empty: 'No events match these filters.',
          })
        : page.loading
          ? h('p', { class: 'muted' }, 'Loading events…')
          : null,
    ),
    h(
      'nav',
      { class: 'pager' },
      h(
        'button',
        { type: 'button', disabled: !p.cursor, onClick: () => navigate('table', { ...p, cursor: prev.current.pop() }) },
        prev.current.length || !p.cursor ? '← Previous' : '← First page',
      ),
      h(
        'span',
        { class: 'muted' },
        page.data
          ? `${page.data.events.length} events on this page · ${order === 'desc' ? 'newest' : 'oldest'} first${p.sort && !/date/.test(p.sort) ? ' · column sort applies to this page' : ''}`
          : '',
      ),
      h(
        'button',
        {
          type: 'button',
          disabled: !page.data?.next,
          onClick: () => (prev.current.push(p.cursor ?? ''), navigate('table', { ...p, cursor: page.data!.next })),
        },
        'Next →',
      ),
    ),
  );
}

function pick(p: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTERS) if (p[k]) out[k] = p[k];
  return out;
}
