import { isSampleLink, linkProblem } from './linkTargets';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: {
    message:
      'Section {0} links to no evidence (no link or image to a file or URL). Put the record file into the 附件/ folder and link it on a line of its own: - [文件名](附件/文件名.pdf)',
    broken: 'Section {0} links only to files that do not exist ({1}); a broken link is no evidence.',
  },
  zh: {
    message: '章节 {0} 没有链接任何证据（无指向文件或网址的链接或图片）。请把记录文件放进 附件/ 文件夹，并单独一行链接：- [文件名](附件/文件名.pdf)',
    broken: '章节 {0} 只链接了不存在的文件（{1}）；失效链接不算证据。',
  },
});

export const weakNoEvidence = defineRule({
  id: 'weak-no-evidence',
  defaultSeverity: 'warning',
  description: {
    en: 'A section links to no evidence file or URL, or only to files that do not exist.',
    zh: '章节没有链接任何证据文件或网址，或只链接了不存在的文件。',
  },
  docs: 'a leaf section links to no file or URL, or only to files that do not exist',
  explain: {
    why: {
      en: 'A description without records is a claim, not evidence. An auditor asks for the documents and records that show the practice.',
      zh: '没有记录支撑的描述只是声明，不是证据。审核员会要求查看能证明做法的文件和记录。',
    },
    fix: {
      en: 'Put the record file into the `附件/` folder beside the document and link it on a line of its own, e.g. `- [文件名](附件/文件名.pdf)`. A link to a web page works too; a link to a file that does not exist does not.',
      zh: '把记录文件放进文档旁的 `附件/` 文件夹，并单独一行链接，例如 `- [文件名](附件/文件名.pdf)`。也可以链接网址；指向不存在文件的链接不算证据。',
    },
    example: '#### 5.1.5.1 服务监督机构\n\n本公司设立服务质量监督小组，每季度检查一次服务记录并通报结果。',
    note: {
      en: 'Fix: add a line such as - [监督小组任命文件](附件/监督小组任命文件.pdf).',
      zh: '修复：加一行，例如 - [监督小组任命文件](附件/监督小组任命文件.pdf)',
    },
  },
  scope: 'section',
  check(ctx, reporter, s): boolean {
    const { facts, heading, id } = s.candidate;
    if (facts.referencedLinks > 0) return false;
    // A link to a file that does not exist is no evidence; the stub's sample link is no link at all.
    const links = facts.links.filter((l) => !isSampleLink(l));
    const broken = links.filter((l) => linkProblem(ctx, s.doc.path, l) !== undefined);
    if (broken.length < links.length) return false;
    const message = broken.length > 0 ? say(ctx, 'broken', id, broken.map((l) => l.url).join('、')) : say(ctx, 'message', id);
    return reporter.report(weakNoEvidence, { path: s.doc.path, range: heading.range, message, clause: id });
  },
});
