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
