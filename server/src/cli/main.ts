#!/usr/bin/env node
// evidence-lint: the command-line front end over the language service core.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { htmlReport, markdownReport, normalizeLocale, type EvidenceDiagnostic, type Locale, type SetCoverage } from '../core';
import { coverageJson } from '../core/report/coverageJson';
import { findConfigFile } from '../node/configFile';
import { formatProblem } from '../node/builtinCatalogs';
import { lintFolder } from '../node/lintFolder';
import { ParseCache } from '../node/parseCache';
import { checkWorkspaceFile, type Refusal } from '../node/readWorkspaceFile';
import { parseCliArgs, UsageError, USAGE, type CliOptions } from './args';
import { ExportError, exportBytes, reportDetails, type ExportSource } from './exportCommand';
import { jsonFormat } from './format/jsonFormat';
import { compareDiagnostics, type LintRun } from './format/lintRun';
import { sarifFormat } from './format/sarifFormat';
import { textFormat } from './format/textFormat';

declare const CLI_VERSION: string | undefined;
const VERSION = typeof CLI_VERSION === 'string' ? CLI_VERSION : '0.0.0-dev';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;
/** Anything that went wrong inside: never 1, which means "findings". */
const EXIT_FAILURE = 2;

interface Target {
  root: string;
  files?: string[];
}

function errnoText(code: string): string {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return code;
}

function refusalText(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'outside-folder':
      return 'it leads outside its workspace folder';
    case 'not-a-file':
      return 'not a regular file';
    case 'too-large':
      return `larger than ${refusal.limit} bytes`;
    case 'unreadable':
      return errnoText(refusal.code);
  }
}

function cannotRead(p: string, e: unknown): UsageError {
  return new UsageError(`cannot read "${p}": ${errnoText((e as NodeJS.ErrnoException).code ?? String(e))}`);
}

/**
 * Directories are workspace folders; files are grouped under the nearest folder with a config (else their own).
 * A path that cannot be read (missing, unreadable, not a regular file, a link out of its folder) is a usage error.
 */
function targetsOf(paths: string[]): Target[] {
  const targets = new Map<string, Target>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(p);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(abs).isDirectory();
      if (isDirectory) readdirSync(abs);
    } catch (e) {
      throw cannotRead(p, e);
    }
    if (isDirectory) {
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
    // Checked without reading: the size limit comes with the folder's config, and is a notice.
    const check = checkWorkspaceFile(abs, { maxBytes: Number.MAX_SAFE_INTEGER, root });
    if (!check.ok) throw new UsageError(`cannot read "${p}": ${refusalText(check)}`);
    const target = targets.get(root) ?? { root, files: [] };
    target.files?.push(abs);
    targets.set(root, target);
  }
  return [...targets.values()];
}

/** Whether writing `out` would overwrite one of the run's inputs (same path, or the same file by another name or link). */
function isInput(out: string, inputs: string[]): boolean {
  const target = resolve(out);
  let outStats: ReturnType<typeof statSync> | undefined;
  try {
    outStats = statSync(target);
  } catch {
    outStats = undefined; // a new file: only the same path can clash
  }
  return inputs.some((input) => {
    if (resolve(input) === target) return true;
    if (!outStats) return false;
    try {
      const s = statSync(input);
      return s.ino === outStats.ino && s.dev === outStats.dev;
    } catch {
      return false;
    }
  });
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function localeOf(options: CliOptions): Locale {
  return normalizeLocale(options.locale ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG);
}

/** Runs the CLI; an internal failure prints one line and exits 2. */
export function run(argv: string[]): Promise<number> {
  return runUnguarded(argv).catch((e: unknown) => {
    reportInternalError(e);
    return EXIT_FAILURE;
  });
}

function reportInternalError(e: unknown): void {
  const message = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  process.stderr.write(`evidence-lint: internal error: ${message.split('\n')[0]}\n`);
}

async function runUnguarded(argv: string[]): Promise<number> {
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
  // The workbook and the dossier go to the certification body: Chinese unless a locale is asked for.
  const locale = options.export && options.export !== 'html' && !options.locale ? 'zh-CN' : localeOf(options);
  let targets: Target[];
  try {
    targets = targetsOf(options.paths);
  } catch (e) {
    process.stderr.write(`evidence-lint: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const diagnostics: EvidenceDiagnostic[] = [];
  const coverage: SetCoverage[] = [];
  const sources: ExportSource[] = [];
  const inputs: string[] = [];
  const now = new Date();
  for (const target of targets) {
    const cache = options.cache ? new ParseCache(join(target.root, '.evidence-cache', 'parse-cache.br'), { root: target.root }).load() : undefined;
    const result = await lintFolder({ ...target, configFile: options.config ? resolve(options.config) : undefined, locale, now, cache });
    if (result.configProblems.length) {
      for (const p of result.configProblems) process.stderr.write(`evidence-lint: ${formatProblem({ ...p, file: displayPath(p.file) })}\n`);
      return EXIT_USAGE;
    }
    for (const n of result.notices) process.stderr.write(`evidence-lint: ${displayPath(n.path)}: ${n.message}\n`);
    // Loops, not push(...xs): hundreds of thousands of arguments overflow the stack.
    for (const d of result.diagnostics) diagnostics.push(d);
    for (const set of result.sets) {
      for (const d of set.diagnostics) diagnostics.push(d);
      coverage.push(set.coverage);
      sources.push({ folder: result, set });
    }
    for (const input of result.inputs) inputs.push(input);
  }
  diagnostics.sort(compareDiagnostics);
  const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const lintRun: LintRun = { diagnostics: shown, coverage, locale, file: displayPath };

  if (options.out && isInput(options.out, inputs)) {
    process.stderr.write(`evidence-lint: refusing to write "${options.out}": it is an input of this run\n`);
    return EXIT_USAGE;
  }

  const diagnosticsText = () =>
    options.format === 'json'
      ? jsonFormat(lintRun)
      : options.format === 'sarif'
        ? sarifFormat(lintRun, VERSION, process.cwd())
        : textFormat(lintRun, options.quiet);
  const coverageText = () =>
    options.coverage === 'json'
      ? JSON.stringify(
          coverage.map((c) => coverageJson(c, displayPath)),
          null,
          2,
        ) + '\n'
      : options.coverage === 'markdown'
        ? markdownReport(coverage, locale, displayPath, reportDetails(sources, now))
        : htmlReport(coverage, locale, displayPath, reportDetails(sources, now));

  const exitCode = diagnostics.some((d) => d.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
  if (options.export && options.out) {
    const out = options.out;
    return exportBytes(options.export, sources, { locale, now, quiet: options.quiet }).then(
      (bytes) => {
        try {
          mkdirSync(dirname(resolve(out)), { recursive: true });
          writeFileSync(out, bytes);
        } catch (e) {
          process.stderr.write(`evidence-lint: cannot write "${out}": ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
          return EXIT_USAGE;
        }
        process.stdout.write(diagnosticsText());
        return exitCode;
      },
      (e) => {
        if (!(e instanceof ExportError)) throw e;
        process.stderr.write(`evidence-lint: ${e.message}\n`);
        return EXIT_USAGE;
      },
    );
  }

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
    process.stderr.write(`evidence-lint: cannot write "${options.out}": ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return EXIT_USAGE;
  }
  return exitCode;
}

if (require.main === module) {
  // An asynchronous failure (e.g. a broken stdout pipe) also ends with one line and exit 2.
  process.on('uncaughtException', (e) => {
    reportInternalError(e);
    process.exit(EXIT_FAILURE);
  });
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
