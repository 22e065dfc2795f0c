// Rename a clause id everywhere in its evidence set: in headings and clause tag
// comments, § references and not_applicable keys, as one workspace edit. The new
// id must be a clause of the same catalog; renaming onto an id that already has
// a section is allowed and shows up as duplicate-section afterwards.
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { canonicalId, clauseAt, type Localize, type ParsedDocument, type SetResult } from '../../core';
import { pathToUri } from '../conversions';

/** The id under the cursor that can be renamed, with its range. */
export function prepareRename(set: SetResult, doc: ParsedDocument, position: Position): { range: Range; placeholder: string } | null {
  const at = clauseAt(set.model, doc, position);
  return at ? { range: at.range, placeholder: at.id } : null;
}

export type RenameResult = { edit: WorkspaceEdit } | { error: string };

export function provideRename(set: SetResult, doc: ParsedDocument, position: Position, newName: string, t: Localize): RenameResult | null {
  const at = clauseAt(set.model, doc, position);
  if (!at) return null;
  const target = canonicalId(newName.trim());
  if (!set.model.catalog.get(target)) return { error: t('rename.unknown', newName.trim(), set.model.catalog.id) };
  const changes: Record<string, TextEdit[]> = {};
  const add = (d: ParsedDocument, range: Range, newText: string) => (changes[pathToUri(d.path)] ??= []).push({ range, newText });
  for (const d of set.model.documents) {
    for (const { candidate } of set.model.sectionsByDoc.get(d) ?? []) if (candidate.id === at.id) add(d, candidate.idRange, target);
    for (const r of d.references) if (r.id === at.id) add(d, r.range, target);
    for (const e of d.frontmatter?.notApplicable ?? []) {
      if (e.id !== at.id) continue;
      // Keep the key's quoting: unquoted, YAML would read 5.10 as the number 5.1.
      const quote = /^["']/.exec(textAt(d, e.keyRange))?.[0] ?? '';
      add(d, e.keyRange, `${quote}${target}${quote}`);
    }
  }
  return { edit: { changes } };
}

function textAt(doc: ParsedDocument, range: Range): string {
  return doc.text.slice(doc.lines.offsetAt(range.start), doc.lines.offsetAt(range.end));
}
