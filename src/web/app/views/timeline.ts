/**
 * The dyad timeline: two actors (search as you type), events per week by quad class (stacked bars) and their mean
 * Goldstein score (line), escalation alerts marked; clicking a week lists its events.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent } from 'echarts/components';
import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { api, type AlertReport, type Timeline } from '../api.js';
import { ActorPicker } from '../components/actor-picker.js';
import { EventList } from '../components/event-list.js';
import { echarts, useChart } from '../charts.js';
import { fmtG, QUAD_COLORS, QUAD_SHORT } from '../format.js';
import { addDays, hrefFor, navigate, useLoad, type Route } from '../state.js';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, DataZoomComponent, MarkAreaComponent]);

type Interval = 'day' | 'week' | 'month';

/** The last day of the bucket that starts on `period`. */
function periodEnd(period: string, interval: Interval): string {
  if (interval === 'day') return period;
  if (interval === 'week') return addDays(period, 6);
  const d = new Date(period + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

export default function TimelineView({ route }: { route: Route }) {
  const p = route.params;
  const interval: Interval = p.interval === 'day' || p.interval === 'month' ? p.interval : 'week';
  const dyad = p.a && p.b ? `${p.a},${p.b}` : null;
  const directed = p.directed === 'true' ? 'true' : undefined;
  const base = { dyad: dyad ?? undefined, directed, since: p.since, until: p.until };
  const key = dyad ? JSON.stringify({ ...base, interval }) : null;
  const data = useLoad(key, async (signal) => {
    const [timeline, alerts] = await Promise.all([
      api.timeline({ ...base, interval }, signal),
      api.alerts(base, signal).catch(() => null),
    ]);
    return { timeline, alerts };
  });
  const week = p.period;
  const weekEvents = useLoad(dyad && week ? JSON.stringify({ ...base, week, interval }) : null, (signal) =>
    api.events({ dyad: dyad!, directed, since: week!, until: periodEnd(week!, interval), limit: 200 }, signal),
  );
  const set = (patch: Record<string, string | undefined>) => navigate('timeline', { ...p, ...patch });

  return h(
    'section',
    { class: 'view timeline-view' },
    h(
      'div',
      { class: 'controls' },
      h(ActorPicker, {
        id: 'actor-a',
        label: 'Actor A',
        value: p.a ?? '',
        onChange: (a) => set({ a, period: undefined }),
      }),
      h(ActorPicker, {
        id: 'actor-b',
        label: 'Actor B',
        value: p.b ?? '',
        onChange: (b) => set({ b, period: undefined }),
      }),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Direction'),
        h(
          'select',
          {
            value: directed ?? '',
            onChange: (e: Event) =>
              set({ directed: (e.currentTarget as HTMLSelectElement).value || undefined, period: undefined }),
          },
          h('option', { value: '' }, 'both ways'),
          h('option', { value: 'true' }, 'A → B only'),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Bucket'),
        h(
          'select',
          {
            value: interval,
            onChange: (e: Event) => set({ interval: (e.currentTarget as HTMLSelectElement).value, period: undefined }),
          },
          ['day', 'week', 'month'].map((i) => h('option', { key: i, value: i }, i)),
        ),
      ),
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
    ),
    !dyad
      ? h(
          'p',
          { class: 'hint' },
          'Pick two actors (a code prefix such as RUS matches every Russian actor), or click an edge in the network.',
        )
      : null,
    data.error ? h('p', { class: 'error', role: 'alert' }, data.error.message) : null,
    dyad
      ? h(TimelineChart, {
          timeline: data.data?.timeline ?? null,
          alerts: data.data?.alerts ?? null,
          selected: week,
          onPick: (period) => set({ period }),
        })
      : null,
    data.data?.alerts && data.data.alerts.alerts.length > 0
      ? h(
          'div',
          { class: 'panel alerts' },
          h(
            'strong',
            null,
            `${data.data.alerts.alerts.length} escalation alert${data.data.alerts.alerts.length > 1 ? 's' : ''}`,
          ),
          h(
            'span',
            { class: 'muted' },
            ` (material-conflict ${data.data.alerts.metric} at least ${data.data.alerts.threshold} standard deviations above the trailing weeks)`,
          ),
          h(
            'ul',
            { class: 'alerts-list' },
            data.data.alerts.alerts.map((a) =>
              h(
                'li',
                { key: a.week },
                h(
                  'a',
                  { href: '#', onClick: (e: Event) => (e.preventDefault(), set({ period: a.week, interval: 'week' })) },
                  `week of ${a.week}`,
                ),
                ` · z = ${a.z.toFixed(1)} · ${a.conflict} of ${a.total} events material conflict`,
              ),
            ),
          ),
        )
      : null,
    week
      ? h(
          'div',
          { class: 'week-events' },
          h(
            'h2',
            null,
            `${dyad?.replace(',', ' – ')}: events ${interval === 'day' ? 'on' : 'from'} ${week}${interval === 'day' ? '' : ' to ' + periodEnd(week, interval)}`,
          ),
          weekEvents.error ? h('p', { class: 'error' }, weekEvents.error.message) : null,
          weekEvents.data
            ? h(
                'div',
                { class: 'table-wrap' },
                h(EventList, { events: weekEvents.data.events, empty: 'No events in this period.' }),
              )
            : h('p', { class: 'muted' }, 'Loading…'),
          h(
            'p',
            { class: 'hint' },
            weekEvents.data?.next ? 'The first 200 events. ' : '',
            h(
              'a',
              {
                href: hrefFor('table', {
                  dyad: dyad ?? undefined,
                  directed,
                  since: week,
                  until: periodEnd(week, interval),
                }),
              },
              'Open them in the event table',
            ),
            ' to filter, sort and page.',
          ),
        )
      : dyad
        ? h('p', { class: 'hint' }, 'Click a bar to list the events of that period.')
        : null,
  );
}

function TimelineChart({
  timeline,
  alerts,
  selected,
  onPick,
}: {
  timeline: Timeline | null;
  alerts: AlertReport | null;
  selected?: string;
  onPick: (period: string) => void;
}) {
  const { ref, chart } = useChart();
  useEffect(() => {
    const c = chart();
    if (!c || !timeline) return;
    const periods = timeline.points.map((pt) => pt.period);
    const alertWeeks = new Set((alerts?.alerts ?? []).map((a) => a.week));
    const max = Math.max(1, ...timeline.points.map((pt) => pt.count));
    c.setOption(
      {
        animation: false,
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          valueFormatter: (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : fmtG(v)) : '–'),
        },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 44, right: 44, top: 36, bottom: periods.length > 40 ? 56 : 28 },
        dataZoom: periods.length > 40 ? [{ type: 'slider', height: 18, bottom: 8 }, { type: 'inside' }] : [],
        xAxis: { type: 'category', data: periods, axisLabel: { hideOverlap: true } },
        yAxis: [
          { type: 'value', name: 'events', minInterval: 1, splitLine: { lineStyle: { color: '#eee' } } },
          { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
        ],
        series: [
          ...QUAD_SHORT.map((name, i) => ({
            name,
            type: 'bar' as const,
            stack: 'quad',
            color: QUAD_COLORS[i],
            data: timeline.points.map((pt) => pt.quad[i]),
            emphasis: { focus: 'series' as const },
            ...(i === 0
              ? {
                  markArea: {
                    silent: true,
                    itemStyle: { color: 'rgba(225,87,89,0.12)' },
                    data: periods
                      .filter((p) => alertWeeks.has(p) || p === selected)
                      .map((p) => [
                        { xAxis: p, itemStyle: p === selected ? { color: 'rgba(43,108,176,0.15)' } : undefined },
                        { xAxis: p },
                      ]),
                  },
                }
              : {}),
          })),
          {
            name: 'Mean Goldstein',
            type: 'line' as const,
            yAxisIndex: 1,
            color: '#333',
            connectNulls: false,
            symbolSize: 5,
            data: timeline.points.map((pt) => (pt.goldstein === null ? null : Number(pt.goldstein.toFixed(2)))),
          },
          {
            name: 'Alert',
            type: 'scatter' as const,
            color: '#b42318',
            symbol: 'triangle',
            symbolSize: 14,
            symbolRotate: 180,
            data: periods.map((p) => (alertWeeks.has(p) ? max * 1.08 : null)),
            tooltip: { show: false },
          },
        ],
      },
      { notMerge: true },
    );
    c.off('click');
    c.on('click', (e: { dataIndex?: number }) => {
      if (typeof e.dataIndex === 'number' && periods[e.dataIndex]) onPick(periods[e.dataIndex]);
    });
    // A click anywhere in a column (not only on a bar) picks its period.
    c.getZr().off('click');
    c.getZr().on('click', (e: { offsetX: number; offsetY: number; target?: unknown }) => {
      if (e.target) return;
      const at = c.convertFromPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY]) as number[] | undefined;
      const i = at ? Math.round(at[0]) : -1;
      if (i >= 0 && i < periods.length && c.containPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY])) onPick(periods[i]);
    });
  }, [timeline, alerts, selected]);
  return h(
    'div',
    { class: 'panel' },
    h('div', {
      class: 'chart',
      ref,
      'data-testid': 'timeline-chart',
      role: 'img',
      'aria-label': timeline
        ? `Events per ${timeline.interval} by quad class, ${timeline.points.length} periods`
        : 'Loading timeline',
    }),
    timeline && timeline.points.length === 0 ? h('p', { class: 'empty' }, 'No events between these actors.') : null,
  );
}
