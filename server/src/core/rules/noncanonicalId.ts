import type { Range } from '../types';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: { message: 'Clause id "{0}" is not written canonically; use {1}.', fix: 'Write {0} as {1}' },
  zh: { message: '条款号“{0}”书写不规范，应为 {1}。', fix: '将 {0} 改写为 {1}' },
});

export const noncanonicalId = defineRule({
  id: 'noncanonical-id',
  defaultSeverity: 'warning',
  description: { en: 'A clause id is spelled non-canonically (full-width, 。, trailing dot, spaces).', zh: '条款号书写不规范（全角、句号、末尾点号或空格）。' },
  docs: 'an id written with full-width digits or dots, `。`, a trailing dot or spaces; quick fix: canonical id',
  explain: {
    why: {
      en: 'A clause id with full-width digits, 。 or a trailing dot is easy to misread and is not matched by other tools; one spelling keeps the set consistent.',
      zh: '使用全角数字、句号或末尾点号的条款号容易误读，其他工具也无法识别；统一写法让证据集前后一致。',
    },
    fix: { en: 'Apply the quick fix: it writes the canonical id (5.1.2.1).', zh: '应用快速修复：改为规范的条款号（如 5.1.2.1）。' },
    example: '#### ５．１．２．１ 技术及业务人员资质',
    note: { en: 'Quick fix: 5.1.2.1.', zh: '快速修复：改为 5.1.2.1。' },
  },
  scope: 'document',
  check(ctx, reporter) {
    const check = (path: string, raw: string, id: string, range: Range) => {
      if (raw === id) return;
      reporter.report(noncanonicalId, {
        path,
        range,
        message: say(ctx, 'message', raw, id),
        clause: id,
        fixes: [{ title: say(ctx, 'fix', raw, id), edits: [{ path, range, newText: id }], isPreferred: true }],
      });
    };
    for (const s of ctx.sections) check(s.doc.path, s.candidate.raw, s.candidate.id, s.candidate.idRange);
    for (const doc of ctx.documents) for (const ref of doc.references) check(doc.path, ref.raw, ref.id, ref.range);
  },
});
