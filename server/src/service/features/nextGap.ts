// "Go to next gap": from the clause at the cursor, the next leaf in catalog order
// that is weak or missing (wrapping around), and where to go: its first section,
// or the place its section would be inserted.
import type { Position, Range } from 'vscode-languageserver-protocol';
import { containsPosition, insertSectionsForSet, sectionsIn, sectionsOf, type ParsedDocument, type SetResult } from '../../core';
import { pathToUri } from '../conversions';

export interface NextGap {
  clause: string;
  uri: string;
  range: Range;
  /** Whether the clause has a section there; otherwise this is where it would be inserted. */
  hasSection: boolean;
}

export function nextGap(set: SetResult, doc: ParsedDocument | undefined, position: Position): NextGap | null {
  const { catalog } = set.model;
  const status = new Map(set.coverage.clauses.map((c) => [c.id, c.status]));
  const leaves = catalog.leaves();
  const gaps = leaves.filter((l) => status.get(l.id) === 'weak' || status.get(l.id) === 'missing');
  if (gaps.length === 0) return null;
  // The clause the cursor is in: the innermost section around it.
  const here = doc
    ? sectionsIn(set.model, doc)
        .filter((s) => containsPosition(s.candidate.range, position))
        .at(-1)
    : undefined;
  const from = here?.target ? leaves.findIndex((l) => l.id === here.target!.id) : -1;
  const next = gaps.find((g) => leaves.indexOf(g) > from) ?? gaps[0];
  const [section] = sectionsOf(set.model, next.id);
  if (section) return { clause: next.id, uri: pathToUri(section.doc.path), range: section.candidate.heading.range, hasSection: true };
  // The edit that writes the clause's own heading (group headings above it may come first).
  const edits = insertSectionsForSet(set.model, [next.id]);
  const edit = edits.find((e) => e.newText.includes(` ${next.id} `)) ?? edits[0];
  if (!edit) return null;
  return { clause: next.id, uri: pathToUri(edit.path), range: { start: edit.range.start, end: edit.range.start }, hasSection: false };
}
