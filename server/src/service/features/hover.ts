// Hover on a clause id (heading, § reference, not_applicable key): what the
// clause requires and how the set covers it. On a stated figure: see claimHover.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-protocol';
import { clauseAt, type Locale, type Localize, type ParsedDocument, type SetResult } from '../../core';
import { claimHover } from './claimHover';
import { clauseStatusText, clauseText } from './clauseMarkdown';

export function provideHover(set: SetResult, doc: ParsedDocument, position: Position, locale: Locale, t: Localize): Hover | null {
  const at = clauseAt(set.model, doc, position);
  if (!at) return claimHover(set, doc, position, locale, t);
  const clause = set.model.catalog.get(at.id)!;
  const value = `${clauseText(clause, locale, t)}\n\n---\n\n${clauseStatusText(set, at.id, t)}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: at.range };
}
