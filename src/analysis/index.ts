/**
 * Aggregates over the store, all built on {@link Store.aggregate} so that they work the same on both engines.
 *
 * @packageDocumentation
 */
export { timeline, type Timeline, type TimelinePoint } from './timeline.js';
export { network, type Network, type NetworkEdge, type NetworkNode, type NetworkOptions } from './network.js';
export { topActors, topDyads, countsByCode, type TopActor, type TopDyad } from './top.js';
export { escalationAlerts, type Alert, type AlertOptions, type AlertReport, type AlertWeek } from './alerts.js';
export { periodStart, periodEnd, periodsBetween, nextPeriod, addDays, type Interval } from './periods.js';
