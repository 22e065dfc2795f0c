// Every diagnostic about a clause points to the clause's other sections (related
// information), computed once per analysis by the core, so the editor, the CLI's
// JSON and SARIF show the same pointers.
import { localizer } from '../l10n/messages';
import { MAX_RELATED } from '../rules/duplicateSection';
import type { EvidenceDiagnostic, Locale, RelatedLocation } from '../types';
import type { SetContext, SetSection } from './setContext';

/**
 * The diagnostic with its related sections, by diagnostic: a diagnostic kept from an earlier
 * analysis whose clause kept its list of sections (buildSetContext) keeps its result.
 */
const withRelated = new WeakMap<EvidenceDiagnostic, Added>();

/** The diagnostic with related sections added, and what of the clause's list that depended on. */
interface Added {
  result: EvidenceDiagnostic;
  /** The sections looked at, in order. */
  walked: SetSection[];
  /** Whether the walk reached the end of the list (a longer list could add more). */
  exhausted: boolean;
}

function stillValid(added: Added, sections: SetSection[]): boolean {
  const { walked, exhausted } = added;
  if (exhausted ? sections.length !== walked.length : sections.length < walked.length) return false;
  return walked.every((s, i) => s === sections[i]);
}

export function withRelatedSections(ctx: SetContext, diagnostics: EvidenceDiagnostic[]): EvidenceDiagnostic[] {
  const out: EvidenceDiagnostic[] = [];
  for (const d of diagnostics) {
    const sections = d.clause ? ctx.byClause.get(d.clause) : undefined;
    // A diagnostic that already points to MAX_RELATED places (duplicate-section's) gets no more.
    if (!sections || sections.length === 0 || (d.related?.length ?? 0) >= MAX_RELATED) {
      out.push(d);
      continue;
    }
    const known = withRelated.get(d);
    // A diagnostic object is made in one locale (a locale change makes new ones), so the locale is no key.
    if (known && stillValid(known, sections)) {
      out.push(known.result);
      continue;
    }
    const added = relatedAdded(d, sections, ctx.locale);
    withRelated.set(d, added);
    out.push(added.result);
  }
  return out;
}

function relatedAdded(d: EvidenceDiagnostic, sections: SetSection[], locale: Locale): Added {
  const t = localizer(locale);
  const already = new Set((d.related ?? []).map((r) => `${r.path}:${r.range.start.line}`));
  const wanted = Math.max(0, MAX_RELATED - already.size);
  const more: RelatedLocation[] = [];
  let walked = 0;
  // Only the first few are shown: a much-repeated clause is not walked to its end.
  for (const s of sections) {
    if (more.length >= wanted) break;
    walked++;
    const here = `${s.doc.path}:${s.candidate.heading.range.start.line}`;
    if ((s.doc.path === d.path && s.candidate.heading.line === d.range.start.line) || already.has(here)) continue;
    more.push({ path: s.doc.path, range: s.candidate.heading.range, message: t('related.section', d.clause!) });
  }
  const result = more.length ? { ...d, related: [...(d.related ?? []), ...more] } : d;
  return { result, walked: sections.slice(0, walked), exhausted: walked === sections.length && more.length < wanted };
}
