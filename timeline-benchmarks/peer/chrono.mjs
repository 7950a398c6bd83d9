// chrono-node's side of the side-by-side benchmark (run.sh): the same modes and output line as
// dev.timeline.benchmarks.tag.PeerTagger, on the same JSON Lines corpus. chrono-node is resolved from
// CHRONO_DIR (the folder npm installed it into).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const t0 = process.hrtime.bigint();
const [mode, file] = process.argv.slice(2);
const require = createRequire(join(process.env.CHRONO_DIR ?? process.cwd(), 'package.json'));
const chrono = require('chrono-node');
const WARMUP_CHARS = 500_000;

function readDocs(path, firstOnly) {
  let content = readFileSync(path, 'utf8');
  if (firstOnly) content = content.slice(0, content.indexOf('\n'));
  return content.split('\n').filter((l) => l.trim() !== '').map((l) => {
    const d = JSON.parse(l);
    return { text: d.text, ref: new Date(`${d.date}T12:00:00Z`) };
  });
}

function tagAll(docs) {
  let n = 0;
  for (const d of docs) n += chrono.parse(d.text, d.ref).length;
  return n;
}

function report(m, chars, nanos, timexes) {
  const seconds = Number(nanos) / 1e9;
  console.log(`mode=${m} chars=${chars} seconds=${seconds.toFixed(4)} chars_per_s=${Math.round(chars / seconds)}`
    + ` timexes=${timexes}`);
}

const chars = (docs) => docs.reduce((s, d) => s + d.text.length, 0);

if (mode === 'cold') {
  const docs = readDocs(file, true);
  const n = tagAll(docs);
  report('cold', chars(docs), process.hrtime.bigint() - t0, n);
} else if (mode === 'pass' || mode === 'steady') {
  const docs = readDocs(file, false);
  let warm = 0;
  for (let c = 0; warm < docs.length && c < WARMUP_CHARS; warm++) {
    tagAll([docs[warm]]);
    c += docs[warm].text.length;
  }
  const timed = docs.slice(warm);
  const untimed = mode === 'steady' ? 4 : 0;
  const passes = mode === 'steady' ? 3 : 1;
  for (let p = 0; p < untimed; p++) tagAll(docs);
  const times = [];
  let n = 0;
  for (let p = 0; p < passes; p++) {
    const s = process.hrtime.bigint();
    n = tagAll(timed);
    times.push(process.hrtime.bigint() - s);
  }
  times.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  report(mode, chars(timed), times[Math.floor(times.length / 2)], n);
} else {
  console.error('usage: chrono.mjs cold|pass|steady CORPUS.jsonl');
  process.exit(2);
}
