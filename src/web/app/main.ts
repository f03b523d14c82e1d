/**
 * dyad's dashboard: one page, five views (table, timeline, network, map, ingest), state in the URL hash. The table is
 * in the first bundle; the chart, network and map views load on first use so the page starts fast.
 */
import { h, render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { fmtN } from './format.js';
import { afterFirstData, hrefFor, useLoad, useRoute, type Route, type View } from './state.js';
import TableView from './views/table.js';

type ViewModule = { default: ComponentType<{ route: Route }> };
const LOADERS: Record<Exclude<View, 'table'>, () => Promise<ViewModule>> = {
  timeline: () => import('./views/timeline.js'),
  network: () => import('./views/network.js'),
  map: () => import('./views/map.js'),
  ingest: () => import('./views/ingest.js'),
};
const TABS: Array<[View, string]> = [
  ['table', 'Events'],
  ['timeline', 'Dyad timeline'],
  ['network', 'Network'],
  ['map', 'Map'],
  ['ingest', 'Add article'],
];

function Lazy({ view, route }: { view: Exclude<View, 'table'>; route: Route }) {
  const [mod, setMod] = useState<{ view: View; C: ViewModule['default'] } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    LOADERS[view]().then(
      (m) => live && setMod({ view, C: m.default }),
      (e: Error) => live && setError(e),
    );
    return () => void (live = false);
  }, [view]);
  if (error) return h('p', { class: 'error' }, `dyad: could not load this view (${error.message}); reload the page.`);
  if (!mod || mod.view !== view) return h('p', { class: 'muted view' }, 'Loading…');
  return h(mod.C, { route });
}

function App() {
  const route = useRoute();
  const stats = useLoad('stats', () => afterFirstData().then(api.stats));
  const s = stats.data;
  useEffect(() => {
    document.title = `dyad — ${TABS.find(([v]) => v === route.view)?.[1] ?? ''}`;
  }, [route.view]);
  return h(
    'div',
    { class: 'shell' },
    h(
      'header',
      { class: 'top' },
      h('a', { class: 'brand', href: hrefFor('table') }, 'dyad'),
      h(
        'nav',
        { class: 'tabs', 'aria-label': 'Views' },
        TABS.map(([v, label]) =>
          h(
            'a',
            {
              key: v,
              href: hrefFor(v),
              class: route.view === v ? 'active' : '',
              'aria-current': route.view === v ? 'page' : undefined,
            },
            label,
          ),
        ),
      ),
      h(
        'p',
        { class: 'stats', 'data-testid': 'stats' },
        s
          ? `${fmtN(s.events)} events · ${fmtN(s.articles)} articles · ${fmtN(s.actors)} actors · ${s.firstDate ?? '–'} to ${s.lastDate ?? '–'}`
          : stats.error
            ? h('span', { class: 'error' }, stats.error.message)
            : '',
      ),
    ),
    h('main', null, route.view === 'table' ? h(TableView, { route }) : h(Lazy, { view: route.view, route })),
  );
}

const root = document.getElementById('app')!;
root.textContent = '';
render(h(App, null), root);
