import { escalationAlerts } from '../../analysis/alerts.js';
import { AlertsParams } from '../../api/params.js';
import { openStore } from '../../store/index.js';
import { choiceOption, EXIT, UsageError, type Command } from '../command.js';
import { FILTER_OPTIONS, rawFilters, SELECT_FLAGS } from '../filters.js';

/** `dyad alerts`: weeks where conflict rose well above its own recent baseline. */
export const alertsCommand: Command = {
  name: 'alerts',
  summary: 'flag weeks where conflict in a dyad or around an actor rose well above its recent baseline',
  usage: `dyad alerts (--dyad A,B | --actor X) [--db PATH|URL] [--metric share|count] [--threshold 2]
            [--baseline-weeks 12] [--min-events 5] [--since D] [--until D] [--format table|json]

Each week's material-conflict share (or count) is compared with the trailing weeks (z-score); weeks at or above the
threshold with enough events are listed with the events behind them.`,
  options: {
    db: { type: 'string' },
    format: { type: 'string' },
    metric: { type: 'string' },
    threshold: { type: 'string' },
    'baseline-weeks': { type: 'string' },
    'min-events': { type: 'string' },
    ...FILTER_OPTIONS,
  },
  async run({ values }, io) {
    const format = choiceOption('format', values.format, ['table', 'json'] as const, 'table');
    const raw = rawFilters(values, SELECT_FLAGS);
    if (typeof values.metric === 'string') raw.metric = values.metric;
    if (typeof values.threshold === 'string') raw.threshold = values.threshold;
    if (typeof values['baseline-weeks'] === 'string') raw.baselineWeeks = values['baseline-weeks'];
    if (typeof values['min-events'] === 'string') raw.minEvents = values['min-events'];
    const parsed = AlertsParams.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`dyad alerts: --${issue.path.join('.') || 'dyad'}: ${issue.message}.`);
    }
    const { metric, threshold, minEvents, baselineWeeks, ...filter } = parsed.data;
    const store = await openStore(values.db as string | undefined);
    try {
      const report = await escalationAlerts(store, filter, { metric, threshold, minEvents, baselineWeeks });
      if (format === 'json') io.out(JSON.stringify(report, null, 2));
      else {
        io.out(
          `${report.series.length} weeks watched, ${report.alerts.length} alerts (metric ${report.metric}, z ≥ ${report.threshold})`,
        );
        for (const a of report.alerts) {
          io.out(
            `week of ${a.week}: ${a.conflict}/${a.total} material-conflict events, value ${a.value.toFixed(2)} vs baseline ${a.mean.toFixed(2)} ± ${a.std.toFixed(2)} (z ${a.z.toFixed(1)})`,
          );
          for (const e of a.events.slice(0, 5))
            io.out(
              `    ${e.date ?? '-'} ${e.source.code} ${e.code} ${e.target?.code ?? '-'}  ${e.evidence.text.replace(/\s+/g, ' ').slice(0, 100)}`,
            );
        }
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
