import type { Dimension, EventFilter } from '../store/query.js';
import type { Store } from '../store/types.js';

/** An actor in a network: events it took part in (as source or target) within the window. */
export interface NetworkNode {
  id: string;
  name: string;
  count: number;
  out: number;
  in: number;
}

/** A directed edge source → target: the number of events and their mean Goldstein score. */
export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  goldstein: number;
}

/** Options for {@link network}. */
export interface NetworkOptions {
  /** Group by full actor code (default) or by country. */
  by?: 'actor' | 'country';
  /** Keep only the heaviest edges (default 500). */
  limit?: number;
  /** Drop edges with fewer events (default 1). */
  minCount?: number;
}

/** The actor network: weighted, directed edges and the nodes they join, over the events matching `filter` (a window: `since`/`until`). */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Builds the actor network of a window. Events without a target are left out. */
export async function network(store: Store, filter: EventFilter, options: NetworkOptions = {}): Promise<Network> {
  const country = options.by === 'country';
  const by: Dimension[] = country ? ['source_country', 'target_country'] : ['source', 'target'];
  const rows = await store.aggregate(filter, { by, nonNull: by, limit: options.limit ?? 500 });
  const edges: NetworkEdge[] = rows
    .filter((r) => r.count >= (options.minCount ?? 1))
    .map((r) => ({
      source: r.key[by[0]] as string,
      target: r.key[by[1]] as string,
      count: r.count,
      goldstein: r.goldstein,
    }));
  const nodes = new Map<string, NetworkNode>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, name: id, count: 0, out: 0, in: 0 }));
    return n;
  };
  for (const e of edges) {
    node(e.source).out += e.count;
    node(e.target).in += e.count;
    node(e.source).count += e.count;
    if (e.target !== e.source) node(e.target).count += e.count;
  }
  if (!country && nodes.size > 0) {
    for (const a of await store.getActors([...nodes.keys()])) nodes.get(a.code)!.name = a.name;
  }
  return { nodes: [...nodes.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)), edges };
}
