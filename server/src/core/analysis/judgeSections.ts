// Judges each leaf section of a document with the section rules (spec §4 weak-*).
// A section that trips any of them, enabled and not disabled inline, makes its
// clause weak unless another section of the clause is sound. Sections of a
// not-applicable clause are not judged (they may explain the exclusion); an
// empty section is not judged either: it is no evidence at all, and
// missing-clause says so.
import type { SectionVerdict } from '../coverage/coverage';
import type { SectionCandidate } from '../parse/evidenceDocument';
import { isEmptySection } from '../rules/emptySection';
import { rulesOf } from '../rules/registry';
import type { Reporter } from './reporter';
import type { SetContext, SetSection } from './setContext';

const SECTION_RULES = rulesOf('section');

export function judgeSections(ctx: SetContext, reporter: Reporter): Map<SectionCandidate, SectionVerdict> {
  const verdicts = new Map<SectionCandidate, SectionVerdict>();
  ctx.sections.forEach((s, i) => {
    const target = s.target;
    if (!target || !ctx.catalog.isLeaf(target.id) || ctx.notApplicable.has(target.id)) return;
    if (isEmptySection(s.doc, s.candidate, s.clause ?? target)) {
      verdicts.set(s.candidate, hasDeeperSection(s, ctx.sections[i + 1]) ? 'container' : 'empty');
      return;
    }
    // Every rule runs (each reports its own finding), then any finding makes the section weak.
    const findings = SECTION_RULES.map((rule) => rule.check(ctx, reporter, s));
    if (findings.some(Boolean)) verdicts.set(s.candidate, 'weak');
  });
  return verdicts;
}

/** `### 5.2.4 维修` whose evidence sits in `#### 5.2.4.1 …` below it: the next section is nested and counts for the same clause. */
function hasDeeperSection(s: SetSection, next: SetSection | undefined): boolean {
  return (
    next !== undefined &&
    next.doc === s.doc &&
    next.target === s.target &&
    next.candidate.heading.level > s.candidate.heading.level &&
    next.candidate.heading.line <= s.candidate.range.end.line
  );
}
