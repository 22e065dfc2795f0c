import type { Reporter } from '../analysis/reporter';
import { clauseTitle, type SetContext } from '../analysis/setContext';

/** Related locations per diagnostic; a clause repeated in hundreds of files must not cost n² entries. */
export const MAX_RELATED = 10;

/** Leaf clauses with sections in more than one place. Group sections are containers and may repeat. */
export function duplicateSection(ctx: SetContext, reporter: Reporter): void {
  const { t, locale } = ctx;
  for (const [id, sections] of ctx.byClause) {
    if (sections.length < 2 || !ctx.catalog.isLeaf(id)) continue;
    const message = t('duplicate-section', id, clauseTitle(sections[0].clause!, locale), sections.length);
    const pointers = sections
      .slice(0, MAX_RELATED + 1)
      .map((o) => ({ section: o, location: { path: o.doc.path, range: o.candidate.heading.range, message: t('duplicate-section.related', id) } }));
    // Every section past the first few points to the same first few: share that list.
    const firstFew = pointers.slice(0, MAX_RELATED).map((p) => p.location);
    sections.forEach((s, i) => {
      const related = i < MAX_RELATED + 1 ? pointers.filter((p) => p.section !== s).slice(0, MAX_RELATED).map((p) => p.location) : firstFew;
      reporter.report('duplicate-section', { path: s.doc.path, range: s.candidate.heading.range, message, clause: id, related });
    });
  }
}
