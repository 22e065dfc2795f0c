import { clauseTitle } from '../analysis/setContext';
import { titleScore } from '../text/similarity';
import { bestOtherClause, MISMATCH_OWN_RATIO, replaceIdFix } from './clauseMatch';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: { message: 'The title "{0}" belongs to {1}, not {2} {3}: is the number wrong?', fix: 'Change {0} to {1} {2}' },
  zh: { message: '标题"{0}"对应 {1}，不是 {2} {3}，编号是否写错？', fix: '将 {0} 改为 {1} {2}' },
});

export const titleMismatch = defineRule({
  id: 'title-mismatch',
  defaultSeverity: 'warning',
  description: {
    en: "The heading's title matches another clause far better than its own id (typical of flat renumbered templates).",
    zh: '标题与另一条款的匹配度远高于其条款号（常见于平铺重编号的模板）。',
  },
  docs: "the heading title matches another clause far better than its own id; quick fix: that clause's id",
  explain: {
    why: {
      en: 'A heading whose title describes another clause usually carries a wrong number (often from a renumbered template): the evidence then counts for the wrong requirement, and the right one looks missing.',
      zh: '标题内容属于另一条款时，编号多半写错了（常见于重新编号的模板）：证据会被计到错误的条款上，而正确的条款看起来是缺失的。',
    },
    fix: {
      en: 'Check the number. If the title is right, apply the quick fix to change the id to the clause the title belongs to; if the number is right, retitle the section.',
      zh: '核对编号。标题正确时，用快速修复把编号改为标题对应的条款；编号正确时，请修改标题。',
    },
    example: '## 5.3 服务网点覆盖与管理',
    note: { en: 'The title belongs to 5.1.1.2; quick fix: change 5.3 to 5.1.1.2.', zh: '标题属于 5.1.1.2；快速修复：将 5.3 改为 5.1.1.2。' },
  },
  scope: 'document',
  check(ctx, reporter) {
    const { catalog, locale } = ctx;
    for (const s of ctx.sections) {
      if (!s.clause || !s.candidate.title) continue;
      const best = bestOtherClause(ctx, s);
      if (!best) continue;
      // A title naming an ancestor or descendant is a coarser or finer title for the same thing.
      const related =
        catalog.ancestors(best.clause.id).some((a) => a.id === s.clause!.id) || catalog.ancestors(s.clause.id).some((a) => a.id === best.clause.id);
      if (related) continue;
      // 5.1.1.3 is evidence for 5.1.1.2: a title naming either is no mismatch.
      if (best.clause.id === s.target?.id || best.clause.countsFor === s.clause.id) continue;
      const own = titleScore(catalog, s.candidate.title, s.clause.id);
      if (own >= best.score * MISMATCH_OWN_RATIO) continue;
      const { doc, candidate } = s;
      reporter.report(titleMismatch, {
        path: doc.path,
        range: { start: candidate.idRange.start, end: candidate.titleRange.end },
        message: say(ctx, 'message', candidate.title, best.clause.id, s.clause.id, clauseTitle(s.clause, locale)),
        clause: s.clause.id,
        fixes: [replaceIdFix(doc.path, candidate.idRange, say(ctx, 'fix', candidate.raw, best.clause.id, clauseTitle(best.clause, locale)), best.clause)],
      });
    }
  },
});
