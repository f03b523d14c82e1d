/**
 * The dashboard's state lives in the URL hash, `#/view?key=value&…`, so every screen is a shareable link and the
 * back button works. The hash keeps the API's paths (`/events`, `/timeline`, …) free for the API.
 */
import { useEffect, useState } from 'preact/hooks';

export const VIEWS = ['table', 'timeline', 'network', 'map', 'ingest'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  params: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const s = hash.replace(/^#\/?/, '');
  const [path, query = ''] = s.split('?', 2);
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'table';
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) if (v !== '') params[k] = v;
  return { view, params };
}

export function hrefFor(view: View, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#/${view}${s ? '?' + s : ''}`;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', notify);
  window.addEventListener('hashchange', notify);
}

/** Goes to a view: a new history entry, or (`replace`) an edit of the current one, as when typing in a filter. */
export function navigate(
  view: View,
  params: Record<string, string | number | undefined | null> = {},
  replace = false,
): void {
  const href = hrefFor(view, params);
  if (href === location.hash) return;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  notify();
}

/** The current route; re-renders on every change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return route;
}

let markFirstData: () => void = () => {};
/** Settles when a view has shown its first data (or after `ms`): the header's totals wait for it, so on a large store their slow count never delays the view's first rows. */
const firstData = new Promise<void>((resolve) => (markFirstData = resolve));
export function afterFirstData(ms = 1500): Promise<void> {
  return Promise.race([firstData, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/** Runs an async loader when `key` changes, aborting the previous run; returns its data, error and loading flag. */
export function useLoad<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): { data: T | null; error: Error | null; loading: boolean } {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: Error | null; loading: boolean }>({
    key: null,
    data: null,
    error: null,
    loading: false,
  });
  useEffect(() => {
    if (key === null) {
      setState({ key, data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ ...s, key, error: null, loading: true }));
    load(ctl.signal).then(
      (data) => {
        markFirstData();
        if (!ctl.signal.aborted) setState({ key, data, error: null, loading: false });
      },
      (error: Error) => !ctl.signal.aborted && setState({ key, data: null, error, loading: false }),
    );
    return () => ctl.abort();
  }, [key]);
  return state;
}

/** A value that follows `value` after `ms` of quiet. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Adds days to an ISO date. */
export function addDays(day: string, n: number): string {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
