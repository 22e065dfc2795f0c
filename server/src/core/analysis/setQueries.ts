// Questions editor features ask of an analysed set: which clause is under the
// cursor, where a clause has sections and references. Answered from the set
// model the analysis built, never from a second reading of the documents.
import type { ParsedDocument } from '../parse/evidenceDocument';
import { containsPosition } from '../text/positions';
import type { Position, Range } from '../types';
import type { SetContext, SetSection } from './setContext';

export interface ClauseAtPosition {
  id: string;
  range: Range;
  kind: 'heading' | 'reference' | 'not-applicable';
}

export interface ClauseReference {
  doc: ParsedDocument;
  range: Range;
}

/** The set's version of the document at a path (the one its analysis saw). */
export function documentAt(model: SetContext, path: string): ParsedDocument | undefined {
  return model.documents.find((d) => d.path === path);
}

/** The clause sections of one document, in document order. */
export function sectionsIn(model: SetContext, doc: ParsedDocument): SetSection[] {
  return model.sectionsByDoc.get(doc) ?? [];
}

/** Every section of a known clause across the set. */
export function sectionsOf(model: SetContext, id: string): SetSection[] {
  return model.byClause.get(id) ?? [];
}

/** Every `§` reference to a clause across the set. */
export function referencesTo(model: SetContext, id: string): ClauseReference[] {
  return model.documents.flatMap((doc) => doc.references.filter((r) => r.id === id).map((r) => ({ doc, range: r.range })));
}

/** The known clause id at a position: in a heading or tag, a § reference or a not_applicable key. */
export function clauseAt(model: SetContext, doc: ParsedDocument, pos: Position): ClauseAtPosition | undefined {
  const known = (id: string) => model.catalog.get(id) !== undefined;
  for (const { candidate } of sectionsIn(model, doc)) {
    if (known(candidate.id) && containsPosition(candidate.idRange, pos)) return { id: candidate.id, range: candidate.idRange, kind: 'heading' };
  }
  for (const r of doc.references) {
    if (known(r.id) && containsPosition(r.range, pos)) return { id: r.id, range: r.range, kind: 'reference' };
  }
  for (const e of doc.frontmatter?.notApplicable ?? []) {
    if (known(e.id) && containsPosition(e.keyRange, pos)) return { id: e.id, range: e.keyRange, kind: 'not-applicable' };
  }
  return undefined;
}
