// The json-rules-engine side of the peer comparison (scripts/bench.sh): evaluates the firms
// written by `eligicheck-bench --peer-file FILE` with the technology-centre recognition criteria
// of tech-centre-recognition.json, checks that every verdict equals EligiCheck's, and prints the
// throughput. Only the evaluation loop is timed (not reading the file or building the engine).
// Exit status 1 when any verdict differs.
'use strict';
const fs = require('fs');
const path = require('path');
const { Engine } = require('json-rules-engine');

const NOT_ELIGIBLE_KINDS = new Set(['hard', 'declaration', 'exclusion', 'ban', 'window']);

// Calendar anniversary of a yyyymmdd date, as Qt's QDate::addYears (and so EligiCheck's
// `date + N years`): 29 February becomes 28 February in a common year.
function addYears(yyyymmdd, years) {
  const y = Math.floor(yyyymmdd / 10000) + years;
  const m = Math.floor(yyyymmdd / 100) % 100;
  let d = yyyymmdd % 100;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (m === 2 && d === 29 && !leap) d = 28;
  return y * 10000 + m * 100 + d;
}

function buildEngine() {
  const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'tech-centre-recognition.json'), 'utf8'));
  const engine = new Engine(spec.rules);
  // Arithmetic is not part of json-rules-engine's condition language: derived values are
  // runtime facts, computed from the firm's facts during each run.
  engine.addFact('rd_expenditure_x50_fen', async (params, almanac) =>
    (await almanac.factValue('rd_expenditure_fen')) * 50); // rd / revenue >= 2%  ⇔  rd × 50 >= revenue
  engine.addFact('gx_etc_revocation_date_plus_2_years', async (params, almanac) =>
    addYears(await almanac.factValue('gx_etc_revocation_date'), 2));
  engine.addFact('gx_etc_revocation_date_plus_3_years', async (params, almanac) =>
    addYears(await almanac.factValue('gx_etc_revocation_date'), 3));
  return engine;
}

async function verdictOf(engine, firm) {
  const { failureEvents } = await engine.run(firm);
  let review = false;
  for (const e of failureEvents) {
    if (NOT_ELIGIBLE_KINDS.has(e.params.kind)) return 'not_eligible';
    if (e.params.kind === 'soft') review = true;
  }
  return review ? 'needs_review' : 'eligible';
}

async function main() {
  if (process.argv.length < 3) {
    console.error('usage: node peer.js FIRMS.json   (written by eligicheck-bench --peer-file)');
    process.exit(2);
  }
  const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  // Money is in integer fen: every value stays far below 2^53, so JavaScript numbers are exact.
  const firms = input.firms.map((row) => Object.fromEntries(input.fields.map((f, i) => [f, row[i]])));
  const engine = buildEngine();

  for (let i = 0; i < Math.min(2000, firms.length); ++i) await verdictOf(engine, firms[i]); // JIT warm-up

  const verdicts = new Array(firms.length);
  const start = process.hrtime.bigint();
  for (let i = 0; i < firms.length; ++i) verdicts[i] = await verdictOf(engine, firms[i]);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;

  const counts = { eligible: 0, needs_review: 0, not_eligible: 0 };
  const disagreements = [];
  for (let i = 0; i < firms.length; ++i) {
    counts[verdicts[i]] = (counts[verdicts[i]] || 0) + 1;
    if (verdicts[i] !== input.verdicts[i]) disagreements.push(i);
  }
  const version = require('json-rules-engine/package.json').version;
  console.log(
    `peer json-rules-engine ${version} (node ${process.version}): ${firms.length} firms in ${ms.toFixed(1)} ms = ` +
      `${Math.round((firms.length * 1000) / ms)} evaluations/s (eligible ${counts.eligible}, needs review ` +
      `${counts.needs_review}, not eligible ${counts.not_eligible})`);
  console.log(`peer verdicts that differ from EligiCheck's: ${disagreements.length} of ${firms.length}`);
  for (const i of disagreements.slice(0, 5))
    console.log(`  firm ${i}: EligiCheck ${input.verdicts[i]}, json-rules-engine ${verdicts[i]}: ${JSON.stringify(firms[i])}`);
  if (disagreements.length) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
