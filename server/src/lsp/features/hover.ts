// Hover on a clause id (heading, § reference, not_applicable key): what the
// clause requires and how the set covers it. On a stated figure: see claimHover.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Locale, Localize } from '../../core';
import { SetView } from '../setView';
import type { WorkspaceIndex } from '../workspaceIndex';
import { claimHover } from './claimHover';
import { clauseStatusText, clauseText } from './clauseMarkdown';

export function provideHover(index: WorkspaceIndex, path: string, position: Position, locale: Locale, t: Localize): Hover | null {
  const doc = index.document(path);
  const view = doc && SetView.of(index, doc);
  if (!view) return null;
  const at = view.clauseAt(doc, position);
  if (!at) return claimHover(view, doc, position, locale, t);
  const clause = view.catalog.get(at.id)!;
  const value = `${clauseText(clause, locale, t)}\n\n---\n\n${clauseStatusText(view, at.id, t)}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: at.range };
}
