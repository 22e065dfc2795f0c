// A lens on each clause heading: its coverage status and how many sections the
// set has for it. Informational: the command does nothing.
import type { CodeLens } from 'vscode-languageserver-protocol';
import { sectionsIn, sectionsOf, type Localize, type ParsedDocument, type SetResult } from '../../core';
import { statusLabel } from './clauseMarkdown';

export function provideCodeLenses(set: SetResult, doc: ParsedDocument, t: Localize): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const { candidate } of sectionsIn(set.model, doc)) {
    const coverage = set.coverage.clauses.find((c) => c.id === candidate.id);
    if (!coverage) continue;
    const title = t('lens.sections', statusLabel(t, coverage.status), sectionsOf(set.model, candidate.id).length);
    lenses.push({ range: candidate.heading.range, command: { title, command: '' } });
  }
  return lenses;
}
