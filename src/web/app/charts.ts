/**
 * ECharts core on canvas with tooltips; each view registers the few charts and components it draws (`echarts.use`),
 * so the timeline's chunk carries no map code and the map's no bars.
 */
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';

echarts.use([TooltipComponent, CanvasRenderer]);

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
