import type { Dialect } from './dialect.js';
import { prefixEnd, type EventFilter } from './query.js';

/** A SQL condition over the events table aliased `e`, with its `?` parameters in order. */
export interface Condition {
  sql: string;
  params: unknown[];
}

function prefix(column: string, code: string, params: unknown[]): string {
  params.push(code, prefixEnd(code));
  return `(${column} >= ? AND ${column} < ?)`;
}

/**
 * Turns typed filters into a WHERE condition. Every value travels as a parameter; column names come from this file
 * only. `forCounts` leaves out negated events unless the filter asks for them (`negated` or a `modality` naming it).
 * `actorSide` narrows the `actor` filter to the actor as source or as target only.
 */
export function whereClause(
  filter: EventFilter,
  dialect: Dialect,
  forCounts: boolean,
  actorSide?: 'source' | 'target',
): Condition {
  const parts: string[] = [];
  const params: unknown[] = [];
  // An actor prefix as the list of known codes it covers, so each becomes an index seek (every stored actor is in `actors`).
  const actorPrefix = (column: string, code: string, params: unknown[]): string => {
    params.push(code, prefixEnd(code));
    return dialect.inActors(column);
  };
  if (filter.actor) {
    if (actorSide) parts.push(actorPrefix(`e.${actorSide}_code`, filter.actor, params));
    else
      parts.push(
        `(${actorPrefix('e.source_code', filter.actor, params)} OR ${actorPrefix('e.target_code', filter.actor, params)})`,
      );
  }
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    const ab = `(${actorPrefix('e.source_code', a, params)} AND ${actorPrefix('e.target_code', b, params)})`;
    if (filter.directed) parts.push(ab);
    else
      parts.push(
        `(${ab} OR (${actorPrefix('e.source_code', b, params)} AND ${actorPrefix('e.target_code', a, params)}))`,
      );
  }
  if (filter.code?.length) parts.push(`(${filter.code.map((c) => prefix('e.code', c, params)).join(' OR ')})`);
  if (filter.quad?.length) {
    parts.push(`e.quad IN (${filter.quad.map(() => '?').join(',')})`);
    params.push(...filter.quad);
  }
  if (filter.plover) {
    parts.push('e.plover_event = ?');
    params.push(filter.plover);
  }
  if (filter.modality?.length) {
    parts.push(`e.modality IN (${filter.modality.map(() => '?').join(',')})`);
    params.push(...filter.modality);
  }
  if (forCounts && !filter.negated && !filter.modality?.includes('negated')) parts.push('e.negated = 0');
  if (filter.since) {
    parts.push('e.day >= ?');
    params.push(filter.since);
  }
  if (filter.until) {
    parts.push('e.day <= ? AND e.day <> ?');
    params.push(filter.until, '');
  }
  if (filter.country) {
    parts.push('e.location_country = ?');
    params.push(filter.country);
  }
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    parts.push('(e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?)');
    params.push(minLat, maxLat, minLon, maxLon);
  }
  if (filter.q !== undefined) {
    const match = dialect.textMatch(filter.q);
    if (match) {
      parts.push(match.sql);
      params.push(...match.params);
    } else {
      parts.push('1 = 0');
    }
  }
  if (filter.article) {
    parts.push('e.article_id = ?');
    params.push(filter.article);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
}

/**
 * The filter as conditions whose matches are disjoint and together are exactly the filter's: one condition, or (when
 * `dialect.splitEitherWay`) an undirected dyad as A→B and B→A-but-not-A→B, an actor as source and target-not-source.
 */
export function eitherWayBranches(filter: EventFilter, dialect: Dialect, forCounts: boolean): Condition[] {
  const not = (c: Condition, rest: Condition): Condition => ({
    sql: `${rest.sql} AND NOT (${c.sql})`,
    params: [...rest.params, ...c.params],
  });
  if (dialect.splitEitherWay && filter.dyad && !filter.directed) {
    const [a, b] = filter.dyad;
    const ab = whereClause({ ...filter, dyad: [a, b], directed: true }, dialect, forCounts);
    const ba = whereClause({ ...filter, dyad: [b, a], directed: true }, dialect, forCounts);
    return [ab, not(whereClause({ dyad: [a, b], directed: true }, dialect, false), ba)];
  }
  if (dialect.splitEitherWay && filter.actor) {
    const asSource = whereClause(filter, dialect, forCounts, 'source');
    const asTarget = whereClause(filter, dialect, forCounts, 'target');
    return [asSource, not(whereClause({ actor: filter.actor }, dialect, false, 'source'), asTarget)];
  }
  return [whereClause(filter, dialect, forCounts)];
}
