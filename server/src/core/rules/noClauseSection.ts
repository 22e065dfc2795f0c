import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: {
    message: 'This document names {0}, but none of its headings is a clause section, so it counts for nothing: {1}',
    noHeadings: 'it has no headings.',
    ownNumbering:
      "its headings carry the document's own numbers ({0}), outside the catalog's ids ({1}.…), and no clause tag; put <!-- clause: id --> on the line above or below each heading.",
    untagged: 'no heading starts with a clause id or carries a <!-- clause: id --> tag.',
  },
  zh: {
    message: '本文件声明了 {0}，但没有任何标题构成条款章节，因此不计入覆盖：{1}',
    noHeadings: '文件中没有标题。',
    ownNumbering: '标题使用文件自己的编号（{0}），不在条款号范围（{1}.…）内，也没有条款标记；请在每个标题的上一行或下一行加 <!-- clause: 条款号 -->。',
    untagged: '没有标题以条款号开头，也没有 <!-- clause: 条款号 --> 标记。',
  },
});

/**
 * A document that names the standard but yields no clause section would otherwise be
 * dropped without a word: say so on its `standard:` line, with the reason when one is
 * known. An index document declared as such (`index: true`) may be an overview.
 */
export const noClauseSection = defineRule({
  id: 'no-clause-section',
  defaultSeverity: 'info',
  description: {
    en: 'A document names the standard but no heading in it is a clause section (say why, so nothing is dropped silently).',
    zh: '文件声明了标准，但没有任何标题构成条款章节（说明原因，避免证据被悄然忽略）。',
  },
  docs: 'a document names the standard but none of its headings is a clause section; says why on its `standard:` line',
  explain: {
    why: {
      en: 'A document that names the standard but has no clause section counts for nothing; without this note its content would be dropped silently.',
      zh: '声明了标准却没有任何条款章节的文件不计入覆盖；若不提示，其内容会被悄然忽略。',
    },
    fix: {
      en: 'Start each heading with its clause id (`#### 5.1.4.1 售后服务手册`), or put `<!-- clause: 5.1.4.1 -->` on the line above or below a heading that keeps its own numbering. An overview document can be marked `index: true`.',
      zh: '让每个标题以条款号开头（如 `#### 5.1.4.1 售后服务手册`），或在保留自有编号的标题上一行或下一行加 `<!-- clause: 5.1.4.1 -->`。总览文件可标记 `index: true`。',
    },
    example: '---\nstandard: GB/T 27922-2011\n---\n\n## 1 编制目的\n\n## 2 服务手册',
    note: { en: "The headings carry the document's own numbers and no clause tag.", zh: '标题使用文件自己的编号，没有条款标记。' },
  },
  scope: 'document',
  check(ctx, reporter) {
    for (const doc of ctx.documents) {
      const standard = doc.frontmatter?.standard;
      if (!standard || doc.frontmatter?.index === true || (ctx.sectionsByDoc.get(doc)?.length ?? 0) > 0) continue;
      const ownNumbers = doc.sections.filter((c) => c.kind === 'heading' && !c.section).map((c) => c.raw);
      const reason =
        doc.headings.length === 0
          ? say(ctx, 'noHeadings')
          : ownNumbers.length > 0
            ? say(ctx, 'ownNumbering', ownNumbers.slice(0, 3).join(', '), ctx.catalog.data.standard.roots.join(', '))
            : say(ctx, 'untagged');
      reporter.report(noClauseSection, { path: doc.path, range: standard.range, message: say(ctx, 'message', ctx.catalog.id, reason) });
    }
  },
});
