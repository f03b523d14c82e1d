#!/usr/bin/env node
/**
 * Mention detection on the GUM news documents (issue 3): how many of the people, places and organisations that GUM
 * links to Wikipedia dyad's actor stages find, and how many of dyad's mentions are such entities.
 *
 *   npm run build && node scripts/eval-gum.mjs [DIR] [--show N] [--json] [--docs]
 *
 * DIR defaults to `../shared/eval/raw/ner/gum-news`; the script reads `dep/*.conllu` (the text, with `SpaceAfter=No`,
 * `# newpar` breaks and the document date, plus the `Entity=` annotation: `(id-etype-infstat-salience-centering-
 * minspan-link-identity`, where `minspan` lists the head words of the span and `identity` is the Wikipedia title).
 * When the data is absent it prints a message and exits 0. Nothing from the corpus is written anywhere.
 *
 * Gold: every mention of an entity of type person, place or organization with a Wikipedia identity. Mentions are
 * split by form: `name` (a proper noun among the head words), `nominal` ("the country"), `pronoun` ("he").
 * The headline figures are for names, as in NER; the other forms are printed as recall only.
 *
 * Matching rule (head overlap): a gold mention is found when some dyad mention's character span overlaps one of the
 * gold's head words (GUM `minspan`). So "the United States" is found by dyad's "United States", and the nested
 * place "US" in "US President Donald Trump" is found by dyad's person mention, which composed it. A gold place used
 * as a location ("in Kabul") counts as found when dyad marks it as a mention with `location: true`.
 * A dyad mention is correct when it overlaps the head of a linked named gold mention; it is ignored (neither right
 * nor wrong) when it overlaps only a person, place or organisation GUM leaves unlinked or unnamed ("officials",
 * "the country"), since the measure is about linked names; a bare national adjective (`modifier`, "Afghan team")
 * that overlaps nothing is ignored too, as GUM never annotates adjectives as entities; pronouns dyad resolved are
 * left out of precision. Everything else is a false positive. `strict precision` counts the ignored ones as wrong.
 * An exact-span line is printed too: dyad's span equals the gold span or its head words, a leading "the" and a
 * trailing "'s" aside.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const TYPES = ['person', 'place', 'organization'];

/** Parses one GUM `.conllu` document into its text, date, title and entity mentions with character offsets. */
export function parseConllu(source) {
  let text = '';
  let date;
  let pendingBreak = '';
  const tokens = []; // {start, end, upos}
  const open = new Map(); // group id -> stack of opened mentions
  const mentions = [];
  let sentTokens = null; // token index of word id within the current sentence
  let mwt = null; // {last, spaceAfter}
  const append = (form, spaceAfter) => {
    if (pendingBreak) {
      if (text) text += pendingBreak;
      pendingBreak = '';
    }
    const start = text.length;
    text += form;
    const tok = { start, end: text.length };
    if (spaceAfter) text += ' ';
    return tok;
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('#')) {
      const m = /^# meta::dateCreated = (\d{4}-\d{2}-\d{2})/.exec(line);
      if (m) date = m[1];
      if (line.startsWith('# newpar') && !line.startsWith('# newpar_block')) pendingBreak = '\n\n';
      if (line.startsWith('# sent_id')) sentTokens = new Map();
      continue;
    }
    if (!line.trim()) {
      if (text && !pendingBreak && !text.endsWith(' ')) text += ' ';
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10) continue;
    const [id, form, , upos] = cols;
    const misc = cols[9];
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(misc);
    if (/^\d+-\d+$/.test(id)) {
      mwt = { last: Number(id.split('-')[1]), spaceAfter };
      continue;
    }
    if (id.includes('.')) continue;
    const inMwt = mwt && Number(id) <= mwt.last;
    const tok = append(form, inMwt ? (Number(id) === mwt.last ? mwt.spaceAfter : false) : spaceAfter);
    if (inMwt && Number(id) === mwt.last) mwt = null;
    tok.upos = upos;
    tok.xpos = cols[4];
    const index = tokens.length;
    tokens.push(tok);
    sentTokens?.set(Number(id), index);
    const ent = /(?:^|\|)Entity=([^|]*)/.exec(misc);
    if (!ent) continue;
    for (const m of ent[1].matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
      if (m[3]) {
        const stack = open.get(m[3]);
        const g = stack?.pop();
        if (g) {
          g.last = index;
          mentions.push(g);
        }
        continue;
      }
      const f = m[1].split('-');
      const g = {
        group: f[0],
        type: f[1],
        minspan: (f[5] ?? '')
          .split(',')
          .map(Number)
          .filter((n) => n > 0),
        identity: f.length > 7 ? decodeURIComponent(f.slice(7).join('-')) : null,
        first: index,
        last: index,
      };
      if (m[2]) mentions.push(g);
      else {
        if (!open.has(g.group)) open.set(g.group, []);
        open.get(g.group).push(g);
      }
    }
  }
  const gold = mentions.map((g) => {
    const heads = g.minspan.map((k) => g.first + k - 1).filter((k) => k >= g.first && k <= g.last);
    const headToks = (heads.length ? heads : [g.last]).map((k) => tokens[k]);
    const form = headToks.some((t) => t.upos === 'PROPN' || /^NNPS?$/.test(t.xpos))
      ? 'name'
      : headToks.length === 1 && headToks[0].upos === 'PRON'
        ? 'pronoun'
        : 'nominal';
    return {
      type: g.type,
      identity: g.identity,
      form,
      start: tokens[g.first].start,
      end: tokens[g.last].end,
      heads: headToks.map((t) => [t.start, t.end]),
      headStart: Math.min(...headToks.map((t) => t.start)),
      headEnd: Math.max(...headToks.map((t) => t.end)),
    };
  });
  return { text, date, gold };
}

const overlaps = (a0, a1, b0, b1) => a0 < b1 && b0 < a1;
const hitsHead = (m, g) => g.heads.some(([s, e]) => overlaps(m.start, m.end, s, e));

function trimSpan(text, s, e) {
  if (/^the\s/i.test(text.slice(s, s + 4))) s += 4;
  if (/['’]s?$/.test(text.slice(s, e)) && /['’]/.test(text.slice(e - 2, e)))
    e = text.slice(e - 2, e).endsWith("'") || text.slice(e - 2, e).endsWith('’') ? e - 1 : e - 2;
  return [s, e];
}

/** Scores one document's dyad mentions against its gold. */
export function scoreDoc(doc, mentions) {
  const text = doc.text;
  const inScope = (g) => TYPES.includes(g.type);
  const linked = doc.gold.filter((g) => inScope(g) && g.identity);
  const named = linked.filter((g) => g.form === 'name');
  const others = doc.gold.filter((g) => inScope(g) && !(g.identity && g.form === 'name'));
  const out = { gold: [], system: [] };
  for (const g of linked) {
    const found = mentions.filter((m) => hitsHead(m, g));
    const [gs, ge] = trimSpan(text, g.start, g.end);
    const exact = found.some((m) => {
      const [ms, me] = trimSpan(text, m.start, m.end);
      return (ms === gs && me === ge) || (ms === g.headStart && me === g.headEnd);
    });
    const asLocation = found.some((m) => m.location);
    out.gold.push({
      type: g.type,
      form: g.form,
      identity: g.identity,
      text: text.slice(g.start, g.end),
      found: found.length > 0,
      exact,
      asLocation,
    });
  }
  for (const m of mentions) {
    if (m.kind === 'pronoun') continue;
    const hit = named.find((g) => hitsHead(m, g));
    let verdict = 'fp';
    if (hit) verdict = 'tp';
    else if (
      others.some((g) => hitsHead(m, g)) ||
      (m.modifier && !doc.gold.some((g) => inScope(g) && overlaps(m.start, m.end, g.start, g.end) && hitsHead(m, g)))
    )
      verdict = 'ignored';
    out.system.push({ text: text.slice(m.start, m.end), code: m.code, kind: m.kind, type: hit?.type ?? null, verdict });
  }
  return out;
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '  n/a');
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

/** Runs dyad's actor stages on every document in `dir` and returns the totals plus per-item details. */
export async function evaluate(dir) {
  const distIndex = join(HERE, '..', 'dist', 'index.js');
  if (!existsSync(distIndex)) throw new Error(`${distIndex} is missing: run npm run build first`);
  const { createDyad, createDoc, ACTOR_STAGES } = await import(distIndex);
  const dyad = createDyad({ stages: ACTOR_STAGES });
  const depDir = join(dir, 'dep');
  const files = readdirSync(depDir)
    .filter((f) => f.endsWith('.conllu'))
    .sort();
  const gold = [];
  const system = [];
  const docs = [];
  for (const f of files) {
    const id = f.replace(/\.conllu$/, '');
    const parsed = parseConllu(readFileSync(join(depDir, f), 'utf8'));
    const doc = dyad.process(createDoc(id, parsed.text, parsed.date ? { published: parsed.date } : {}));
    const scored = scoreDoc(parsed, doc.mentions ?? []);
    for (const g of scored.gold) gold.push({ doc: id, ...g });
    for (const s of scored.system) system.push({ doc: id, ...s });
    docs.push({ id, date: parsed.date, gold: scored.gold.filter((g) => g.form === 'name').length });
  }
  const row = (golds, systems) => {
    const found = golds.filter((g) => g.found).length;
    const exact = golds.filter((g) => g.exact).length;
    const tp = systems.filter((s) => s.verdict === 'tp').length;
    const fp = systems.filter((s) => s.verdict === 'fp').length;
    const ign = systems.filter((s) => s.verdict === 'ignored').length;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = golds.length ? found / golds.length : 0;
    return {
      gold: golds.length,
      found,
      exact,
      tp,
      fp,
      ignored: ign,
      precision: p,
      recall: r,
      f1: f1(p, r),
      strictPrecision: tp + fp + ign ? tp / (tp + fp + ign) : 0,
      exactRecall: golds.length ? exact / golds.length : 0,
    };
  };
  const names = gold.filter((g) => g.form === 'name');
  const overall = row(names, system);
  const byType = Object.fromEntries(
    TYPES.map((t) => [
      t,
      row(
        names.filter((g) => g.type === t),
        system.filter((s) => s.type === t || s.verdict === 'fp'),
      ),
    ]),
  );
  // Per-type precision: a false positive has no gold type, so it is charged to the type its code suggests.
  for (const t of TYPES) {
    const guess = (s) =>
      s.kind === 'person'
        ? 'person'
        : s.kind === 'organisation'
          ? 'organization'
          : s.kind === 'country' || s.kind === 'region'
            ? 'place'
            : 'organization';
    const sys = system.filter((s) => s.verdict !== 'ignored' && (s.verdict === 'tp' ? s.type === t : guess(s) === t));
    const tp = sys.filter((s) => s.verdict === 'tp').length;
    byType[t].tp = tp;
    byType[t].fp = sys.length - tp;
    byType[t].precision = sys.length ? tp / sys.length : 0;
    byType[t].f1 = f1(byType[t].precision, byType[t].recall);
  }
  const forms = Object.fromEntries(
    ['nominal', 'pronoun'].map((f) => [
      f,
      row(
        gold.filter((g) => g.form === f),
        [],
      ),
    ]),
  );
  const places = names.filter((g) => g.type === 'place' && g.found);
  return {
    documents: files.length,
    overall,
    byType,
    forms,
    placesAsLocation: places.filter((g) => g.asLocation).length,
    placesFound: places.length,
    misses: names.filter((g) => !g.found),
    falsePositives: system.filter((s) => s.verdict === 'fp'),
  };
}

function tally(items, key) {
  const counts = new Map();
  for (const it of items) {
    const k = key(it);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

async function main() {
  const args = process.argv.slice(2);
  const flag = (name) => args.includes(name);
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? Number(args[showAt + 1]) : 25;
  const dirArg = args.find((a, i) => !a.startsWith('--') && !(showAt >= 0 && i === showAt + 1));
  const dir = resolve(dirArg ?? join(HERE, '..', '..', 'shared', 'eval', 'raw', 'ner', 'gum-news'));
  if (!existsSync(join(dir, 'dep'))) {
    const msg = `skipped: GUM news data not found at ${dir} (it lives in ../shared/eval/raw/ner/gum-news)`;
    if (flag('--json')) console.log(JSON.stringify({ skipped: msg }));
    else console.log(msg);
    return;
  }
  const r = await evaluate(dir);
  if (flag('--json')) {
    const { misses, falsePositives, ...summary } = r;
    console.log(JSON.stringify({ ...summary, misses: misses.length, falsePositives: falsePositives.length }));
    return;
  }
  const o = r.overall;
  console.log(
    `GUM news: ${r.documents} documents, ${o.gold} named mentions of linked people, places and organisations`,
  );
  console.log(`matching: head overlap (see the header of scripts/eval-gum.mjs)`);
  console.log(
    `  overall       P ${pct(o.tp, o.tp + o.fp)}  R ${pct(o.found, o.gold)}  F1 ${(100 * o.f1).toFixed(1)}   (tp ${o.tp}, fp ${o.fp}, ignored ${o.ignored}; found ${o.found}/${o.gold})`,
  );
  for (const t of TYPES) {
    const b = r.byType[t];
    console.log(
      `  ${t.padEnd(13)} P ${pct(b.tp, b.tp + b.fp)}  R ${pct(b.found, b.gold)}  F1 ${(100 * b.f1).toFixed(1)}   (found ${b.found}/${b.gold}, fp charged ${b.fp})`,
    );
  }
  console.log(`  strict precision (ignored counted wrong): ${pct(o.tp, o.tp + o.fp + o.ignored)}`);
  console.log(`  exact span recall: ${pct(o.exact, o.gold)}`);
  console.log(`  places found that dyad marks as a location: ${r.placesAsLocation}/${r.placesFound}`);
  for (const [f, b] of Object.entries(r.forms))
    console.log(`  recall of linked ${f} mentions: ${pct(b.found, b.gold)} (${b.found}/${b.gold})`);
  if (flag('--docs')) {
    for (const d of tally(r.misses, (m) => m.doc)) console.log(`  misses in ${d[0]}: ${d[1]}`);
  }
  console.log(`\nmost frequent misses (named, linked):`);
  for (const [k, n] of tally(r.misses, (m) => `${m.type.padEnd(12)} ${m.text}  [${m.identity}]`).slice(0, show))
    console.log(`  ${String(n).padStart(3)}  ${k}`);
  console.log(`\nmost frequent false positives:`);
  for (const [k, n] of tally(r.falsePositives, (s) => `${s.code.padEnd(10)} ${s.kind.padEnd(12)} ${s.text}`).slice(
    0,
    show,
  ))
    console.log(`  ${String(n).padStart(3)}  ${k}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
