// The markdown description of a clause shared by hover and completion items.
import { confidenceNote } from '../../core/report/confidenceNote';
import { groupDisplayStatus, sectionsOf, type Clause, type ClauseCoverage, type Locale, type Localize, type LocalizedText, type SetResult } from '../../core';
import type { MessageKey } from '../../core/l10n/messages';
import { pathToUri } from '../conversions';

export function localized(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return locale === 'en' ? (text.en ?? text.zh) : text.zh;
}

/** A clause's status in words: a leaf's own, a group's as an auditor says it (部分覆盖 rather than weak). */
export function statusLabel(t: Localize, clause: Pick<ClauseCoverage, 'isLeaf' | 'status' | 'summary'>): string {
  const status = clause.isLeaf ? clause.status : groupDisplayStatus(clause.summary);
  return t(`status.${status}` as MessageKey);
}

/** Title, requirement text, sub-items, note, typical evidence and the catalog's confidence mark. */
export function clauseText(clause: Clause, locale: Locale, t: Localize): string {
  const parts: string[] = [];
  // An editorial title is ours, not the standard's: shown as 简称 beside the requirement text.
  const heading = clause.editorialTitle
    ? `**${clause.id}** · ${t('hover.shortTitle', localized(clause.title, locale))}`
    : `**${clause.id} ${localized(clause.title, locale)}**`;
  parts.push(heading);
  const note = confidenceNote(clause, locale);
  if (note) parts.push(`*${note}*`);
  if (clause.text) parts.push(localized(clause.text, locale));
  if (clause.countsFor) parts.push(t('hover.countsFor', clause.id, clause.countsFor));
  if (clause.items?.length) {
    parts.push(`${t('hover.items')}:\n\n` + clause.items.map((i) => `- ${i.key}) ${localized(i.text, locale)}`).join('\n'));
  }
  if (clause.note) parts.push(`> ${t('hover.note')}: ${localized(clause.note, locale)}`);
  if (clause.evidence?.length) parts.push(`${t('hover.evidence')}:\n\n` + clause.evidence.map((e) => `- ${e}`).join('\n'));
  return parts.join('\n\n');
}

/** Coverage status of the clause in the set, with a link to each of its sections. */
export function clauseStatusText(set: SetResult, id: string, t: Localize): string {
  const coverage = set.coverage.clauses.find((c) => c.id === id);
  const parts: string[] = [];
  if (coverage) parts.push(t('hover.status', statusLabel(t, coverage)));
  if (coverage && coverage.isLeaf && !coverage.countsFor && coverage.status !== 'not-applicable') parts.push(t('hover.points', coverage.points));
  if (coverage?.notApplicableReason) parts.push(t('hover.notApplicable', coverage.notApplicableReason));
  const sections = sectionsOf(set.model, id);
  if (sections.length === 0) parts.push(t('hover.noSections'));
  else {
    const links = sections.map((s) => {
      const line = s.candidate.heading.line + 1;
      const name = s.doc.path.slice(s.doc.path.lastIndexOf('/') + 1);
      return `- [${name}:${line}](${pathToUri(s.doc.path)}#L${line})`;
    });
    parts.push(`${t('hover.sections')}:\n\n${links.join('\n')}`);
  }
  return parts.join('\n\n');
}
