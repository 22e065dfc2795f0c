import { clauseTitle, type SetContext } from '../analysis/setContext';
import type { Clause } from '../catalog/catalog';
import { titleScore } from '../text/similarity';
import type { Fix, Range } from '../types';
import { bestOtherClause, MISMATCH_OWN_RATIO, replaceIdFix } from './clauseMatch';
import { nearestClauses } from './nearestClauses';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: {
    section: '{0} is not a clause of {1}.',
    reference: 'Reference to §{0}, which is not a clause of {1}.',
    flat: '{0} is not a clause of {1}; it looks like the flat template number of {2} {3}.',
    fix: 'Change {0} to {1} {2}',
    deeper: '{0} is not in the catalog; counted as evidence for {1} {2} (no source prints a finer structure of that clause).',
    deeperReference: 'Reference to §{0}, which is not in the catalog; it falls under {1} {2}.',
    notApplicable: 'Not-applicable entry {0} names no clause of {1}.',
  },
  zh: {
    section: '{0} 不是 {1} 的条款。',
    reference: '引用 §{0} 不是 {1} 的条款。',
    flat: '{0} 不是 {1} 的条款，疑似模板平铺编号，对应 {2} {3}。',
    fix: '将 {0} 改为 {1} {2}',
    deeper: '{0} 不在条款目录中；按 {1} {2} 的证据计（没有来源印证该条款的细分结构）。',
    deeperReference: '引用 §{0} 不在条款目录中，属于 {1} {2}。',
    notApplicable: '不适用条目 {0} 不是 {1} 的条款。',
  },
});

export const unknownClause = defineRule({
  id: 'unknown-clause',
  defaultSeverity: 'error',
  description: { en: 'A section, § reference or not_applicable entry names an id the catalog lacks.', zh: '章节、§ 引用或不适用条目的条款号不在条款目录中。' },
  docs: "a section, `§` reference or `not_applicable` entry names an id the catalog lacks; quick fixes: up to 3 nearest ids (the title's clause or flat template number, same parent, similar title); a deeper id under an inferred clause without children (`5.2.4.1`) is only `info` and counts for that clause",
  explain: {
    why: {
      en: 'A section numbered with an id the standard does not have counts for no requirement: the evidence written there is lost for coverage, and an auditor cannot map it to a clause.',
      zh: '条款号不在标准中的章节不对应任何要求：其中的证据不计入覆盖，审核员也无法把它对应到条款。',
    },
    fix: {
      en: "Pick one of the quick fixes (the nearest catalog ids: the clause the title names, the flat template number's clause, the same parent, a similar title), or correct the number by hand.",
      zh: '选择一个快速修复（最接近的条款号：标题对应的条款、模板平铺编号对应的条款、同一上级下的条款、标题相近的条款），或手工改正编号。',
    },
    example: '#### 5.1.9.9 投诉处理',
    note: { en: '5.1.9.9 is no clause; quick fix: 5.3.2 投诉处理.', zh: '5.1.9.9 不是标准中的条款；快速修复：改为 5.3.2 投诉处理。' },
  },
  scope: 'document',
  check(ctx, reporter) {
    const { catalog, locale } = ctx;
    for (const s of ctx.sections) {
      if (s.clause) continue;
      const { candidate, doc } = s;
      if (s.target) {
        // A finer id under a clause whose structure no source prints: accepted as its evidence.
        const message = say(ctx, 'deeper', candidate.id, s.target.id, clauseTitle(s.target, locale));
        reporter.report(unknownClause, { path: doc.path, range: candidate.idRange, message, clause: candidate.id }, 'info');
        continue;
      }
      const flat = catalog.byFlatAlias.get(candidate.id);
      const match = bestOtherClause(ctx, s);
      // The flat number's clause wins unless the title clearly names another one.
      const flatFits = flat !== undefined && (!match || titleScore(catalog, candidate.title, flat.id) >= match.score * MISMATCH_OWN_RATIO);
      const target = flatFits ? flat : match?.clause;
      const message = flat ? say(ctx, 'flat', candidate.id, catalog.id, flat.id, clauseTitle(flat, locale)) : say(ctx, 'section', candidate.id, catalog.id);
      reporter.report(unknownClause, {
        path: doc.path,
        range: candidate.idRange,
        message,
        clause: candidate.id,
        fixes: suggestionFixes(ctx, doc.path, candidate.idRange, candidate.raw, nearestClauses(catalog, candidate.id, candidate.title, target), target),
      });
    }
    for (const doc of ctx.documents) {
      for (const ref of doc.references) {
        if (catalog.get(ref.id)) continue;
        const open = catalog.evidenceTarget(ref.id);
        if (open) {
          const message = say(ctx, 'deeperReference', ref.id, open.id, clauseTitle(open, locale));
          reporter.report(unknownClause, { path: doc.path, range: ref.range, message, clause: ref.id }, 'info');
          continue;
        }
        const fixes = suggestionFixes(ctx, doc.path, ref.range, ref.raw, nearestClauses(catalog, ref.id, ''));
        reporter.report(unknownClause, { path: doc.path, range: ref.range, message: say(ctx, 'reference', ref.id, catalog.id), clause: ref.id, fixes });
      }
      // A not-applicable entry must name a clause, or it declares nothing.
      for (const entry of doc.frontmatter?.notApplicable ?? []) {
        if (catalog.get(entry.id)) continue;
        const fixes = suggestionFixes(ctx, doc.path, entry.keyRange, entry.raw, nearestClauses(catalog, entry.id, ''));
        const message = say(ctx, 'notApplicable', entry.raw, catalog.id);
        reporter.report(unknownClause, { path: doc.path, range: entry.keyRange, message, clause: entry.id, fixes });
      }
    }
  },
});

/** One fix per suggested clause; only the confident match is preferred. */
function suggestionFixes(ctx: SetContext, path: string, range: Range, raw: string, clauses: Clause[], confident?: Clause): Fix[] | undefined {
  if (clauses.length === 0) return undefined;
  return clauses.map((c) => replaceIdFix(path, range, say(ctx, 'fix', raw, c.id, clauseTitle(c, ctx.locale)), c, c === confident));
}
