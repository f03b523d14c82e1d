import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/dyad.js', import.meta.url).pathname;

const STORY = [
  'Foreign ministers of Brazil and Argentina met in Montevideo on Friday to discuss a common currency for trade between the two largest economies of South America.',
  'The ministers agreed to set up a working group that will report within six months on how such a unit of account could work for importers and exporters.',
  'Uruguay offered to host the next round of talks, officials said, while economists warned that the plan would face resistance from both central banks.',
].join('\n\n');

describe('dyad duplicates', () => {
  it('groups a syndicated copy and a trimmed copy with their original, and leaves other stories alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-dup-'));
    const file = join(dir, 'batch.jsonl');
    const rows = [
      { id: 'wire', text: STORY },
      { id: 'copy', text: `MONTEVIDEO (Agency) - ${STORY}\n\nReporting by a staff writer.` },
      { id: 'trim', text: STORY.split('\n\n').slice(0, 2).join('\n\n') },
      {
        id: 'other',
        text: 'Kenya and Ethiopia signed an agreement on Tuesday to build a power line across their border, the energy ministry in Nairobi said.',
      },
    ];
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = spawnSync(process.execPath, [bin, 'duplicates', file, '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.articles).toBe(4);
    expect(out.groups).toEqual([['wire', 'copy', 'trim']]);
  });
});
