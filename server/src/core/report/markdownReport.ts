import { confidenceCounts, groupDisplayStatus, pointsText, wholePercent, type SetCoverage } from '../coverage/coverage';
import { localizer, type MessageKey } from '../l10n/messages';
import type { Locale } from '../types';
import { headerParts, whyText, type ReportDetails } from './reportHeader';
import { rowReasons } from './rowReasons';

/** A coverage report in markdown, one section per evidence set; `details` as for the HTML report, set by set. */
export function markdownReport(sets: SetCoverage[], locale: Locale, file: (path: string) => string, details: ReportDetails[] = []): string {
  const t = localizer(locale);
  const out: string[] = [];
  sets.forEach((set, i) => {
    const s = set.summary;
    const reasons = rowReasons(set, details[i]?.diagnostics);
    out.push(`# ${t('report.title', set.standard)}`, '', headerParts(set, details[i] ?? {}, t, locale).join(' · '), '');
    out.push(`- ${t('report.score')}: **${set.score.value}** · ${t('report.level')}: **${set.score.level}**`);
    out.push(`- ${t('report.coverage')}: ${t('report.summary', s.covered, s.leaves - s.notApplicable, wholePercent(s), s.weak, s.missing, s.notApplicable)}`);
    if (set.score.deductions > 0 || set.score.bonus > 0) out.push(`- ${t('report.deductions', set.score.deductions, set.score.bonus, set.score.base)}`);
    const conf = confidenceCounts(set);
    out.push(`- ${t('report.confidenceSummary', conf.applicable, conf.inferred, conf.singleSource)}`, '');
    out.push(
      `| ${t('report.clause')} | ${t('report.status')} | ${t('report.points')} | ${t('report.confidence')} | ${t('report.where')} |`,
      '| --- | --- | --- | --- | --- |',
    );
    for (const c of set.clauses) {
      const indent = '&nbsp;&nbsp;'.repeat(c.depth);
      const where = c.locations.map((l) => `${escapeCell(file(l.path))}:${l.line + 1}`).join('<br>');
      const why = whyText(reasons.get(c.id), t);
      const status = c.isLeaf
        ? why
          ? t('report.statusWhy', t(`status.${c.status}`), why)
          : t(`status.${c.status}`)
        : `${t(`status.${groupDisplayStatus(c.summary)}`)} ${c.summary.covered}/${c.summary.leaves - c.summary.notApplicable}`;
      const pts = c.countsFor || c.status === 'not-applicable' ? '' : pointsText(c);
      out.push(`| ${indent}${c.id} ${escapeCell(c.title)} | ${status} | ${pts} | ${t(`confidence.${c.confidence}` as MessageKey)} | ${where} |`);
    }
    out.push('', `## ${t('report.na')}`, '');
    const na = set.clauses.filter((c) => c.notApplicableReason);
    if (na.length === 0) out.push(t('report.none'));
    for (const c of na) out.push(`- ${c.id} ${escapeCell(c.title)}: ${escapeCell(c.notApplicableReason!)}`);
    out.push('', t('confidence.legend'), '', `_${t('report.basis')}_`, '');
  });
  return out.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
