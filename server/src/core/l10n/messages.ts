// User-facing strings of the core, in English and Simplified Chinese.
// Placeholders {0}, {1}… are filled in order.
import type { Locale } from '../types';

const en = {
  'related.section': 'Section for {0}',
  'stub.evidence': 'Evidence:',
  'stub.todo': 'TODO: describe the evidence',
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
  'report.commitments': 'Service commitments: the figures the set states, and whether they agree',
  'report.commitmentKind': 'Commitment',
  'report.commitmentStated': 'Stated as (where)',
  'report.commitmentAgreement': 'Agreement',
  'report.commitmentConsistent': 'consistent',
  'report.commitmentInconsistent': 'inconsistent',
  'report.commitmentCommitted': 'commitment',
  'hover.claim': '{0}: stated {1} times in this set',
  'report.basis': 'The score and level are an estimate from the evidence documents, not an audit result.',
  'hover.status': 'Status: {0}',
  'hover.notApplicable': 'Not applicable: {0}',
  'hover.items': 'Sub-items',
  'hover.note': 'Note',
  'hover.evidence': 'Typical evidence',
  'hover.points': 'Points: {0} (estimate)',
  'hover.sections': 'Sections',
  'hover.noSections': 'No section in this set.',
  'confidence.verified': 'verified',
  'confidence.single-source': 'single source',
  'confidence.seed-only': 'seed only',
  'confidence.inferred': 'inferred',
  'lens.sections': '{0} · {1} section(s)',
  'lens.weakSections': '{0}: {1} · {2} section(s)',
  'fixAll.title': 'Fix all auto-fixable evidence problems',
  'report.points': 'Points',
  'report.confidence': 'Confidence',
  'report.confidenceSummary': 'Of {0} applicable clauses, {1} rest on inferred catalog content and {2} on a single source.',
  'report.deductions': 'Special deductions: {0} · special bonus: {1} (score before them {2})',
  'report.organization': 'Organization: {0}',
  'report.date': 'Date: {0}',
  'report.pointsBySection': 'Points by section (earned / available, estimate)',
  'report.section': 'Section',
  'report.earned': 'Earned',
  'report.available': 'Available',
  'report.total': 'Total',
  'confidence.legend':
    "Confidence: verified = the same text in two independent sources; single source = one source only; seed only = only the project's seed text; inferred = reconstructed from structure or company material, not a quotation of the standard.",
  'hover.shortTitle': 'short title: {0} (editorial: the standard prints this clause untitled)',
  'hover.countsFor': 'Not a requirement of its own: a section tagged {0} counts as evidence for {1}; it is never reported missing and carries no points.',
  'read.outsideFolder': 'lies outside the workspace folder',
  'read.notAFile': 'is not a regular file',
  'read.tooLarge': 'is larger than {0} bytes',
  'read.unreadable': 'cannot be read ({0})',
  'read.config': 'This config file {0}; it is not read.',
  'read.catalog': 'Catalog "{0}" {1}; it is not read.',
  'notice.openTooLarge': '{0} is {1} bytes, above maxFileSize ({2} bytes): it is not analysed while open, as it would be skipped on disk.',
  'notice.skipped': 'Skipped {0} markdown file(s) in {1} ({2}), e.g. {3}; see the output log.',
  'notice.gbkAsUtf8': '{0} is GB18030/GBK-encoded, but the editor decoded it as UTF-8 (� characters): reopen it with encoding GB18030, or save it as UTF-8.',
  'cli.problems': '{0} problems ({1} errors, {2} warnings, {3} info)',
  'cli.clean': 'No problems.',
};

type MessageKey = keyof typeof en;

const zhCN: Record<MessageKey, string> = {
  'related.section': '{0} 的章节',
  'stub.evidence': '证据：',
  'stub.todo': 'TODO：描述证据',
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
  'report.commitments': '服务承诺：证据集中的表述及是否一致',
  'report.commitmentKind': '承诺项',
  'report.commitmentStated': '表述（位置）',
  'report.commitmentAgreement': '一致性',
  'report.commitmentConsistent': '一致',
  'report.commitmentInconsistent': '不一致',
  'report.commitmentCommitted': '承诺',
  'hover.claim': '{0}：本证据集中共 {1} 处表述',
  'report.basis': '得分与等级根据证据文件估算，并非审核结论。',
  'hover.status': '状态：{0}',
  'hover.notApplicable': '不适用：{0}',
  'hover.items': '子项',
  'hover.note': '注',
  'hover.evidence': '典型证据',
  'hover.points': '分值：{0} 分（估算）',
  'hover.sections': '章节',
  'hover.noSections': '本证据集中没有章节。',
  'confidence.verified': '已核实',
  'confidence.single-source': '单一来源',
  'confidence.seed-only': '仅种子资料',
  'confidence.inferred': '推断',
  'lens.sections': '{0} · {1} 处章节',
  'lens.weakSections': '{0}：{1} · {2} 处章节',
  'fixAll.title': '修复全部可自动修复的证据问题',
  'report.points': '分值',
  'report.confidence': '可信度',
  'report.confidenceSummary': '适用条款 {0} 项中，{1} 项的目录内容为推断，{2} 项仅有单一来源。',
  'report.deductions': '特别扣分项 {0} 项 · 特别加分项 {1} 项（扣加分前得分 {2}）',
  'report.organization': '申请组织：{0}',
  'report.date': '日期：{0}',
  'report.pointsBySection': '各部分得分（得分 / 涉及分值，估算）',
  'report.section': '部分',
  'report.earned': '得分',
  'report.available': '涉及分值',
  'report.total': '合计',
  'confidence.legend':
    '可信度：已核实＝两个独立来源文字一致；单一来源＝仅一个来源；仅种子资料＝仅见于本项目的种子文本；推断＝根据结构或企业资料推断，非标准原文。',
  'hover.shortTitle': '简称：{0}（标准原文此条无标题）',
  'hover.countsFor': '非独立要求：标为 {0} 的章节计为 {1} 的证据；本条不单独报缺失，也不单独计分。',
  'read.outsideFolder': '位于工作区文件夹之外',
  'read.notAFile': '不是普通文件',
  'read.tooLarge': '超过 {0} 字节',
  'read.unreadable': '无法读取（{0}）',
  'read.config': '此配置文件{0}，未读取。',
  'read.catalog': '条款目录“{0}”{1}，未读取。',
  'notice.openTooLarge': '{0} 有 {1} 字节，超过 maxFileSize（{2} 字节）：打开时不做分析，与磁盘上的文件一样跳过。',
  'notice.skipped': '已跳过 {1} 中的 {0} 个 markdown 文件（{2}），例如 {3}；详见输出日志。',
  'notice.gbkAsUtf8': '{0} 是 GB18030/GBK 编码，但编辑器按 UTF-8 解码（出现 � 字符）：请以 GB18030 编码重新打开，或另存为 UTF-8。',
  'cli.problems': '共 {0} 个问题（错误 {1}，警告 {2}，提示 {3}）',
  'cli.clean': '未发现问题。',
};

export type { MessageKey };

const bundles: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export function normalizeLocale(locale: string | undefined): Locale {
  return locale && /^zh\b|^zh[-_]/i.test(locale) ? 'zh-CN' : 'en';
}

export type Localize = (key: MessageKey, ...args: (string | number)[]) => string;

/** Fills the placeholders {0}, {1}… of a message in order. */
export function format(message: string, args: readonly (string | number)[]): string {
  return message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

export function localizer(locale: Locale): Localize {
  const bundle = bundles[locale];
  return (key, ...args) => format(bundle[key], args);
}
