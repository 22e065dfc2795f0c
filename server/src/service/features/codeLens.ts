// A lens on each clause heading: its coverage status and how many sections the
// set has for it; on a weak section, why it is weak (the weakness rules that
// reported it, in the rules' own words). Informational: the command does nothing.
import type { CodeLens } from 'vscode-languageserver-protocol';
import { containsPosition, ruleById, sectionsIn, sectionsOf, type Locale, type Localize, type ParsedDocument, type SetResult } from '../../core';
import { statusLabel } from './clauseMarkdown';

export function provideCodeLenses(set: SetResult, doc: ParsedDocument, t: Localize, locale: Locale): CodeLens[] {
  const lenses: CodeLens[] = [];
  const mine = set.diagnostics.filter((d) => d.path === doc.path && ruleById(d.rule)?.weakness === true);
  for (const { candidate } of sectionsIn(set.model, doc)) {
    const coverage = set.coverage.clauses.find((c) => c.id === candidate.id);
    if (!coverage) continue;
    const count = sectionsOf(set.model, candidate.id).length;
    const reasons = [
      ...new Set(
        mine
          .filter((d) => containsPosition(candidate.ownRange, d.range.start))
          .map((d) => ruleById(d.rule)!.description[locale === 'en' ? 'en' : 'zh'].replace(/[。.]$/, '')),
      ),
    ];
    const title = reasons.length
      ? t('lens.weakSections', statusLabel(t, coverage), reasons.join(locale === 'en' ? '; ' : '；'), count)
      : t('lens.sections', statusLabel(t, coverage), count);
    lenses.push({ range: candidate.heading.range, command: { title, command: '' } });
  }
  return lenses;
}
