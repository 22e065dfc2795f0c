import { posix } from 'node:path';
import { defineRule, ruleText } from './rule';
import { isSampleLink, linkProblem, targetOf } from './linkTargets';

const say = ruleText({
  en: {
    missing: 'Attachment "{0}" does not exist.',
    outside:
      'Attachment "{0}" lies outside the workspace folder, so it is not read and is no evidence: copy the file into the 附件/ folder beside this document and link 附件/{1} instead.',
  },
  zh: {
    missing: '附件“{0}”不存在。',
    outside: '附件“{0}”位于工作区文件夹之外，不会读取，也不算证据：请把该文件复制到本文档旁的 附件/ 文件夹，改为链接 附件/{1}。',
  },
});

/** Relative links to files that do not exist, or that leave the workspace folder (never read). */
export const brokenAttachment = defineRule({
  id: 'broken-attachment',
  defaultSeverity: 'error',
  description: { en: 'A relative link points to a missing file or outside the workspace folder.', zh: '相对链接指向不存在的文件或工作区之外。' },
  docs: 'a relative link to a missing file, or outside the workspace folder (the message says to copy the file into `附件/` and link it from there)',
  scope: 'document',
  check(ctx, reporter) {
    for (const doc of ctx.documents) {
      for (const link of doc.links) {
        const problem = isSampleLink(link) ? undefined : linkProblem(ctx, doc.path, link);
        if (!problem) continue;
        const name = posix.basename(targetOf(doc.path, link) ?? link.url);
        reporter.report(brokenAttachment, { path: doc.path, range: link.range, message: say(ctx, problem, link.url, name) });
      }
    }
  },
});
