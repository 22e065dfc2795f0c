// Every diagnostic about a clause points to the clause's other sections (related
// information), computed once per analysis by the core, so the editor, the CLI's
// JSON and SARIF show the same pointers.
import { localizer } from '../l10n/messages';
import { MAX_RELATED } from '../rules/duplicateSection';
import type { EvidenceDiagnostic, RelatedLocation } from '../types';
import type { SetContext } from './setContext';

export function withRelatedSections(ctx: SetContext, diagnostics: EvidenceDiagnostic[]): EvidenceDiagnostic[] {
  const t = localizer(ctx.locale);
  const out: EvidenceDiagnostic[] = [];
  for (const d of diagnostics) {
    const sections = d.clause ? ctx.byClause.get(d.clause) : undefined;
    if (!sections || sections.length === 0) {
      out.push(d);
      continue;
    }
    const already = new Set((d.related ?? []).map((r) => `${r.path}:${r.range.start.line}`));
    const wanted = Math.max(0, MAX_RELATED - already.size);
    const more: RelatedLocation[] = [];
    // Only the first few are shown: a much-repeated clause is not walked to its end.
    for (const s of sections) {
      if (more.length >= wanted) break;
      const here = `${s.doc.path}:${s.candidate.heading.range.start.line}`;
      if ((s.doc.path === d.path && s.candidate.heading.line === d.range.start.line) || already.has(here)) continue;
      more.push({ path: s.doc.path, range: s.candidate.heading.range, message: t('related.section', d.clause!) });
    }
    out.push(more.length ? { ...d, related: [...(d.related ?? []), ...more] } : d);
  }
  return out;
}
