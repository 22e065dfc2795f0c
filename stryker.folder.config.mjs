// Mutation testing of one folder of the core, e.g. `MUTATE_FOLDER=parse npx stryker run stryker.folder.config.mjs`
// (`MUTATE_FOLDER=top` for the files at the top of server/src/core). The same tests as
// stryker.config.mjs, all of them, in another order: the tests that target the folder
// first and the slow property and scaling tests last. A mutant stops at its first failing
// test, so this only changes how soon a mutant is killed, not whether. See docs/quality.md.
// With STRYKER_TESTS=own only the folder's own tests run (FIRST and ALSO below): much
// faster where every test covers the folder (parse/), and conservative: fewer tests can
// only kill fewer mutants. STRYKER_TESTS=blockScan,markdownFacts runs only those test files
// (what tests written after a whole-core run add, measured without rerunning the rest).
import { readdirSync } from 'node:fs';
import base, { SLOW_TESTS } from './stryker.config.mjs';

const folder = process.env.MUTATE_FOLDER;
if (!folder) throw new Error('Set MUTATE_FOLDER to a folder of server/src/core (or "top").');

/** Test files (in test/core) that target each folder, run first. */
const FIRST = {
  parse: [
    'frontmatterValues',
    'documentVersions',
    'deepNesting',
    'clauseIdSpelling',
    'parseEdges',
    'references',
    'inlineControl',
    'localeAndControl',
    'piecesProperty',
    'parse',
  ],
  text: ['textFolding', 'configAndText', 'parseEdges'],
  l10n: ['localeAndControl'],
  catalog: ['catalogMutants', 'catalog', 'catalogChecks'],
  coverage: ['coverageMutants', 'coverageStatus', 'coverage'],
  config: ['configMutants', 'configAndText'],
  fixes: ['fixesMutants', 'notApplicableEdges', 'notApplicable', 'fixAll'],
  claims: ['claims', 'commitmentRules'],
  top: ['catalog'],
};
/** With STRYKER_TESTS=own, further tests that exercise the folder through another one (insertion places scan blocks). */
const ALSO = {
  parse: ['fixAll', 'emptySection', 'fixesSafety'],
  catalog: ['emptySection', 'coverage'],
  coverage: ['reports', 'catalogChecks'],
  config: ['notApplicable', 'ruleBranches'],
  fixes: ['emptySection', 'rules', 'setRules', 'fixesSafety'],
  claims: ['reports'],
  top: ['configAndText', 'catalogChecks'],
};
/** Slow tests: last unless they target the folder. */
const SLOW = SLOW_TESTS;

const all = readdirSync('test/core')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -'.test.ts'.length))
  .sort();
const first = (FIRST[folder] ?? []).filter((n) => all.includes(n));
const own = process.env.STRYKER_TESTS === 'own';
const named = process.env.STRYKER_TESTS && !own ? process.env.STRYKER_TESTS.split(',') : undefined;
// MUTATE_FILE=blockScan mutates only that file of the folder: a run that completes leaves a result.
const file = process.env.MUTATE_FILE;
const name = `${folder}${file ? `-${file}` : ''}${own ? '-own' : named ? `-${named.join('+')}` : ''}`;
const rest = all.filter((n) => !first.includes(n) && (!own || (ALSO[folder] ?? []).includes(n)));
const ordered = named ?? [...first, ...rest.filter((n) => !SLOW.includes(n)), ...rest.filter((n) => SLOW.includes(n))];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: [folder === 'top' ? 'server/src/core/*.ts' : `server/src/core/${folder}/**/${file ?? '*'}.ts`],
  mochaOptions: { ...base.mochaOptions, spec: ordered.map((n) => `test/core/${n}.test.ts`) },
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  htmlReporter: { fileName: `reports/mutation-${name}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation-${name}/mutation.json` },
};
