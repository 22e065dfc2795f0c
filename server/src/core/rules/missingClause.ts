import type { Reporter } from '../analysis/reporter';
import { clauseTitle, type SetContext } from '../analysis/setContext';
import type { SetCoverage } from '../coverage/coverage';
import { insertSectionsEdits } from '../fixes/insertSection';
import type { Fix, Range } from '../types';

/**
 * Missing leaves (spec §5): on the heading of the nearest ancestor that has a
 * section, else on the `standard:` line of the index document.
 */
export function missingClause(ctx: SetContext, reporter: Reporter, coverage: SetCoverage): void {
  const { catalog, t, locale } = ctx;
  const missing = coverage.clauses.filter((c) => c.isLeaf && c.status === 'missing').map((c) => catalog.get(c.id)!);
  if (missing.length === 0 || !reporter.severity('missing-clause')) return;
  const fixAll: Fix | undefined =
    missing.length > 1 ? { title: t('missing-clause.fixAll', missing.length), edits: insertSectionsEdits(ctx, missing) } : undefined;
  for (const leaf of missing) {
    const ancestor = catalog.ancestors(leaf.id).find((a) => ctx.byClause.has(a.id));
    let path: string;
    let range: Range;
    if (ancestor) {
      const section = ctx.byClause.get(ancestor.id)![0];
      path = section.doc.path;
      range = section.candidate.heading.range;
    } else {
      const index = ctx.indexDocument;
      path = index.path;
      range = index.frontmatter?.standard?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const title = clauseTitle(leaf, locale);
    const fixes: Fix[] = [{ title: t('missing-clause.fix', leaf.id, title), edits: insertSectionsEdits(ctx, [leaf]), isPreferred: true }];
    if (fixAll) fixes.push(fixAll);
    reporter.report('missing-clause', { path, range, message: t('missing-clause', leaf.id, title), clause: leaf.id, fixes });
  }
}
