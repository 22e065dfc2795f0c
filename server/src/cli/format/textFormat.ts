// Human-readable output: `file:line:col severity rule message`, grouped by file
// (1-based line and column, as compilers print them), then a summary per set.
import { confidenceCounts, localizer, wholePercent } from '../../core';
import type { LintRun } from './lintRun';

export function textFormat(run: LintRun, quiet: boolean): string {
  const t = localizer(run.locale);
  const out: string[] = [];
  let current: string | undefined;
  for (const d of run.diagnostics) {
    const file = run.file(d.path);
    if (file !== current) {
      if (current !== undefined) out.push('');
      current = file;
    }
    out.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.rule} ${d.message}`);
  }
  if (quiet) return out.join('\n') + (out.length ? '\n' : '');
  if (out.length) out.push('');
  for (const set of run.coverage) {
    const s = set.summary;
    out.push(
      `${set.standard} (${run.file(set.root)}): ${t('report.summary', s.covered, s.leaves - s.notApplicable, wholePercent(s), s.weak, s.missing, s.notApplicable)}`,
      `  ${t('report.score')}: ${set.score.value} · ${t('report.level')}: ${set.score.level}`,
    );
    if (set.score.deductions > 0 || set.score.bonus > 0) out.push(`  ${t('report.deductions', set.score.deductions, set.score.bonus, set.score.base)}`);
    const c = confidenceCounts(set);
    out.push(`  ${t('report.confidenceSummary', c.applicable, c.inferred, c.singleSource)}`);
  }
  const count = (sev: string) => run.diagnostics.filter((d) => d.severity === sev).length;
  const infos = count('info') + count('hint');
  out.push(run.diagnostics.length ? t('cli.problems', run.diagnostics.length, count('error'), count('warning'), infos) : t('cli.clean'));
  return out.join('\n') + '\n';
}
