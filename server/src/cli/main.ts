#!/usr/bin/env node
// evidence-lint: the command-line front end over the language service core.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { htmlReport, markdownReport, normalizeLocale, type EvidenceDiagnostic, type Locale, type SetCoverage } from '../core';
import { coverageJson } from '../core/report/coverageJson';
import { findConfigFile } from '../node/configFile';
import { formatProblem } from '../node/builtinCatalogs';
import { lintFolder } from '../node/lintFolder';
import { ParseCache } from '../node/parseCache';
import { parseCliArgs, UsageError, USAGE, type CliOptions } from './args';
import { jsonFormat } from './format/jsonFormat';
import { compareDiagnostics, type LintRun } from './format/lintRun';
import { sarifFormat } from './format/sarifFormat';
import { textFormat } from './format/textFormat';

declare const CLI_VERSION: string | undefined;
const VERSION = typeof CLI_VERSION === 'string' ? CLI_VERSION : '0.0.0-dev';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

interface Target {
  root: string;
  files?: string[];
}

/** Directories are workspace folders; files are grouped under the nearest folder with a config (else their own). */
function targetsOf(paths: string[]): Target[] {
  const targets = new Map<string, Target>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(p);
    if (!existsSync(abs)) throw new UsageError(`cannot read "${p}": no such file or directory`);
    if (statSync(abs).isDirectory()) {
      targets.set(abs, { root: abs });
      continue;
    }
    let root = dirname(abs);
    for (let dir = root; ; dir = dirname(dir)) {
      if (findConfigFile(dir)) {
        root = dir;
        break;
      }
      if (dirname(dir) === dir) break;
    }
    const target = targets.get(root) ?? { root, files: [] };
    target.files?.push(abs);
    targets.set(root, target);
  }
  return [...targets.values()];
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function localeOf(options: CliOptions): Locale {
  return normalizeLocale(options.locale ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG);
}

export function run(argv: string[]): number {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (e) {
    process.stderr.write(`evidence-lint: ${(e as Error).message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    process.stdout.write(VERSION + '\n');
    return EXIT_OK;
  }
  if (options.config && !existsSync(options.config)) {
    process.stderr.write(`evidence-lint: cannot read config "${options.config}": no such file\n`);
    return EXIT_USAGE;
  }
  const locale = localeOf(options);
  let targets: Target[];
  try {
    targets = targetsOf(options.paths);
  } catch (e) {
    process.stderr.write(`evidence-lint: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const diagnostics: EvidenceDiagnostic[] = [];
  const coverage: SetCoverage[] = [];
  const now = new Date();
  for (const target of targets) {
    const cache = options.cache ? new ParseCache(join(target.root, '.evidence-cache', 'parse.json')).load() : undefined;
    const result = lintFolder({ ...target, configFile: options.config ? resolve(options.config) : undefined, locale, now, cache });
    if (result.configProblems.length) {
      for (const p of result.configProblems) process.stderr.write(`evidence-lint: ${formatProblem({ ...p, file: displayPath(p.file) })}\n`);
      return EXIT_USAGE;
    }
    for (const n of result.notices) process.stderr.write(`evidence-lint: ${displayPath(n.path)}: ${n.message}\n`);
    diagnostics.push(...result.diagnostics, ...result.sets.flatMap((s) => s.diagnostics));
    coverage.push(...result.sets.map((s) => s.coverage));
  }
  diagnostics.sort(compareDiagnostics);
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const lintRun: LintRun = { diagnostics: shown, coverage, locale, file: displayPath };

  const diagnosticsText = () =>
    options.format === 'json' ? jsonFormat(lintRun) : options.format === 'sarif' ? sarifFormat(lintRun, VERSION) : textFormat(lintRun, options.quiet);
  const coverageText = () =>
    options.coverage === 'json'
      ? JSON.stringify(coverage.map((c) => coverageJson(c, displayPath)), null, 2) + '\n'
      : options.coverage === 'markdown'
        ? markdownReport(coverage, locale, displayPath)
        : htmlReport(coverage, locale, displayPath);

  try {
    if (options.out) mkdirSync(dirname(resolve(options.out)), { recursive: true });
    if (options.coverage && options.out) {
      writeFileSync(options.out, coverageText());
      process.stdout.write(diagnosticsText());
    } else if (options.coverage) {
      process.stdout.write(coverageText());
    } else if (options.out) {
      writeFileSync(options.out, diagnosticsText());
    } else {
      process.stdout.write(diagnosticsText());
    }
  } catch (e) {
    process.stderr.write(`evidence-lint: cannot write "${options.out}": ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return EXIT_USAGE;
  }
  return diagnostics.some((d) => d.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
}

if (require.main === module) process.exitCode = run(process.argv.slice(2));
