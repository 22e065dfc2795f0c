// Definition (a § reference -> the clause's sections) and references (sections
// and § references of a clause across the set).
import type { Location, Position } from 'vscode-languageserver/node';
import { location } from '../conversions';
import { SetView } from '../setView';
import type { WorkspaceIndex } from '../workspaceIndex';

export function provideDefinition(index: WorkspaceIndex, path: string, position: Position): Location[] {
  const doc = index.document(path);
  const view = doc && SetView.of(index, doc);
  const at = view?.clauseAt(doc!, position);
  if (!view || !at) return [];
  return view.sections(at.id).map((s) => location(s.doc.path, s.candidate.heading.range));
}

export function provideReferences(index: WorkspaceIndex, path: string, position: Position, includeDeclaration: boolean): Location[] {
  const doc = index.document(path);
  const view = doc && SetView.of(index, doc);
  const at = view?.clauseAt(doc!, position);
  if (!view || !at) return [];
  const sections = includeDeclaration ? view.sections(at.id).map((s) => location(s.doc.path, s.candidate.idRange)) : [];
  return [...sections, ...view.references(at.id).map((r) => location(r.doc.path, r.range))];
}
