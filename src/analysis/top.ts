import type { EventFilter } from '../store/query.js';
import type { Store } from '../store/types.js';

/** An actor and the events it took part in, as source, as target and in all. */
export interface TopActor {
  code: string;
  name: string;
  count: number;
  asSource: number;
  asTarget: number;
}

/** The most active actors among the events matching `filter` (an event between A and A counts once for A). */
export async function topActors(store: Store, filter: EventFilter, limit = 20): Promise<TopActor[]> {
  const rows = await store.aggregate(filter, { by: ['source', 'target'] });
  const acc = new Map<string, TopActor>();
  const get = (code: string) => {
    let a = acc.get(code);
    if (!a) acc.set(code, (a = { code, name: code, count: 0, asSource: 0, asTarget: 0 }));
    return a;
  };
  for (const r of rows) {
    const s = r.key.source as string;
    const t = r.key.target as string | null;
    get(s).asSource += r.count;
    get(s).count += r.count;
    if (t) {
      get(t).asTarget += r.count;
      if (t !== s) get(t).count += r.count;
    }
  }
  const top = [...acc.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).slice(0, limit);
  const names = new Map((await store.getActors(top.map((a) => a.code))).map((a) => [a.code, a.name]));
  return top.map((a) => ({ ...a, name: names.get(a.code) ?? a.code }));
}

/** A dyad and its events. Undirected dyads are named with their codes in sorted order. */
export interface TopDyad {
  source: string;
  target: string;
  count: number;
  goldstein: number;
}

/** The dyads with most events among those matching `filter`, directed (A→B apart from B→A) or not (default). */
export async function topDyads(
  store: Store,
  filter: EventFilter,
  options: { limit?: number; directed?: boolean } = {},
): Promise<TopDyad[]> {
  const rows = await store.aggregate(filter, { by: ['source', 'target'] });
  const acc = new Map<string, TopDyad & { sum: number }>();
  for (const r of rows) {
    const t = r.key.target as string | null;
    if (!t) continue;
    let [a, b] = [r.key.source as string, t];
    if (!options.directed && b < a) [a, b] = [b, a];
    const key = `${a}\u0000${b}`;
    let d = acc.get(key);
    if (!d) acc.set(key, (d = { source: a, target: b, count: 0, goldstein: 0, sum: 0 }));
    d.count += r.count;
    d.sum += r.goldstein * r.count;
  }
  return [...acc.values()]
    .sort((x, y) => y.count - x.count || x.source.localeCompare(y.source) || x.target.localeCompare(y.target))
    .slice(0, options.limit ?? 20)
    .map(({ sum, ...d }) => ({ ...d, goldstein: sum / d.count }));
}

/** Events per CAMEO code (or root), most frequent first. */
export async function countsByCode(
  store: Store,
  filter: EventFilter,
  level: 'code' | 'root' = 'root',
): Promise<Array<{ code: string; count: number; goldstein: number }>> {
  const rows = await store.aggregate(filter, { by: [level], limit: 1000 });
  return rows.map((r) => ({ code: r.key[level] as string, count: r.count, goldstein: r.goldstein }));
}
