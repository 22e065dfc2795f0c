// Mutation testing of the pure core (`npm run mutate`). Only the fast in-process
// suites under test/core run against each mutant; see docs/quality.md.
import { readdirSync } from 'node:fs';

/** Slow tests (random documents, thousands of sections) run last: a mutant stops at its first failing test. */
export const SLOW_TESTS = ['piecesProperty', 'fixesSafety', 'sameClauseScaling', 'parse'];
const coreTests = readdirSync('test/core')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -'.test.ts'.length))
  .sort();
const orderedTests = [...coreTests.filter((n) => !SLOW_TESTS.includes(n)), ...coreTests.filter((n) => SLOW_TESTS.includes(n))];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['server/src/core/**/*.ts'],
  testRunner: 'mocha',
  // tsx loads the TypeScript sources and tests in the test runner process.
  testRunnerNodeArgs: ['--import', 'tsx'],
  mochaOptions: {
    'no-config': true,
    'no-package': true,
    spec: orderedTests.map((n) => `test/core/${n}.test.ts`),
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables and constants: the message tables, rule metadata,
  // regular expressions built at load time) each need a fresh process running every test;
  // at ~10 s apiece they would take hours here. They are reported as Ignored, counted in
  // docs/quality.md, and left out of the score.
  ignoreStatic: true,
  // The machine has two cores shared with other work.
  concurrency: 2,
  // Reruns only test mutants whose code or tests changed (the file is git-ignored).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
};
