// Runs `npm run mutate` in pieces that each complete: one Stryker run per group of core folders
// (`--mutate` narrows the scope), all sharing stryker.config.mjs's incremental file, then the whole
// core once. An incremental run keeps the results of files outside its `--mutate` scope, so every
// finished piece is kept even if a later one is stopped, and the last run reuses them and reports
// the whole core. See docs/quality.md.
//
//   node scripts/mutateInPieces.mjs            # every piece, then the whole core
//   node scripts/mutateInPieces.mjs claims fixes   # only the pieces that name these folders
//   node scripts/mutateInPieces.mjs parse:evidenceDocument   # only this piece
import { spawnSync } from 'node:child_process';

const core = 'server/src/core';
/** Each piece is one Stryker run (about 5–30 min here); parse/ is split because its mutants are covered by nearly every test. */
const PIECES = [
  ['text', 'l10n', 'config', '.'],
  ['catalog', 'coverage', 'analysis'],
  ['report'],
  ['rules'],
  ['claims'],
  ['fixes'],
  ['parse:blockScan,chunks,pieces,inlineControl,markdownParser'],
  ['parse:frontmatter,yamlError'],
  ['parse:clauseId,markdownFacts'],
  ['parse:evidenceDocument'],
];

/** `folder` or `folder:file,file` or `.` (the files at the top of the core) to globs. */
function globs(entry) {
  if (entry === '.') return [`${core}/*.ts`];
  const [folder, files] = entry.split(':');
  return files ? files.split(',').map((f) => `${core}/${folder}/${f}.ts`) : [`${core}/${folder}/**/*.ts`];
}

function stryker(args) {
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', ...args], { stdio: 'inherit' });
  console.log(`[mutateInPieces] stryker ${args.join(' ') || '(whole core)'}: exit ${run.status}, ${Math.round((Date.now() - started) / 60000)} min`);
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const only = process.argv.slice(2);
for (const piece of PIECES) {
  if (only.length > 0 && !piece.some((entry) => only.includes(entry) || only.includes(entry.split(':')[0]))) continue;
  stryker(['--mutate', piece.flatMap(globs).join(',')]);
}
if (only.length === 0) stryker([]);
