import { defineRule, ruleText } from './rule';

const DAY_MS = 24 * 60 * 60 * 1000;

const say = ruleText({
  en: { message: 'This document was last reviewed on {0}, more than {1} days ago.' },
  zh: { message: '本文件最近评审日期为 {0}，已超过 {1} 天。' },
});

export const staleEvidence = defineRule({
  id: 'stale-evidence',
  defaultSeverity: 'info',
  description: { en: "The document's updated date is older than staleAfterDays.", zh: '文件的 updated 日期早于 staleAfterDays 天。' },
  docs: '`updated` is older than `staleAfterDays` (365)',
  explain: {
    why: {
      en: 'Evidence reviewed more than a year ago may no longer describe current practice; an auditor looks for records from the current period.',
      zh: '一年以上未复核的证据可能已不反映现行做法；审核员关注的是当期的记录。',
    },
    fix: {
      en: 'Review the document, bring it up to date, and set `updated` in the header to the review date.',
      zh: '复核文件内容并更新，把文件头中的 `updated` 改为复核日期。',
    },
    example: '---\nstandard: GB/T 27922-2011\nupdated: 2024-03-01\n---',
    note: { en: 'The updated date is more than a year old.', zh: 'updated 日期已超过一年。' },
  },
  scope: 'document',
  check(ctx, reporter) {
    const limit = ctx.config.staleAfterDays;
    for (const doc of ctx.documents) {
      const updated = doc.frontmatter?.updated;
      if (!updated) continue;
      const age = (ctx.now.getTime() - Date.parse(updated.value + 'T00:00:00Z')) / DAY_MS;
      if (age <= limit) continue;
      reporter.report(staleEvidence, { path: doc.path, range: updated.range, message: say(ctx, 'message', updated.value, limit) });
    }
  },
});
