import type { Reporter } from '../analysis/reporter';
import { clauseTitle, type SetContext } from '../analysis/setContext';
import type { SectionVerdict, SetCoverage } from '../coverage/coverage';
import { insertSectionsEdits } from '../fixes/insertSection';
import type { SectionCandidate } from '../parse/evidenceDocument';
import type { Fix, Range } from '../types';

/**
 * Missing leaves (spec §5). A leaf whose sections are all still empty is reported on
 * each of them: the place to write is there already. A leaf with no section at all is
 * reported on the heading of the nearest ancestor that has a section, else on the
 * `standard:` line of the index document, with fixes that insert its section.
 */
export function missingClause(ctx: SetContext, reporter: Reporter, coverage: SetCoverage, verdicts: ReadonlyMap<SectionCandidate, SectionVerdict>): void {
  const { catalog, t, locale } = ctx;
  const missing = coverage.clauses.filter((c) => c.isLeaf && c.status === 'missing' && c.countsFor === undefined).map((c) => catalog.get(c.id)!);
  if (missing.length === 0 || !reporter.severity('missing-clause')) return;
  const sectionless = missing.filter((leaf) => !ctx.evidence.has(leaf.id));
  const fixAll: Fix | undefined =
    sectionless.length > 1 ? { title: t('missing-clause.fixAll', sectionless.length), edits: insertSectionsEdits(ctx, sectionless) } : undefined;
  for (const leaf of missing) {
    const title = clauseTitle(leaf, locale);
    const sections = ctx.evidence.get(leaf.id);
    if (sections) {
      for (const s of sections) {
        if (verdicts.get(s.candidate) !== 'empty') continue;
        reporter.report('missing-clause', { path: s.doc.path, range: s.candidate.heading.range, message: t('missing-clause.empty', leaf.id, title), clause: leaf.id });
      }
      continue;
    }
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
    const fixes: Fix[] = [{ title: t('missing-clause.fix', leaf.id, title), edits: insertSectionsEdits(ctx, [leaf]), isPreferred: true }];
    if (fixAll) fixes.push(fixAll);
    reporter.report('missing-clause', { path, range, message: t('missing-clause', leaf.id, title), clause: leaf.id, fixes });
  }
}
