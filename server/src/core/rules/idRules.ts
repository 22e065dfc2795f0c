// Rules about how clause ids are written: unknown ids, non-canonical spellings,
// headings whose title belongs to another clause (flat renumbered templates).
import type { Reporter } from '../analysis/reporter';
import { clauseTitle, type SetContext, type SetSection } from '../analysis/setContext';
import type { Clause } from '../catalog/catalog';
import { rankClauses, titleScore } from '../text/similarity';
import type { Fix, Range } from '../types';

/** A title must fit another clause at least this well before we call it a mismatch… */
const MISMATCH_MIN_SCORE = 0.6;
/** …and fit its own clause less than this share of that. */
const MISMATCH_OWN_RATIO = 0.5;

function replaceIdFix(path: string, range: Range, title: string, clause: Clause): Fix {
  return {
    title,
    edits: [{ path, range, newText: clause.id }],
    isPreferred: true,
  };
}

function bestOtherClause(ctx: SetContext, s: SetSection): { clause: Clause; score: number } | undefined {
  const best = rankClauses(ctx.catalog, s.candidate.title, 1)[0];
  if (!best || best.clause.id === s.candidate.id || best.score < MISMATCH_MIN_SCORE) return undefined;
  return best;
}

export function unknownClause(ctx: SetContext, reporter: Reporter): void {
  const { catalog, t, locale } = ctx;
  for (const s of ctx.sections) {
    if (s.clause) continue;
    const { candidate, doc } = s;
    if (s.target) {
      // A finer id under a clause whose structure no source prints: accepted as its evidence.
      const message = t('unknown-clause.deeper', candidate.id, s.target.id, clauseTitle(s.target, locale));
      reporter.report('unknown-clause', { path: doc.path, range: candidate.idRange, message, clause: candidate.id }, 'info');
      continue;
    }
    const flat = catalog.byFlatAlias.get(candidate.id);
    const match = bestOtherClause(ctx, s);
    // The flat number's clause wins unless the title clearly names another one.
    const flatFits = flat !== undefined && (!match || titleScore(catalog, candidate.title, flat.id) >= match.score * MISMATCH_OWN_RATIO);
    const target = flatFits ? flat : match?.clause;
    const message = flat
      ? t('unknown-clause.flat', candidate.id, catalog.id, flat.id, clauseTitle(flat, locale))
      : t('unknown-clause.section', candidate.id, catalog.id);
    reporter.report('unknown-clause', {
      path: doc.path,
      range: candidate.idRange,
      message,
      clause: candidate.id,
      fixes: target ? [replaceIdFix(doc.path, candidate.idRange, t('unknown-clause.fix', candidate.raw, target.id, clauseTitle(target, locale)), target)] : undefined,
    });
  }
  for (const doc of ctx.documents) {
    for (const ref of doc.references) {
      if (catalog.get(ref.id)) continue;
      const open = catalog.evidenceTarget(ref.id);
      if (open) {
        const message = t('unknown-clause.deeperReference', ref.id, open.id, clauseTitle(open, locale));
        reporter.report('unknown-clause', { path: doc.path, range: ref.range, message, clause: ref.id }, 'info');
        continue;
      }
      reporter.report('unknown-clause', { path: doc.path, range: ref.range, message: t('unknown-clause.reference', ref.id, catalog.id), clause: ref.id });
    }
  }
}

export function noncanonicalId(ctx: SetContext, reporter: Reporter): void {
  const { t } = ctx;
  const check = (path: string, raw: string, id: string, range: Range) => {
    if (raw === id) return;
    reporter.report('noncanonical-id', {
      path,
      range,
      message: t('noncanonical-id', raw, id),
      clause: id,
      fixes: [{ title: t('noncanonical-id.fix', raw, id), edits: [{ path, range, newText: id }], isPreferred: true }],
    });
  };
  for (const s of ctx.sections) check(s.doc.path, s.candidate.raw, s.candidate.id, s.candidate.idRange);
  for (const doc of ctx.documents) for (const ref of doc.references) check(doc.path, ref.raw, ref.id, ref.range);
}

export function titleMismatch(ctx: SetContext, reporter: Reporter): void {
  const { catalog, t, locale } = ctx;
  for (const s of ctx.sections) {
    if (!s.clause || !s.candidate.title) continue;
    const best = bestOtherClause(ctx, s);
    if (!best) continue;
    // A title naming an ancestor or descendant is a coarser or finer title for the same thing.
    const related = catalog.ancestors(best.clause.id).some((a) => a.id === s.clause!.id) || catalog.ancestors(s.clause.id).some((a) => a.id === best.clause.id);
    if (related) continue;
    // 5.1.1.3 is evidence for 5.1.1.2: a title naming either is no mismatch.
    if (best.clause.id === s.target?.id || best.clause.countsFor === s.clause.id) continue;
    const own = titleScore(catalog, s.candidate.title, s.clause.id);
    if (own >= best.score * MISMATCH_OWN_RATIO) continue;
    const { doc, candidate } = s;
    reporter.report('title-mismatch', {
      path: doc.path,
      range: { start: candidate.idRange.start, end: candidate.titleRange.end },
      message: t('title-mismatch', candidate.title, best.clause.id, clauseTitle(best.clause, locale), s.clause.id, clauseTitle(s.clause, locale)),
      clause: s.clause.id,
      fixes: [replaceIdFix(doc.path, candidate.idRange, t('title-mismatch.fix', candidate.raw, best.clause.id, clauseTitle(best.clause, locale)), best.clause)],
    });
  }
}
