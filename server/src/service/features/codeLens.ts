// Lenses on each clause heading. The first says the clause's status and how many
// sections the set has for it (on a weak section also why, in the weakness rules'
// own words); clicking it opens those sections as a references peek. Over a group
// with missing leaves a second lens inserts their sections in one step.
import type { CodeLens } from 'vscode-languageserver-protocol';
import { containsPosition, ruleById, sectionsIn, sectionsOf, type Locale, type Localize, type ParsedDocument, type SetResult } from '../../core';
import { location, pathToUri } from '../conversions';
import { statusLabel } from './clauseMarkdown';

/** Client commands the lenses name (the VS Code client implements them; other editors show the titles). */
export const SHOW_SECTIONS_COMMAND = 'complianceEvidence.showSections';
export const INSERT_SECTIONS_COMMAND = 'complianceEvidence.insertSections';

export function provideCodeLenses(set: SetResult, doc: ParsedDocument, t: Localize, locale: Locale): CodeLens[] {
  const lenses: CodeLens[] = [];
  const requirements = new Set(set.model.catalog.leaves());
  const mine = set.diagnostics.filter((d) => d.path === doc.path && ruleById(d.rule)?.weakness === true);
  for (const { candidate } of sectionsIn(set.model, doc)) {
    const coverage = set.coverage.clauses.find((c) => c.id === candidate.id);
    if (!coverage) continue;
    const sections = sectionsOf(set.model, candidate.id);
    const reasons = [
      ...new Set(
        mine
          .filter((d) => containsPosition(candidate.ownRange, d.range.start))
          .map((d) => ruleById(d.rule)!.description[locale === 'en' ? 'en' : 'zh'].replace(/[。.]$/, '')),
      ),
    ];
    const title = reasons.length
      ? t('lens.weakSections', statusLabel(t, coverage), reasons.join(locale === 'en' ? '; ' : '；'), sections.length)
      : t('lens.sections', statusLabel(t, coverage), sections.length);
    const where = sections.map((s) => location(s.doc.path, s.candidate.heading.range));
    lenses.push({
      range: candidate.heading.range,
      command: { title, command: SHOW_SECTIONS_COMMAND, arguments: [pathToUri(doc.path), candidate.heading.range.start, where] },
    });
    if (coverage.isLeaf) continue;
    const missing = set.model.catalog
      .leavesUnder(candidate.id)
      // Requirements only (5.1.1.3 counts for 5.1.1.2), with no section at all (a stub is already the place to write).
      .filter((leaf) => requirements.has(leaf) && set.coverage.clauses.find((c) => c.id === leaf.id)?.status === 'missing' && !set.model.evidence.has(leaf.id))
      .map((leaf) => leaf.id);
    if (missing.length === 0) continue;
    lenses.push({
      range: candidate.heading.range,
      command: { title: t('lens.insertMissing', missing.length), command: INSERT_SECTIONS_COMMAND, arguments: [{ setId: set.id, clauses: missing }] },
    });
  }
  return lenses;
}
