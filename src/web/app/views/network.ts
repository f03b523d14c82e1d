/**
 * The actor network over a window: actors as nodes (sized by events), directed dyads as edges coloured by mean
 * Goldstein and sized by count. Only the heaviest `limit` edges are asked for, so the graph stays readable and fast
 * however large the store. Clicking an edge opens that dyad's timeline; clicking a node lists its events.
 */
import cytoscape from 'cytoscape';
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { api, type Network } from '../api.js';
import { fmtG, fmtN, goldsteinColor } from '../format.js';
import { addDays, hrefFor, navigate, useLoad, type Route } from '../state.js';

const WINDOWS: Array<[string, number | null]> = [
  ['30 days', 30],
  ['90 days', 90],
  ['1 year', 365],
  ['all', null],
];

export default function NetworkView({ route }: { route: Route }) {
  const p = route.params;
  const stats = useLoad('stats', () => api.stats());
  const last = stats.data?.lastDate ?? null;
  // Until the user picks a window: everything in a small store; in a large one, the year up to its last event (the
  // network of a year stays quick to aggregate however many years the store holds).
  const whole = p.window === 'all' || (p.window === undefined && (stats.data?.events ?? 0) <= 200_000);
  const until = p.until ?? (p.since || whole ? undefined : (last ?? undefined));
  const since = p.since ?? (whole || !last ? undefined : addDays(last, -365));
  const by = p.by === 'country' ? 'country' : 'actor';
  const limit = p.limit ?? '100';
  const ready = stats.data !== null || stats.error !== null;
  const query = { since, until, by, limit, minCount: p.minCount, actor: p.actor };
  const net = useLoad(ready ? JSON.stringify(query) : null, (signal) => api.network(query, signal));
  const set = (patch: Record<string, string | undefined>) => navigate('network', { ...p, ...patch }, true);
  const pickWindow = (days: number | null) =>
    last
      ? set(
          days === null
            ? { window: 'all', since: undefined, until: undefined }
            : { window: undefined, since: addDays(last, -days), until: last },
        )
      : undefined;

  return h(
    'section',
    { class: 'view network-view' },
    h(
      'div',
      { class: 'controls' },
      h(
        'label',
        { class: 'field' },
        h('span', null, 'From'),
        h('input', {
          type: 'date',
          value: since ?? '',
          onChange: (e: Event) =>
            set({ since: (e.currentTarget as HTMLInputElement).value || undefined, window: undefined }),
        }),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'To'),
        h('input', {
          type: 'date',
          value: until ?? '',
          onChange: (e: Event) =>
            set({ until: (e.currentTarget as HTMLInputElement).value || undefined, window: undefined }),
        }),
      ),
      h(
        'div',
        { class: 'field actions' },
        WINDOWS.map(([label, days]) =>
          h('button', { key: label, type: 'button', class: 'secondary', onClick: () => pickWindow(days) }, label),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Nodes'),
        h(
          'select',
          { value: by, onChange: (e: Event) => set({ by: (e.currentTarget as HTMLSelectElement).value }) },
          h('option', { value: 'actor' }, 'actors'),
          h('option', { value: 'country' }, 'countries'),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Heaviest edges'),
        h(
          'select',
          { value: limit, onChange: (e: Event) => set({ limit: (e.currentTarget as HTMLSelectElement).value }) },
          ['25', '50', '100', '200', '400'].map((n) => h('option', { key: n, value: n }, n)),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Involving actor'),
        h('input', {
          value: p.actor ?? '',
          placeholder: 'any',
          spellcheck: false,
          onChange: (e: Event) =>
            set({ actor: (e.currentTarget as HTMLInputElement).value.trim().toUpperCase() || undefined }),
        }),
      ),
    ),
    net.error ? h('p', { class: 'error', role: 'alert' }, net.error.message) : null,
    h(
      'div',
      { class: 'split' },
      h(
        'div',
        { class: 'panel' + (net.loading ? ' loading' : '') },
        h(Graph, { net: net.data }),
        h(
          'p',
          { class: 'hint' },
          net.loading ? 'Aggregating the window… ' : '',
          'Edge colour: mean Goldstein (red conflict, blue cooperation); width: events. Click an edge for its timeline, a node for its events.',
        ),
      ),
      h('div', { class: 'panel' }, h(EdgeTable, { net: net.data, loading: net.loading })),
    ),
  );
}

function EdgeTable({ net, loading }: { net: Network | null; loading: boolean }) {
  if (!net) return h('p', { class: 'muted' }, loading ? 'Loading…' : '');
  if (net.edges.length === 0) return h('p', { class: 'empty' }, 'No dyads in this window.');
  return h(
    'table',
    { class: 'edges', 'data-testid': 'edge-table' },
    h('thead', null, h('tr', null, h('th', null, 'Dyad'), h('th', null, 'Events'), h('th', null, 'Goldstein'))),
    h(
      'tbody',
      null,
      net.edges
        .slice(0, 30)
        .map((e) =>
          h(
            'tr',
            { key: e.source + '>' + e.target },
            h(
              'td',
              null,
              h(
                'a',
                { href: hrefFor('timeline', { a: e.source, b: e.target, directed: 'true' }) },
                `${e.source} → ${e.target}`,
              ),
            ),
            h('td', { class: 'num' }, fmtN(e.count)),
            h(
              'td',
              { class: 'num' },
              h('span', { class: 'swatch', style: { background: goldsteinColor(e.goldstein) } }),
              fmtG(e.goldstein),
            ),
          ),
        ),
    ),
    net.edges.length > 30 ? h('caption', { class: 'muted' }, `top 30 of ${net.edges.length} edges`) : null,
  );
}

function Graph({ net }: { net: Network | null }) {
  const ref = useRef<HTMLDivElement | null>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    cy.current = cytoscape({
      container: ref.current,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(id)',
            'font-size': 10,
            width: 'data(size)',
            height: 'data(size)',
            'background-color': '#4a5568',
            color: '#1d232b',
            'text-valign': 'bottom',
            'text-margin-y': 2,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'curve-style': 'bezier',
            opacity: 0.8,
          },
        },
        {
          selector: 'edge:selected, edge.hover',
          style: {
            opacity: 1,
            'line-style': 'solid',
            'z-index': 10,
            label: 'data(label)',
            'font-size': 9,
            'text-background-color': '#fff',
            'text-background-opacity': 0.9,
          },
        },
      ],
    });
    cy.current.on('tap', 'edge', (e) => {
      const d = e.target.data() as { source: string; target: string };
      navigate('timeline', { a: d.source, b: d.target, directed: 'true' });
    });
    cy.current.on('tap', 'node', (e) => navigate('table', { actor: (e.target.data() as { id: string }).id }));
    cy.current.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    cy.current.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    return () => {
      cy.current?.destroy();
      cy.current = null;
    };
  }, []);
  useEffect(() => {
    const c = cy.current;
    if (!c || !net) return;
    const maxNode = Math.max(1, ...net.nodes.map((n) => n.count));
    const maxEdge = Math.max(1, ...net.edges.map((e) => e.count));
    c.elements().remove();
    c.add([
      ...net.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, name: n.name, size: 12 + 38 * Math.sqrt(n.count / maxNode) },
      })),
      ...net.edges.map((e) => ({
        group: 'edges' as const,
        data: {
          id: `${e.source}>${e.target}`,
          source: e.source,
          target: e.target,
          width: 1 + 9 * Math.sqrt(e.count / maxEdge),
          color: goldsteinColor(e.goldstein),
          label: `${e.count} · ${fmtG(e.goldstein)}`,
        },
      })),
    ]);
    const layout =
      net.nodes.length <= 300
        ? {
            name: 'cose',
            animate: false,
            randomize: false,
            nodeRepulsion: () => 9000,
            idealEdgeLength: () => 90,
            numIter: 800,
          }
        : {
            name: 'concentric',
            animate: false,
            concentric: (n: cytoscape.NodeSingular) => n.degree(false),
            levelWidth: () => 3,
          };
    c.layout(layout as cytoscape.LayoutOptions).run();
    c.fit(undefined, 20);
  }, [net]);
  return h('div', {
    class: 'chart tall',
    ref,
    'data-testid': 'network',
    role: 'img',
    'aria-label': net ? `Network of ${net.nodes.length} actors and ${net.edges.length} dyads` : 'Loading network',
  });
}
