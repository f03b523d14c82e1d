#!/usr/bin/env node
/**
 * Builds data/events/cameo.json, the facts about every CAMEO event code, from the CAMEO tables in
 * ../shared/eval/raw/cameo/ (or the folder given as the first argument):
 *
 *   CAMEO.eventcodes.goldstein.quad.tsv  code, name, Goldstein score, root, quad class (has the 2-digit roots)
 *   CAMEO.codebook.tsv                   code, name, Goldstein score, quad class (+ texts we do not copy)
 *   CAMEO2PLOVER-2021.txt                "CODE: EVENT, mode, context # comment" lines
 *
 * Only facts are written: code, root, name, Goldstein score, quad class, PLOVER event/mode/context. No description,
 * usage note or example is copied.
 *
 * Decisions, so that a reader of cameo.json can trace every value:
 * - Names come from the codebook (the CAMEO manual), because the Goldstein table carries GDELT's shifted names for
 *   101-108 ("106 Demand withdrawal" where the manual has "106 Demand meeting, negotiation"). Root names, absent from
 *   the codebook, come from the Goldstein table. One typo of the codebook is corrected (see NAME_FIXES).
 * - The Goldstein score comes from the Goldstein table, else the codebook. Codes with no score in either table
 *   (1213, 1214 and the later additions 155, 176, 1834, 1951, 1952) take their parent's score, and record the parent
 *   in `goldsteinFrom`.
 * - PLOVER: the 01 and 02 roots are dropped by PLOVER, so their codes map to null. A code the conversion table does
 *   not list takes its nearest listed ancestor's mapping and records it in `ploverFrom`. The table lists root 08 twice
 *   (CONCEDE for 081-083, RETREAT for 084-087); the root itself keeps the first line, CONCEDE.
 *
 * Usage: node scripts/build-ontology.mjs [cameo-folder] [out-file]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'eval', 'raw', 'cameo'));
const outFile = resolve(process.argv[3] ?? join(repo, 'data', 'events', 'cameo.json'));

const NAME_FIXES = { 'Make statement, not specificed below': 'Make statement, not specified below' };
/** PLOVER drops the CAMEO statement and appeal roots. */
const PLOVER_DROPPED_ROOTS = new Set(['01', '02']);

function fail(message) {
  console.error(`dyad: ${message}`);
  process.exit(1);
}

function readTsv(name) {
  const path = join(srcDir, name);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    fail(`cannot read ${path}; pass the folder holding the CAMEO tables as the first argument.`);
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split('\t');
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    const row = Object.fromEntries(header.map((h, j) => [h, (cells[j] ?? '').trim()]));
    row.__line = i + 2;
    row.__file = path;
    return row;
  });
}

function parseScore(value, where) {
  if (value === '' || value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n)) fail(`${where}: "${value}" is not a Goldstein score.`);
  return n;
}

const isCode = (c) => /^\d{2,4}$/.test(c);
const parentOf = (c) => (c.length === 4 ? c.slice(0, 3) : c.length === 3 ? c.slice(0, 2) : null);

// 1. The Goldstein/quad table: every code, including roots.
const codes = new Map();
for (const row of readTsv('CAMEO.eventcodes.goldstein.quad.tsv')) {
  const code = row.cameo_code;
  if (!isCode(code)) fail(`${row.__file}:${row.__line}: "${code}" is not a CAMEO code.`);
  codes.set(code, {
    code,
    root: code.slice(0, 2),
    name: row.name,
    goldstein: parseScore(row.goldstein, `${row.__file}:${row.__line}`),
    quad: Number(row.quad_class),
  });
}

// 2. The codebook: authoritative names, and codes the Goldstein table lacks.
for (const row of readTsv('CAMEO.codebook.tsv')) {
  const code = row.code;
  if (!isCode(code)) fail(`${row.__file}:${row.__line}: "${code}" is not a CAMEO code.`);
  const name = NAME_FIXES[row.name] ?? row.name;
  const known = codes.get(code);
  if (known) {
    known.name = name;
    if (known.goldstein === null) known.goldstein = parseScore(row.goldstein, `${row.__file}:${row.__line}`);
  } else {
    codes.set(code, {
      code,
      root: code.slice(0, 2),
      name,
      goldstein: parseScore(row.goldstein, `${row.__file}:${row.__line}`),
      quad: Number(row.quad_class),
    });
  }
}

// 3. The PLOVER conversion table.
const plover = new Map();
const ploverPath = join(srcDir, 'CAMEO2PLOVER-2021.txt');
let ploverText;
try {
  ploverText = readFileSync(ploverPath, 'utf8');
} catch {
  fail(`cannot read ${ploverPath}.`);
}
ploverText.split(/\r?\n/).forEach((raw, i) => {
  const line = raw.split('#')[0].trim();
  const m = /^(\d{2,4}):\s*(.*)$/.exec(line);
  if (!m) return;
  const [, code, rest] = m;
  const [event, mode, context] = rest.split(',').map((s) => s.trim());
  if (!/^[A-Z]+$/.test(event ?? '')) fail(`${ploverPath}:${i + 1}: "${event}" is not a PLOVER event.`);
  if (plover.has(code)) return; // first line wins (root 08; 175 is listed twice)
  plover.set(code, {
    event,
    mode: mode ? mode : null,
    context: context
      ? context
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  });
});

// 4. Fill the gaps and write.
const sorted = [...codes.keys()].sort((a, b) => (a.padEnd(4, ' ') < b.padEnd(4, ' ') ? -1 : 1));
const out = {};
for (const code of sorted) {
  const entry = codes.get(code);
  if (![1, 2, 3, 4].includes(entry.quad)) fail(`code ${code} has no quad class in the tables.`);
  if (entry.goldstein === null) {
    let p = parentOf(code);
    while (p && codes.get(p)?.goldstein === null) p = parentOf(p);
    if (!p) fail(`code ${code} has no Goldstein score and no parent with one.`);
    entry.goldstein = codes.get(p).goldstein;
    entry.goldsteinFrom = p;
  }
  let mapped = null;
  let from = null;
  if (!PLOVER_DROPPED_ROOTS.has(entry.root)) {
    for (let c = code; c; c = parentOf(c)) {
      if (plover.has(c)) {
        mapped = plover.get(c);
        from = c === code ? null : c;
        break;
      }
    }
  }
  out[code] = {
    code,
    root: entry.root,
    name: entry.name,
    goldstein: entry.goldstein,
    quad: entry.quad,
    plover: mapped ? { ...mapped } : null,
    ...(entry.goldsteinFrom ? { goldsteinFrom: entry.goldsteinFrom } : {}),
    ...(from ? { ploverFrom: from } : {}),
  };
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(out, null, 2) + '\n');
const roots = sorted.filter((c) => c.length === 2).length;
console.log(`wrote ${sorted.length} CAMEO codes (${roots} roots) to ${outFile}`);
