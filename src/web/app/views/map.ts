/**
 * The map: events placed by their location's lat/lon on a world map drawn from world-atlas (Natural Earth 1:110m,
 * bundled, no tiles), coloured by quad class and clustered on a pixel grid that follows the zoom. Clicking a point or
 * a cluster lists its events.
 */
import { ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { h } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { api, type StoredEvent } from '../api.js';
import { echarts, useChart } from '../charts.js';
import { EventList } from '../components/event-list.js';
import { QUAD_COLORS, QUAD_SHORT } from '../format.js';
import { navigate, useLoad, type Route } from '../state.js';

echarts.use([ScatterChart, GeoComponent]);

const CELL = 34;
let registered = false;
function registerWorld(): void {
  if (registered) return;
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  // Antarctica (010) is left out: no news there, and its ring along the map's edge draws a line across it.
  const countries = {
    ...topo.objects.countries,
    geometries: topo.objects.countries.geometries.filter((g) => g.id !== '010'),
  };
  echarts.registerMap('world', feature(topo, countries) as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered = true;
}

interface Cluster {
  lon: number;
  lat: number;
  events: StoredEvent[];
  quad: number;
}

export default function MapView({ route }: { route: Route }) {
  const p = route.params;
  const limit = p.limit ?? '2000';
  const query = {
    bbox: '-180,-90,180,90',
    since: p.since,
    until: p.until,
    actor: p.actor,
    quad: p.quad,
    order: 'desc',
    limit,
  };
  const data = useLoad(JSON.stringify(query), (signal) => api.events(query, signal));
  const [picked, setPicked] = useState<StoredEvent[] | null>(null);
  useEffect(() => setPicked(null), [data.data]);
  const set = (patch: Record<string, string | undefined>) => navigate('map', { ...p, ...patch }, true);
  const located = useMemo(
    () => (data.data?.events ?? []).filter((e) => e.location && e.location.lat !== null && e.location.lon !== null),
    [data.data],
  );
  return h(
    'section',
    { class: 'view map-view' },
    h(
      'div',
      { class: 'controls' },
      h(
        'label',
        { class: 'field' },
        h('span', null, 'From'),
        h('input', {
          type: 'date',
          value: p.since ?? '',
          onChange: (e: Event) => set({ since: (e.currentTarget as HTMLInputElement).value || undefined }),
        }),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'To'),
        h('input', {
          type: 'date',
          value: p.until ?? '',
          onChange: (e: Event) => set({ until: (e.currentTarget as HTMLInputElement).value || undefined }),
        }),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Actor'),
        h('input', {
          value: p.actor ?? '',
          placeholder: 'any',
          spellcheck: false,
          onChange: (e: Event) =>
            set({ actor: (e.currentTarget as HTMLInputElement).value.trim().toUpperCase() || undefined }),
        }),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Quad class'),
        h(
          'select',
          {
            value: p.quad ?? '',
            onChange: (e: Event) => set({ quad: (e.currentTarget as HTMLSelectElement).value || undefined }),
          },
          h('option', { value: '' }, 'any'),
          QUAD_SHORT.map((q, i) => h('option', { key: q, value: String(i + 1) }, q)),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Latest events'),
        h(
          'select',
          { value: limit, onChange: (e: Event) => set({ limit: (e.currentTarget as HTMLSelectElement).value }) },
          ['500', '2000', '5000', '10000'].map((n) => h('option', { key: n, value: n }, n)),
        ),
      ),
    ),
    data.error ? h('p', { class: 'error', role: 'alert' }, data.error.message) : null,
    h(
      'div',
      { class: 'panel' },
      h(WorldMap, { events: located, onPick: setPicked }),
      h(
        'p',
        { class: 'hint' },
        data.data
          ? `${located.length} located events (the latest ${limit} with a place)${data.data.next ? '; narrow the dates to see older ones' : ''}. Scroll or pinch to zoom; clusters split as you zoom in.`
          : 'Loading…',
      ),
    ),
    picked
      ? h(
          'div',
          null,
          h('h2', null, `${picked.length} event${picked.length > 1 ? 's' : ''} here`),
          h('div', { class: 'table-wrap' }, h(EventList, { events: picked })),
        )
      : null,
  );
}

function WorldMap({ events, onPick }: { events: StoredEvent[]; onPick: (events: StoredEvent[]) => void }) {
  const { ref, chart } = useChart();
  useEffect(() => {
    const c = chart();
    if (!c) return;
    registerWorld();
    let clusters: Cluster[] = [];
    const draw = () => {
      clusters = cluster(c, events);
      c.setOption({
        series: [
          {
            id: 'events',
            type: 'scatter',
            coordinateSystem: 'geo',
            data: clusters.map((k) => ({
              value: [k.lon, k.lat, k.events.length],
              itemStyle: { color: QUAD_COLORS[k.quad - 1] },
            })),
            symbolSize: (v: number[]) => (v[2] > 1 ? 12 + 5 * Math.sqrt(v[2]) : 9),
            label: {
              show: true,
              formatter: (x: { value: number[] }) => (x.value[2] > 1 ? String(x.value[2]) : ''),
              color: '#fff',
              fontSize: 10,
              fontWeight: 'bold',
            },
            itemStyle: { opacity: 0.85, borderColor: '#fff', borderWidth: 1 },
          },
        ],
      });
    };
    c.setOption(
      {
        animation: false,
        tooltip: { trigger: 'item', formatter: (x: { dataIndex: number }) => tip(clusters[x.dataIndex]) },
        geo: {
          map: 'world',
          roam: true,
          scaleLimit: { min: 1, max: 40 },
          itemStyle: { areaColor: '#e8ecf1', borderColor: '#b8c0cc', borderWidth: 0.5 },
          emphasis: { disabled: true },
          label: { show: false },
          tooltip: { show: false },
        },
        series: [],
      },
      { notMerge: true },
    );
    draw();
    c.off('georoam');
    let pending = 0;
    c.on('georoam', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(draw);
    });
    c.off('click');
    c.on('click', (x: { seriesType?: string; dataIndex: number }) => {
      if (x.seriesType === 'scatter' && clusters[x.dataIndex]) onPick(clusters[x.dataIndex].events);
    });
    return () => cancelAnimationFrame(pending);
  }, [events]);
  return h('div', {
    class: 'chart tall',
    ref,
    'data-testid': 'map',
    role: 'img',
    'aria-label': `World map of ${events.length} events`,
  });
}

/** Groups events whose points fall in the same CELL-pixel square at the current zoom. */
function cluster(c: ReturnType<typeof echarts.init>, events: StoredEvent[]): Cluster[] {
  const cells = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const px = c.convertToPixel({ geoIndex: 0 }, [e.location!.lon!, e.location!.lat!]) as number[] | undefined;
    const key = px
      ? `${Math.floor(px[0] / CELL)}:${Math.floor(px[1] / CELL)}`
      : `${e.location!.lon}:${e.location!.lat}`;
    const list = cells.get(key);
    if (list) list.push(e);
    else cells.set(key, [e]);
  }
  return [...cells.values()].map((list) => {
    const q = [0, 0, 0, 0];
    for (const e of list) q[e.quad - 1]++;
    return {
      lon: list.reduce((s, e) => s + e.location!.lon!, 0) / list.length,
      lat: list.reduce((s, e) => s + e.location!.lat!, 0) / list.length,
      events: list,
      quad: q.indexOf(Math.max(...q)) + 1,
    };
  });
}

/** Tooltip text: built as text and escaped, since place names come from articles. */
function tip(k: Cluster | undefined): string {
  if (!k) return '';
  const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const places = [...new Set(k.events.map((e) => e.location!.name))].slice(0, 3).map(esc).join(', ');
  const q = [0, 0, 0, 0];
  for (const e of k.events) q[e.quad - 1]++;
  return (
    `${places}<br/>${k.events.length} event${k.events.length > 1 ? 's' : ''}: ` +
    q
      .map((n, i) => (n ? `${n} ${QUAD_SHORT[i].toLowerCase()}` : ''))
      .filter(Boolean)
      .join(', ')
  );
}
