// A lens on each clause heading: its coverage status and how many sections the
// set has for it. Informational: the command does nothing.
import type { CodeLens } from 'vscode-languageserver/node';
import type { Localize } from '../../core';
import { SetView } from '../setView';
import type { WorkspaceIndex } from '../workspaceIndex';
import { statusLabel } from './clauseMarkdown';

export function provideCodeLenses(index: WorkspaceIndex, path: string, t: Localize): CodeLens[] {
  const doc = index.document(path);
  const view = doc && SetView.of(index, doc);
  if (!view) return [];
  const lenses: CodeLens[] = [];
  for (const c of view.sectionsOf(doc)) {
    const coverage = view.clauseCoverage(c.id);
    if (!coverage) continue;
    const title = t('lens.sections', statusLabel(t, coverage.status), view.sections(c.id).length);
    lenses.push({ range: c.heading.range, command: { title, command: '' } });
  }
  return lenses;
}
