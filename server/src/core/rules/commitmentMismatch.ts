// 5.1.7.2: service commitments stated "accurately and consistently" in every
// document. A figure that differs from the one a commitment section states
// (same kind, same scope) is reported on both places; where no commitment
// states the kind, documents that disagree with each other are.
import type { Reporter } from '../analysis/reporter';
import type { SetContext } from '../analysis/setContext';
import { claimLabel, fileLabel } from '../claims/claimLabel';
import { useCommittedValue } from '../claims/useCommittedValue';
import { setClaims, type LocatedClaim } from '../claims/setClaims';
import type { RelatedLocation } from '../types';
import { MAX_RELATED } from './duplicateSection';

export function commitmentMismatch(ctx: SetContext, reporter: Reporter): void {
  const { t } = ctx;
  const clause = ctx.catalog.data.claims?.commitmentClause;
  const related = (others: LocatedClaim[]): RelatedLocation[] =>
    others.slice(0, MAX_RELATED).map((o) => ({ path: o.doc.path, range: o.claim.range, message: t('commitment-mismatch.related', o.claim.text) }));
  for (const group of setClaims(ctx).groups) {
    const label = claimLabel(group.kind, group.scopes, ctx.locale);
    for (const [s, others] of group.conflicts) {
      const texts = distinct(others.map((o) => o.claim.text)).join(' / ');
      let message: string;
      if (!group.committed) message = t('commitment-mismatch.documents', label, s.claim.text, distinct(others.map((o) => fileLabel(ctx.root, o.doc.path))).join(', '), texts);
      else if (s.committed) message = t('commitment-mismatch.committed', clause ?? '', label, s.claim.text, others.length, texts);
      else message = t('commitment-mismatch', label, s.claim.text, clause ?? '', texts);
      const fix = group.committed && !s.committed ? useCommittedValue(s, others, t) : undefined;
      // No `clause`: related information points to the other statements, not to the clause's sections.
      reporter.report('commitment-mismatch', {
        path: s.doc.path,
        range: s.claim.range,
        message,
        related: related(others),
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  }
}

function distinct(xs: string[]): string[] {
  return [...new Set(xs)];
}
