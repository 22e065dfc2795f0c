// Rules about a document's frontmatter: validity, review date, not-applicable entries.
import type { Reporter } from '../analysis/reporter';
import type { SetContext } from '../analysis/setContext';
import type { MessageKey } from '../l10n/messages';
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

/**
 * A document that names the standard but yields no clause section would otherwise be
 * dropped without a word: say so on its `standard:` line, with the reason when one is
 * known. An index document declared as such (`index: true`) may be an overview.
 */
export function noClauseSection(ctx: SetContext, reporter: Reporter): void {
  for (const doc of ctx.documents) {
    const standard = doc.frontmatter?.standard;
    if (!standard || doc.frontmatter?.index === true || (ctx.sectionsByDoc.get(doc)?.length ?? 0) > 0) continue;
    const ownNumbers = doc.sections.filter((c) => c.kind === 'heading' && !c.section).map((c) => c.raw);
    const reason =
      doc.headings.length === 0
        ? ctx.t('no-clause-section.noHeadings')
        : ownNumbers.length > 0
          ? ctx.t('no-clause-section.ownNumbering', ownNumbers.slice(0, 3).join(', '), ctx.catalog.data.standard.roots.join(', '))
          : ctx.t('no-clause-section.untagged');
    reporter.report('no-clause-section', { path: doc.path, range: standard.range, message: ctx.t('no-clause-section', ctx.catalog.id, reason) });
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
    if (doc) {
      // Quoted: a colon inside a plain YAML scalar would break the mapping.
      const placeholder = JSON.stringify(ctx.t('na-without-reason.placeholder'));
      const edit = entry.valueRange
        ? { path, range: entry.valueRange, newText: placeholder }
        : (() => {
            const end = { line: entry.keyRange.end.line, character: doc.lines.lineText(entry.keyRange.end.line).length };
            const needsSpace = !doc.lines.lineText(end.line).endsWith(' ');
            return { path, range: { start: end, end }, newText: (needsSpace ? ' ' : '') + placeholder };
          })();
      fixes = [{ title: ctx.t('na-without-reason.fix', entry.raw), edits: [edit], isPreferred: true }];
    }
    reporter.report('na-without-reason', {
      path,
      range: entry.range,
      message: ctx.t('na-without-reason.empty', entry.raw),
      clause: entry.id,
      fixes,
    });
  }
}
