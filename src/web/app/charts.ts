/** ECharts with only the parts the dashboard draws (bars, lines, scatter on a grid or a map), on canvas. */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GeoComponent, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, MarkAreaComponent, GeoComponent, CanvasRenderer]);

export { echarts };
export type Chart = ReturnType<typeof echarts.init>;

/** A chart bound to a div: created once, resized with its box, disposed on unmount. */
export function useChart(): { ref: { current: HTMLDivElement | null }; chart: () => Chart | null } {
  const ref = useRef<HTMLDivElement | null>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    chart.current = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    const ro = new ResizeObserver(() => chart.current?.resize());
    ro.observe(ref.current);
    return () => {
      ro.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  return { ref, chart: () => chart.current };
}
