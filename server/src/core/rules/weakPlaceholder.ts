import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: { message: 'Section {0} still contains the placeholder "{1}".' },
  zh: { message: '章节 {0} 仍含占位内容“{1}”。' },
});

export const weakPlaceholder = defineRule({
  id: 'weak-placeholder',
  defaultSeverity: 'warning',
  description: { en: 'A section contains a placeholder (TODO, 待补充, XXXX, ____, …).', zh: '章节含占位内容（TODO、待补充、XXXX、____ 等）。' },
  docs: 'TODO, TBD, FIXME, runs of 3+ `X`/`x`/`×`/`＊`, ××, `____`/`＿＿＿`, 【待填】, 待补充, 待完善, 待填写, 待定, 此处填写, （略）',
  scope: 'section',
  check(ctx, reporter, s): boolean {
    let reported = false;
    for (const p of s.candidate.facts.placeholders) {
      const kept = reporter.report(weakPlaceholder, {
        path: s.doc.path,
        range: p.range,
        message: say(ctx, 'message', s.candidate.id, p.text),
        clause: s.candidate.id,
      });
      reported ||= kept;
    }
    return reported;
  },
});
