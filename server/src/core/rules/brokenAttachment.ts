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
  explain: {
    why: {
      en: 'A link that leads nowhere cannot be opened during the audit; a file outside the folder is not part of the evidence package you hand over.',
      zh: '打不开的链接在审核时无法查看；位于文件夹之外的文件不属于提交的证据包。',
    },
    fix: {
      en: 'Put the file into the `附件/` folder beside the document and link it from there, or correct the file name in the link.',
      zh: '把文件放进文档旁的 `附件/` 文件夹并从那里链接，或改正链接中的文件名。',
    },
    example: '- [服务网点清单](附件/服务网点清单.xlsx)\n- [合同](../../共享盘/合同.pdf)',
    note: { en: 'The first file does not exist; the second lies outside the folder.', zh: '第一个文件不存在；第二个文件位于文件夹之外。' },
  },
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
