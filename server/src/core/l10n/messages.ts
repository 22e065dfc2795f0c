// User-facing strings of the core, in English and Simplified Chinese.
// Placeholders {0}, {1}… are filled in order.
import type { Locale } from '../types';

const en = {
  'missing-clause': 'Clause {0} {1} has no evidence section in this set.',
  'missing-clause.fix': 'Insert section for {0} {1}',
  'missing-clause.fixAll': 'Insert all {0} missing sections',
  'unknown-clause.section': '{0} is not a clause of {1}.',
  'unknown-clause.reference': 'Reference to §{0}, which is not a clause of {1}.',
  'unknown-clause.flat': '{0} is not a clause of {1}; it looks like the flat template number of {2} {3}.',
  'unknown-clause.fix': 'Change {0} to {1} {2}',
  'noncanonical-id': 'Clause id "{0}" is not written canonically; use {1}.',
  'noncanonical-id.fix': 'Write {0} as {1}',
  'title-mismatch': 'The title "{0}" matches {1} {2} far better than {3} {4}.',
  'title-mismatch.fix': 'Change {0} to {1} {2}',
  'duplicate-section': '{0} {1} has sections in {2} places; consider merging them.',
  'duplicate-section.related': 'Another section for {0}',
  'weak-thin': 'Section {0} has only {1} characters of evidence text (minimum {2}).',
  'weak-placeholder': 'Section {0} still contains the placeholder "{1}".',
  'weak-no-evidence': 'Section {0} links to no evidence (no link or image to a file or URL).',
  'weak-subitem': 'Section {0} does not address sub-item {1} of the clause.',
  'weak-subitem.fix': 'Add lines for sub-items {0}',
  'broken-attachment.missing': 'Attachment "{0}" does not exist.',
  'broken-attachment.outside': 'Attachment "{0}" lies outside the workspace folder; it is not read.',
  'na-without-reason.empty': 'Not-applicable entry {0} needs a justification (the standard\'s 删减 must be explained).',
  'na-without-reason.unknown': 'Not-applicable entry {0} names no clause of {1}.',
  'na-without-reason.fix': 'Add a justification placeholder for {0}',
  'na-without-reason.placeholder': 'Reason: why this clause does not apply',
  'stale-evidence': 'This document was last reviewed on {0}, more than {1} days ago.',
  'frontmatter-invalid.yamlSyntax': 'Frontmatter is not valid YAML: {0}',
  'frontmatter-invalid.yamlTooComplex': 'Frontmatter is too complex to read safely: {0}',
  'frontmatter-invalid.wrongType': 'Frontmatter key "{0}" must be a {1}.',
  'frontmatter-invalid.badDate': 'Frontmatter key "{0}" must be an ISO date (YYYY-MM-DD), not "{1}".',
  'frontmatter-invalid.unknownStandard': 'Unknown standard "{0}"; known: {1}.',
  'related.section': 'Section for {0}',
  'stub.evidence': 'Evidence:',
  'stub.todo': 'TODO: describe the evidence',
  'stub.attachment': 'attachment',
  'level.estimate': '{0} (estimate)',
  'status.covered': 'covered',
  'status.weak': 'weak',
  'status.missing': 'missing',
  'status.not-applicable': 'not applicable',
  'report.title': 'Evidence coverage: {0}',
  'report.score': 'Score (estimate)',
  'report.level': 'Level (estimate)',
  'report.coverage': 'Coverage',
  'report.summary': '{0} of {1} applicable clauses covered ({2}%), {3} weak, {4} missing, {5} not applicable',
  'report.clause': 'Clause',
  'report.status': 'Status',
  'report.where': 'Sections',
  'report.na': 'Statement of applicability (not applicable clauses)',
  'report.reason': 'Justification',
  'report.none': 'None',
  'report.basis': 'The score and level are an estimate from the evidence documents, not an audit result.',
};

type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  'missing-clause': '条款 {0} {1} 在本证据集中没有证据章节。',
  'missing-clause.fix': '插入 {0} {1} 章节',
  'missing-clause.fixAll': '插入全部 {0} 个缺失章节',
  'unknown-clause.section': '{0} 不是 {1} 的条款。',
  'unknown-clause.reference': '引用 §{0} 不是 {1} 的条款。',
  'unknown-clause.flat': '{0} 不是 {1} 的条款，疑似模板平铺编号，对应 {2} {3}。',
  'unknown-clause.fix': '将 {0} 改为 {1} {2}',
  'noncanonical-id': '条款号“{0}”书写不规范，应为 {1}。',
  'noncanonical-id.fix': '将 {0} 改写为 {1}',
  'title-mismatch': '标题“{0}”与 {1} {2} 的匹配度远高于 {3} {4}。',
  'title-mismatch.fix': '将 {0} 改为 {1} {2}',
  'duplicate-section': '{0} {1} 在 {2} 处都有章节，建议合并。',
  'duplicate-section.related': '{0} 的另一处章节',
  'weak-thin': '章节 {0} 的证据正文只有 {1} 字（至少 {2} 字）。',
  'weak-placeholder': '章节 {0} 仍含占位内容“{1}”。',
  'weak-no-evidence': '章节 {0} 没有链接任何证据（无指向文件或网址的链接或图片）。',
  'weak-subitem': '章节 {0} 未涉及条款子项 {1}。',
  'weak-subitem.fix': '补充子项 {0} 的条目',
  'broken-attachment.missing': '附件“{0}”不存在。',
  'broken-attachment.outside': '附件“{0}”位于工作区文件夹之外，不予读取。',
  'na-without-reason.empty': '不适用条款 {0} 缺少删减理由。',
  'na-without-reason.unknown': '不适用条目 {0} 不是 {1} 的条款。',
  'na-without-reason.fix': '为 {0} 填写删减理由占位',
  'na-without-reason.placeholder': '理由：说明本条款为何不适用',
  'stale-evidence': '本文件最近评审日期为 {0}，已超过 {1} 天。',
  'frontmatter-invalid.yamlSyntax': '文件头不是有效的 YAML：{0}',
  'frontmatter-invalid.yamlTooComplex': '文件头过于复杂，无法安全读取：{0}',
  'frontmatter-invalid.wrongType': '文件头字段“{0}”的类型应为 {1}。',
  'frontmatter-invalid.badDate': '文件头字段“{0}”应为 ISO 日期（YYYY-MM-DD），而不是“{1}”。',
  'frontmatter-invalid.unknownStandard': '未知标准“{0}”；已知标准：{1}。',
  'related.section': '{0} 的章节',
  'stub.evidence': '证据：',
  'stub.todo': 'TODO：描述证据',
  'stub.attachment': '附件',
  'level.estimate': '{0}（估）',
  'status.covered': '已覆盖',
  'status.weak': '薄弱',
  'status.missing': '缺失',
  'status.not-applicable': '不适用',
  'report.title': '证据覆盖情况：{0}',
  'report.score': '得分（估算）',
  'report.level': '等级（估算）',
  'report.coverage': '覆盖率',
  'report.summary': '适用条款 {1} 项中已覆盖 {0} 项（{2}%），薄弱 {3} 项，缺失 {4} 项，不适用 {5} 项',
  'report.clause': '条款',
  'report.status': '状态',
  'report.where': '所在章节',
  'report.na': '适用性声明（删减条款）',
  'report.reason': '理由',
  'report.none': '无',
  'report.basis': '得分与等级根据证据文件估算，并非审核结论。',
};

export type { MessageKey };

const bundles: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export function normalizeLocale(locale: string | undefined): Locale {
  return locale && /^zh\b|^zh[-_]/i.test(locale) ? 'zh-CN' : 'en';
}

export type Localize = (key: MessageKey, ...args: (string | number)[]) => string;

export function localizer(locale: Locale): Localize {
  const bundle = bundles[locale];
  return (key, ...args) => bundle[key].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
