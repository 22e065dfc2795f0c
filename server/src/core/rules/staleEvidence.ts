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
