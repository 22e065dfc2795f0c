// Inlay hints: after each § reference and each not_applicable key, the clause's
// short title (`§5.1.4.1` › 售后服务手册), so a reader need not hover. An id the
// catalog does not know gets none (unknown-clause reports it).
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-protocol';
import { comparePositions, type Locale, type ParsedDocument, type SetResult } from '../../core';
import { localized } from './clauseMarkdown';

export function provideInlayHints(set: SetResult, doc: ParsedDocument, range: Range, locale: Locale): InlayHint[] {
  const { catalog } = set.model;
  const inside = (r: Range) => comparePositions(r.end, range.start) >= 0 && comparePositions(r.start, range.end) <= 0;
  const places = [
    ...doc.references.map((r) => ({ id: r.id, range: r.range })),
    ...(doc.frontmatter?.notApplicable ?? []).map((e) => ({ id: e.id, range: e.keyRange })),
  ];
  const hints: InlayHint[] = [];
  for (const place of places) {
    const clause = catalog.get(place.id);
    if (!clause || !inside(place.range)) continue;
    hints.push({ position: place.range.end, label: `› ${localized(clause.title, locale)}`, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return hints.sort((a, b) => comparePositions(a.position, b.position));
}
