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
  explain: {
    why: {
      en: 'TODO, 待补充, XXXX or blanks to fill in show that the section is not finished; an auditor reads them as missing evidence.',
      zh: 'TODO、待补充、XXXX 或待填空白说明章节尚未完成，审核员会视为证据缺失。',
    },
    fix: {
      en: 'Replace each placeholder with the real content (the name of the document, the figure, the record).',
      zh: '把每处占位内容替换为实际内容（文件名称、数字、记录）。',
    },
    example: '#### 5.1.4.1 售后服务手册\n\n本公司已编制《XXXX售后服务手册》，待补充。',
    note: { en: 'XXXX and 待补充 are placeholders.', zh: 'XXXX 和“待补充”是占位内容。' },
  },
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
