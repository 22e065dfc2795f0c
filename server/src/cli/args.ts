// Command-line arguments of evidence-lint (spec §7).
import { parseArgs } from 'node:util';

export const USAGE = `Usage: evidence-lint [paths…] [--format text|json|sarif] [--coverage json|markdown|html]
                     [--export xlsx|docx|html] [--out FILE] [--config FILE] [--locale zh-CN|en] [--quiet] [--cache]

  --format    diagnostics output (default text)
  --coverage  print a coverage report instead of diagnostics (with --out: write it there, diagnostics still print)
  --export    write a deliverable for the certification body to --out (one evidence set):
              xlsx self-assessment workbook (自评表), docx evidence dossier (证据汇编),
              html printable report; xlsx and docx are in Chinese unless --locale en
  --out       write the report (or the diagnostics) to FILE
  --config    use this evidence.config.yaml/.json for every path
  --locale    message language (default: from LANG, else en)
  --quiet     errors only, no summary
  --cache     reuse parse results of unchanged files (kept in .evidence-cache/ in each folder)

Exit status: 0 no errors, 1 at least one error, 2 usage or configuration error (bad flag,
unreadable path, config or catalog; --out naming an input) or internal failure.`;

export interface CliOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  coverage?: 'json' | 'markdown' | 'html';
  export?: 'xlsx' | 'docx' | 'html';
  out?: string;
  config?: string;
  locale?: string;
  quiet: boolean;
  cache: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const FORMATS = ['text', 'json', 'sarif'] as const;
const COVERAGE = ['json', 'markdown', 'html'] as const;
const EXPORT = ['xlsx', 'docx', 'html'] as const;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        coverage: { type: 'string' },
        export: { type: 'string' },
        out: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        cache: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const v = parsed.values;
  const locale = v.locale;
  if (locale !== undefined && !/^(zh(-CN)?|en)$/i.test(locale)) throw new UsageError(`--locale must be zh-CN or en, not "${locale}"`);
  const exportFormat = oneOf('export', v.export, EXPORT);
  if (exportFormat && v.out === undefined) throw new UsageError('--export needs --out FILE');
  if (exportFormat && v.coverage !== undefined) throw new UsageError('--export and --coverage cannot be combined');
  return {
    paths: parsed.positionals,
    format: oneOf('format', v.format, FORMATS) ?? 'text',
    coverage: oneOf('coverage', v.coverage, COVERAGE),
    export: exportFormat,
    out: v.out,
    config: v.config,
    locale,
    quiet: v.quiet ?? false,
    cache: v.cache ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
