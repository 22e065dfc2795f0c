// What both coverage reports say above and beside the clause rows: the standard by
// its full title, the organization and the date, and why a row is weak or missing.
import type { SetCoverage } from '../coverage/coverage';
import type { Localize } from '../l10n/messages';
import type { EvidenceDiagnostic, Locale } from '../types';
import { reasonKey, type RowReason } from './rowReasons';

/** What the report says about each set besides its coverage: who it is for, when it was made, and the set's diagnostics (for the reasons). */
export interface ReportDetails {
  organization?: string;
  date?: string;
  diagnostics?: readonly EvidenceDiagnostic[];
}

/** GB/T 27922-2011《商品售后服务评价体系》, with the English title after it in English. */
export function standardFullTitle(set: SetCoverage, locale: Locale): string {
  const title = set.standardTitle;
  if (!title) return set.standard;
  const zh = `${set.standard}《${title.zh}》`;
  return locale === 'en' && title.en ? `${zh} (${title.en})` : zh;
}

/** Standard, organization, date: the meta line(s) under a set's heading. */
export function headerParts(set: SetCoverage, details: ReportDetails, t: Localize, locale: Locale): string[] {
  return [
    t('report.standard', standardFullTitle(set, locale)),
    details.organization ? t('report.organization', details.organization) : '',
    details.date ? t('report.date', details.date) : '',
  ].filter((x) => x);
}

/** "原因：无证据链接、正文过短", or '' when there is none to give. */
export function whyText(reasons: readonly RowReason[] | undefined, t: Localize): string {
  return reasons?.length ? t('report.why', reasons.map((r) => t(reasonKey(r))).join(t('reason.separator'))) : '';
}
