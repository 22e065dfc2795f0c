// After a clause is marked not applicable, its empty stub sections are left
// over: this edit removes them (only sections judged empty: nothing written in
// them is ever deleted, nor a section with deeper sections inside it).
import type { SetContext } from '../analysis/setContext';
import { sectionsOf } from '../analysis/setQueries';
import { isEmptySection } from '../rules/emptySection';
import { comparePositions } from '../text/positions';
import type { FileEdit } from '../types';

export function removeEmptySections(model: SetContext, id: string): FileEdit[] {
  return sectionsOf(model, id)
    .filter((s) => comparePositions(s.candidate.ownRange.end, s.candidate.range.end) === 0 && isEmptySection(s.doc, s.candidate, s.clause ?? s.target!))
    .map((s) => {
      const { start, end } = s.candidate.ownRange;
      // From the start of the heading's line to the end of the section's last line, line break included.
      const next = s.doc.lines.lineCount > end.line + 1 ? { line: end.line + 1, character: 0 } : end;
      return { path: s.doc.path, range: { start: { line: start.line, character: 0 }, end: next }, newText: '' };
    });
}
