// Rules about a document's frontmatter: validity, review date, not-applicable entries.
import type { Reporter } from '../analysis/reporter';
import type { SetContext } from '../analysis/setContext';
import type { MessageKey } from '../l10n/messages';
import { reasonEdit } from '../fixes/notApplicable';
import type { Fix } from '../types';

const DAY_MS = 24 * 60 * 60 * 1000;

export function frontmatterInvalid(ctx: SetContext, reporter: Reporter): void {
  for (const doc of ctx.documents) {
    for (const p of doc.frontmatter?.problems ?? []) {
      reporter.report('frontmatter-invalid', {
        path: doc.path,
        range: p.range,
        message: ctx.t(`frontmatter-invalid.${p.key}` as MessageKey, ...p.args),
      });
    }
  }
}

export function staleEvidence(ctx: SetContext, reporter: Reporter): void {
  const limit = ctx.config.staleAfterDays;
  for (const doc of ctx.documents) {
    const updated = doc.frontmatter?.updated;
    if (!updated) continue;
    const age = (ctx.now.getTime() - Date.parse(updated.value + 'T00:00:00Z')) / DAY_MS;
    if (age <= limit) continue;
    reporter.report('stale-evidence', { path: doc.path, range: updated.range, message: ctx.t('stale-evidence', updated.value, limit) });
  }
}

export function naWithoutReason(ctx: SetContext, reporter: Reporter): void {
  const docs = new Map(ctx.documents.map((d) => [d.path, d]));
  for (const { entry, path } of ctx.declarations) {
    if (!ctx.catalog.get(entry.id)) {
      reporter.report('na-without-reason', {
        path,
        range: entry.keyRange,
        message: ctx.t('na-without-reason.unknown', entry.raw, ctx.catalog.id),
        clause: entry.id,
      });
      continue;
    }
    if (entry.reason) continue;
    const doc = docs.get(path);
    let fixes: Fix[] | undefined;
    // Written into the YAML where the entry's value goes (never after a flow mapping's brace or into a comment); no fix if that cannot parse.
    const edit = doc && reasonEdit(doc, doc.lines.offsetAt(entry.keyRange.start), ctx.t('na-without-reason.placeholder'));
    if (edit) fixes = [{ title: ctx.t('na-without-reason.fix', entry.raw), edits: [edit], isPreferred: true }];
    reporter.report('na-without-reason', {
      path,
      range: entry.range,
      message: ctx.t('na-without-reason.empty', entry.raw),
      clause: entry.id,
      fixes,
    });
  }
}
