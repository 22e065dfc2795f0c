import type { Reporter } from '../analysis/reporter';
import { clauseTitle, type SetContext } from '../analysis/setContext';

/** Related locations per diagnostic; a clause repeated in hundreds of files must not cost n² entries. */
export const MAX_RELATED = 10;

/** Leaf clauses with sections in more than one place. Group sections are containers and may repeat. */
export function duplicateSection(ctx: SetContext, reporter: Reporter): void {
  const { t, locale } = ctx;
  for (const [id, sections] of ctx.byClause) {
    if (sections.length < 2 || !ctx.catalog.isLeaf(id)) continue;
    const clause = sections[0].clause!;
    for (const s of sections) {
      reporter.report('duplicate-section', {
        path: s.doc.path,
        range: s.candidate.heading.range,
        message: t('duplicate-section', id, clauseTitle(clause, locale), sections.length),
        clause: id,
        related: sections
          .slice(0, MAX_RELATED + 1)
          .filter((o) => o !== s)
          .slice(0, MAX_RELATED)
          .map((o) => ({ path: o.doc.path, range: o.candidate.heading.range, message: t('duplicate-section.related', id) })),
      });
    }
  }
}
