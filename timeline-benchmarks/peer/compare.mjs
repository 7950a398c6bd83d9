// Runs the side-by-side benchmark for run.sh: the project's tagger (and its CLI) against chrono-node, alternating
// A/B in one run, and prints each measure with the ratio ours/chrono in chars per second (above 1: ours is faster),
// as the median and the range over the runs. Usage:
//   node compare.mjs RUNS CORPUS.jsonl FIRST.jsonl CLI -- JAVA_COMMAND...
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [runsArg, corpus, first, cli, dashes, ...java] = process.argv.slice(2);
if (dashes !== '--' || java.length === 0) {
  console.error('usage: compare.mjs RUNS CORPUS.jsonl FIRST.jsonl CLI -- JAVA_COMMAND...');
  process.exit(2);
}
const runs = Number(runsArg);
const chronoScript = join(dirname(fileURLToPath(import.meta.url)), 'chrono.mjs');

// One process: its wall time from outside and the figures of its own output line.
function run(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  const line = r.stdout.split('\n').find((l) => l.startsWith('mode=')) ?? '';
  const fields = Object.fromEntries(line.split(' ').filter((f) => f.includes('=')).map((f) => f.split('=')));
  return { wall, rate: Number(fields.chars_per_s), chars: Number(fields.chars), timexes: Number(fields.timexes) };
}

const ours = (mode, file) => run([...java, mode, file]);
const chrono = (mode, file) => run([process.execPath, chronoScript, mode, file]);
const cliCold = () => run([cli, 'tag', first]);

// Each measure: [name, what A is, A, B, how to turn a pair into the ratio ours/chrono]
const byRate = (a, b) => a.rate / b.rate;
const byWall = (a, b) => b.wall / a.wall;
const measures = [
  ['cold start + first document (tagger alone, whole process)', () => ours('cold', first), () => chrono('cold', first), byWall],
  ['cold start + first document (CLI `timeline tag`, whole pipeline)', cliCold, () => chrono('cold', first), byWall],
  ['first pass over 5 MB after a 500 KB warm-up', () => ours('pass', corpus), () => chrono('pass', corpus), byRate],
  ['steady state (median of 3 passes after 4 untimed)', () => ours('steady', corpus), () => chrono('steady', corpus), byRate],
];

const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (x, d = 2) => x.toFixed(d);
const describe = (xs, d = 2) => `${fmt(median(xs), d)} (${fmt(Math.min(...xs), d)}–${fmt(Math.max(...xs), d)})`;

console.log(`${runs} runs, A/B alternating (odd runs start with ours, even runs with chrono-node)`);
for (const [name, a, b, ratio] of measures) {
  const ra = [];
  const rb = [];
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    let x;
    let y;
    if (i % 2 === 0) { x = a(); y = b(); } else { y = b(); x = a(); }
    ra.push(x);
    rb.push(y);
    pairs.push(ratio(x, y));
  }
  console.log(`\n${name}`);
  if (ratio === byWall) {
    console.log(`  ours          ${describe(ra.map((r) => r.wall * 1000), 0)} ms`);
    console.log(`  chrono-node   ${describe(rb.map((r) => r.wall * 1000), 0)} ms`);
  } else {
    console.log(`  ours          ${describe(ra.map((r) => r.rate / 1e6))} M chars/s, ${ra[0].timexes} timexes`);
    console.log(`  chrono-node   ${describe(rb.map((r) => r.rate / 1e6))} M chars/s, ${rb[0].timexes} results`);
  }
  console.log(`  ratio ours/chrono-node (chars per second): ${describe(pairs)}`);
}
