import type { Severity } from '../types';
import type { RuleId } from './ruleIds';

/** Where each rule is documented: the README's rules table, one anchor per rule id. */
export const RULE_DOCS_BASE = 'https://github.com/compliance-evidence/compliance-evidence/blob/main/README.md#rule-';

export function ruleDocsUrl(rule: string): string {
  return RULE_DOCS_BASE + rule;
}

export interface RuleMeta {
  defaultSeverity: Severity;
  /** Whether the rule judges a section weak (it then affects coverage status). */
  weakness: boolean;
  description: { en: string; zh: string };
}

export const RULES: Record<RuleId, RuleMeta> = {
  'missing-clause': {
    defaultSeverity: 'warning',
    weakness: false,
    description: { en: 'A leaf clause of the evidence set has no section.', zh: '证据集中某个末级条款没有证据章节。' },
  },
  'unknown-clause': {
    defaultSeverity: 'error',
    weakness: false,
    description: { en: 'A section or § reference names an id the catalog lacks.', zh: '章节或 § 引用的条款号不在条款目录中。' },
  },
  'noncanonical-id': {
    defaultSeverity: 'warning',
    weakness: false,
    description: { en: 'A clause id is spelled non-canonically (full-width, 。, trailing dot, spaces).', zh: '条款号书写不规范（全角、句号、末尾点号或空格）。' },
  },
  'title-mismatch': {
    defaultSeverity: 'warning',
    weakness: false,
    description: {
      en: "The heading's title matches another clause far better than its own id (typical of flat renumbered templates).",
      zh: '标题与另一条款的匹配度远高于其条款号（常见于平铺重编号的模板）。',
    },
  },
  'duplicate-section': {
    defaultSeverity: 'info',
    weakness: false,
    description: { en: 'A clause has sections in more than one place.', zh: '同一条款在多处都有章节。' },
  },
  'weak-thin': {
    defaultSeverity: 'warning',
    weakness: true,
    description: { en: "A section's own evidence text is shorter than minChars.", zh: '章节自身证据正文少于 minChars 字。' },
  },
  'weak-placeholder': {
    defaultSeverity: 'warning',
    weakness: true,
    description: { en: 'A section contains a placeholder (TODO, 待补充, ××, …).', zh: '章节含占位内容（TODO、待补充、×× 等）。' },
  },
  'weak-no-evidence': {
    defaultSeverity: 'warning',
    weakness: true,
    description: { en: 'A section links to no evidence file or URL.', zh: '章节没有链接任何证据文件或网址。' },
  },
  'weak-subitem': {
    defaultSeverity: 'warning',
    weakness: true,
    description: { en: 'A section does not address every a) b) c) sub-item of its clause.', zh: '章节未逐项涉及条款的 a) b) c) 子项。' },
  },
  'broken-attachment': {
    defaultSeverity: 'error',
    weakness: false,
    description: { en: 'A relative link points to a missing file or outside the workspace folder.', zh: '相对链接指向不存在的文件或工作区之外。' },
  },
  'na-without-reason': {
    defaultSeverity: 'error',
    weakness: false,
    description: { en: 'A not_applicable entry has no justification or names an unknown id.', zh: '不适用（删减）条目缺少理由或条款号未知。' },
  },
  'stale-evidence': {
    defaultSeverity: 'info',
    weakness: false,
    description: { en: "The document's updated date is older than staleAfterDays.", zh: '文件的 updated 日期早于 staleAfterDays 天。' },
  },
  'frontmatter-invalid': {
    defaultSeverity: 'error',
    weakness: false,
    description: { en: 'The frontmatter is not valid YAML or a key has the wrong type.', zh: '文件头不是有效 YAML，或字段类型错误。' },
  },
  'no-clause-section': {
    defaultSeverity: 'info',
    weakness: false,
    description: {
      en: 'A document names the standard but no heading in it is a clause section (say why, so nothing is dropped silently).',
      zh: '文件声明了标准，但没有任何标题构成条款章节（说明原因，避免证据被悄然忽略）。',
    },
  },  'commitment-mismatch': {
    defaultSeverity: 'warning',
    weakness: false,
    description: {
      en: 'A service commitment (response time, warranty period, hotline hours, …) is stated with another figure than in the 5.1.7.2 commitment, or documents disagree.',
      zh: '服务承诺（响应时限、保修期、热线时间等）的表述与 5.1.7.2 服务承诺中的数值不一致，或各文件之间不一致。',
    },
  },
  'ratio-below-requirement': {
    defaultSeverity: 'warning',
    weakness: false,
    description: {
      en: 'Fewer 售后服务管理师 than 10 % of the service-management headcount (5.1.2.2), by the figures the evidence states.',
      zh: '按证据所述人数，售后服务管理师少于服务管理人员总数的 10%（5.1.2.2）。',
    },
  },
};
