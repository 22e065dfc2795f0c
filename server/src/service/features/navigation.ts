// Definition (a § reference -> the clause's sections) and references (sections
// and § references of a clause across the set).
import type { Location, Position } from 'vscode-languageserver-protocol';
import { clauseAt, referencesTo, sectionsOf, type ParsedDocument, type SetResult } from '../../core';
import { location } from '../conversions';

export function provideDefinition(set: SetResult, doc: ParsedDocument, position: Position): Location[] {
  const at = clauseAt(set.model, doc, position);
  if (!at) return [];
  return sectionsOf(set.model, at.id).map((s) => location(s.doc.path, s.candidate.heading.range));
}

export function provideReferences(set: SetResult, doc: ParsedDocument, position: Position, includeDeclaration: boolean): Location[] {
  const at = clauseAt(set.model, doc, position);
  if (!at) return [];
  const sections = includeDeclaration ? sectionsOf(set.model, at.id).map((s) => location(s.doc.path, s.candidate.idRange)) : [];
  return [...sections, ...referencesTo(set.model, at.id).map((r) => location(r.doc.path, r.range))];
}
