import { defineRule, ruleText } from './rule';

export const frontmatterText = ruleText({
  en: {
    yamlSyntax: 'Frontmatter is not valid YAML: {0}',
    yamlTooComplex: 'Frontmatter is too complex to read safely: {0}',
    wrongType: 'Frontmatter key "{0}" must be a {1}.',
    badDate: 'Frontmatter key "{0}" must be an ISO date (YYYY-MM-DD), not "{1}".',
    unknownStandard: 'Unknown standard "{0}"; known: {1}.',
  },
  zh: {
    yamlSyntax: '文件头不是有效的 YAML：{0}',
    yamlTooComplex: '文件头过于复杂，无法安全读取：{0}',
    wrongType: '文件头字段“{0}”的类型应为 {1}。',
    badDate: '文件头字段“{0}”应为 ISO 日期（YYYY-MM-DD），而不是“{1}”。',
    unknownStandard: '未知标准“{0}”；已知标准：{1}。',
  },
});

/** Frontmatter problems found while parsing; an unknown standard is reported where sets are formed (analyzeFolder). */
export const frontmatterInvalid = defineRule({
  id: 'frontmatter-invalid',
  defaultSeverity: 'error',
  description: { en: 'The frontmatter is not valid YAML or a key has the wrong type.', zh: '文件头不是有效 YAML，或字段类型错误。' },
  docs: 'invalid YAML, a key of the wrong type, or an unknown standard; the rest of the document is still analysed',
  scope: 'document',
  check(ctx, reporter) {
    for (const doc of ctx.documents) {
      for (const p of doc.frontmatter?.problems ?? []) {
        reporter.report(frontmatterInvalid, { path: doc.path, range: p.range, message: frontmatterText(ctx, p.key, ...p.args) });
      }
    }
  },
});
