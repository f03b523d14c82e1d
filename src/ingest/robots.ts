/** The rules of a robots.txt that apply to one user agent. */
export interface RobotsRules {
  allow: string[];
  disallow: string[];
  /** Seconds between requests the site asks for, if it says. */
  crawlDelay?: number;
}

/**
 * Parses robots.txt (RFC 9309) and keeps the group for `agent` (matched case-insensitively on the product token,
 * e.g. `dyad`), else the `*` group. Unknown lines are ignored.
 */
export function parseRobots(source: string, agent: string): RobotsRules {
  const token = agent.toLowerCase().split('/')[0];
  const groups: { agents: string[]; rules: RobotsRules }[] = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let lastWasAgent = false;
  for (const raw of source.split(/\r?\n|\r/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [] } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' && value) current.rules.allow.push(value);
    else if (key === 'disallow' && value) current.rules.disallow.push(value);
    else if (key === 'crawl-delay' && Number.isFinite(Number(value))) current.rules.crawlDelay = Number(value);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return chosen.reduce<RobotsRules>(
    (acc, g) => ({
      allow: [...acc.allow, ...g.rules.allow],
      disallow: [...acc.disallow, ...g.rules.disallow],
      crawlDelay: g.rules.crawlDelay ?? acc.crawlDelay,
    }),
    { allow: [], disallow: [] },
  );
}

function matchLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path) ? pattern.length : -1;
}

/** True when `path` (with its query) may be fetched: the longest matching rule wins, `Allow` on a tie. */
export function robotsAllows(rules: RobotsRules, path: string): boolean {
  const best = (patterns: string[]) => Math.max(-1, ...patterns.map((p) => matchLength(p, path)));
  const allow = best(rules.allow);
  const disallow = best(rules.disallow);
  return disallow < 0 || allow >= disallow;
}
