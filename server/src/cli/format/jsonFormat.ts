// `--format json` (spec §7): one object with diagnostics and coverage.
import { coverageJson } from '../../core/report/coverageJson';
import type { LintRun } from './lintRun';

export function jsonFormat(run: LintRun): string {
  return (
    JSON.stringify(
      {
        version: 1,
        diagnostics: run.diagnostics.map((d) => ({
          file: run.file(d.path),
          range: d.range,
          rule: d.rule,
          severity: d.severity,
          message: d.message,
          ...(d.clause ? { clause: d.clause } : {}),
          ...(d.related?.length ? { related: d.related.map((r) => ({ file: run.file(r.path), range: r.range, message: r.message })) } : {}),
        })),
        coverage: run.coverage.map((c) => coverageJson(c, run.file)),
      },
      null,
      2,
    ) + '\n'
  );
}
