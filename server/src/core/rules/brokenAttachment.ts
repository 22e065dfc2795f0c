import { defineRule, ruleText } from './rule';
import { linkProblem } from './linkTargets';

const say = ruleText({
  en: {
    missing: 'Attachment "{0}" does not exist.',
    outside: 'Attachment "{0}" lies outside the workspace folder; it is not read.',
  },
  zh: {
    missing: '附件“{0}”不存在。',
    outside: '附件“{0}”位于工作区文件夹之外，不予读取。',
  },
});

/** Relative links to files that do not exist, or that leave the workspace folder (never read). */
export const brokenAttachment = defineRule({
  id: 'broken-attachment',
  defaultSeverity: 'error',
  description: { en: 'A relative link points to a missing file or outside the workspace folder.', zh: '相对链接指向不存在的文件或工作区之外。' },
  docs: 'a relative link to a missing file, or outside the workspace folder',
  scope: 'document',
  check(ctx, reporter) {
    for (const doc of ctx.documents) {
      for (const link of doc.links) {
        const problem = linkProblem(ctx, doc.path, link);
        if (problem) reporter.report(brokenAttachment, { path: doc.path, range: link.range, message: say(ctx, problem, link.url) });
      }
    }
  },
});
