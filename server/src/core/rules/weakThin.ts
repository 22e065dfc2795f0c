import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: { message: 'Section {0} has only {1} characters of evidence text (minimum {2}).' },
  zh: { message: '章节 {0} 的证据正文只有 {1} 字（至少 {2} 字）。' },
});

export const weakThin = defineRule({
  id: 'weak-thin',
  defaultSeverity: 'warning',
  description: { en: "A section's own evidence text is shorter than minChars.", zh: '章节自身证据正文少于 minChars 字。' },
  docs: "a leaf section's own text is under `minChars` (40)",
  explain: {
    why: {
      en: 'A line or two of text rarely shows how a requirement is met. An auditor expects the section to say what is done, by whom and how often, with the records behind it.',
      zh: '一两句话很难说明要求是如何落实的。审核员希望看到做什么、由谁做、多久做一次，以及相应的记录。',
    },
    fix: {
      en: 'Describe the practice in your own words (at least `minChars` characters, 40 by default) and link the records.',
      zh: '用自己的话写明具体做法（至少 `minChars` 个字，默认 40），并链接记录文件。',
    },
    example: '#### 5.1.4.1 售后服务手册\n\n已编制。',
    note: { en: 'The text is too short to show the practice.', zh: '正文太短，说明不了做法。' },
  },
  scope: 'section',
  check(ctx, reporter, s): boolean {
    const { facts, heading, id } = s.candidate;
    if (facts.length >= ctx.config.minChars) return false;
    return reporter.report(weakThin, {
      path: s.doc.path,
      range: heading.range,
      message: say(ctx, 'message', id, facts.length, ctx.config.minChars),
      clause: id,
    });
  },
});
