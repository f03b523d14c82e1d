// Writes schema/event-record.schema.json from the zod schema in src/schema/event-record.ts (run after `npm run build`).
import { writeFileSync, mkdirSync } from 'node:fs';
import { z } from 'zod';
import { EventRecord, ExtractRecord } from '../dist/schema/event-record.js';

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
for (const [name, schema] of [
  ['event-record', EventRecord],
  ['extract-record', ExtractRecord],
]) {
  const json = { $id: `https://dyad.dev/schema/${name}.schema.json`, ...z.toJSONSchema(schema) };
  writeFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), JSON.stringify(json, null, 2) + '\n');
}
console.log('wrote schema/event-record.schema.json and schema/extract-record.schema.json');
