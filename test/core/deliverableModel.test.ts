// The model of the deliverables for the certification body (self-assessment workbook,
// evidence dossier) over a small analysed set, and their words in both languages.
// Expected values are worked out from the catalog (clauses/gbt27922-2011.yaml) and the
// scoring rules in core/coverage/score.ts: 5.1 = 40 over 7 indicators with 5.1.2.2 fixed
// at 5, so 5.1.1.1 and 5.1.1.2 earn 2.5 each, 5.1.2.1 earns 5; 5.3 = 25 over two
// indicators, so 5.3.1 earns 12.5.
import { strict as assert } from 'node:assert';
import {
  analyzeFolder,
  DEFAULT_CONFIG,
  parseConfig,
  parseEvidenceDocument,
  type EvidenceConfig,
  type EvidenceDiagnostic,
  type Locale,
} from '../../server/src/core';
import { deliverableWords } from '../../server/src/core/report/deliverableLabels';
import { deliverableModel, type DeliverableModel, type DeliverableRow } from '../../server/src/core/report/deliverableModel';
import { registry, ROOT } from '../helpers/analyze';
import { joinCrlf, joinLines, TEXT } from './fixture';

/** Attachments that exist in the set's folder. */
const FILES = ['附件/证据.pdf', '附件/合同.pdf', '附件/总表.pdf'];

/** Not the index: an organization and an owner of its own, a link before any clause, 5.3.1 with a missing and an outside attachment. */
const A = joinLines(
  '---',
  'standard: GB/T 27922-2011',
  'organization: 其他公司',
  'owner: 李四',
  'not_applicable:',
  '  "5.1.2.1": 本公司不设技术岗位',
  '---',
  '见[总表](./附件/总表.pdf)。',
  '',
  '## 5.3.1 顾客关系',
  '',
  TEXT,
  '',
  '- [回访](附件/缺失.pdf)',
  '- [外部](../外部.pdf)',
);

/** The index: 5.1.1 with 5.1.1.1 (one attachment linked twice, one web link) and 5.1.1.3 (counts for 5.1.1.2). */
const B = joinLines(
  '---',
  'standard: GB/T 27922-2011',
  'index: true',
  'organization: 华东家电有限公司',
  'owner: 张三',
  'deductions: [甲, 乙]',
  'bonus: [丙]',
  'not_applicable:',
  '  "5.1.2.1": 本公司不设技术岗位',
  '---',
  '## 5.1.1 组织架构',
  '### 5.1.1.1 售后服务部门',
  '',
  TEXT,
  '',
  '- [记录](附件/证据.pdf)',
  '- [记录](附件/证据.pdf)',
  '- [网站](https://example.com/a)',
  '',
  '### 5.1.1.3 委托网点',
  '',
  TEXT,
  '',
  '- [合同](附件/合同.pdf)',
);

interface BuildOptions {
  locale?: Locale;
  config?: EvidenceConfig;
  weakCredit?: number;
  diagnostics?: EvidenceDiagnostic[];
}

/** Analyses the documents (in this order) with the real parser and catalog, then builds the deliverable model of the one set. */
function build(docs: [string, string][], options: BuildOptions = {}): DeliverableModel {
  const locale = options.locale ?? 'zh-CN';
  const documents = docs.map(([name, text]) => parseEvidenceDocument(`${ROOT}/${name}`, text));
  const catalogs = registry();
  const existing = new Set(FILES.map((f) => `${ROOT}/${f}`));
  const fs = { exists: (p: string) => existing.has(p) };
  const now = new Date(2026, 0, 5, 9, 30);
  const result = analyzeFolder({ root: ROOT, config: options.config ?? DEFAULT_CONFIG, catalogs, documents, fs, locale, now });
  assert.equal(result.sets.length, 1);
  const set = result.sets[0];
  return deliverableModel({
    catalog: catalogs.resolve(set.coverage.standard)!,
    coverage: set.coverage,
    documents,
    notApplicable: set.model.notApplicable,
    diagnostics: options.diagnostics ?? set.diagnostics,
    weakCredit: options.weakCredit ?? 0.4,
    fs,
    file: (p) => p.slice(ROOT.length + 1),
    locale,
    now,
  });
}

const rowOf = (model: DeliverableModel, id: string): DeliverableRow => {
  const row = model.rows.find((r) => r.id === id);
  assert.ok(row, `row ${id}`);
  return row;
};

const SECTION_5111 = ['### 5.1.1.1 售后服务部门', '', TEXT, '', '- [记录](附件/证据.pdf)', '- [记录](附件/证据.pdf)', '- [网站](https://example.com/a)'].join(
  '\n',
);
const SECTION_5113 = ['### 5.1.1.3 委托网点', '', TEXT, '', '- [合同](附件/合同.pdf)'].join('\n');
const SECTION_531 = ['## 5.3.1 顾客关系', '', TEXT, '', '- [回访](附件/缺失.pdf)', '- [外部](../外部.pdf)'].join('\n');

describe('deliverable model', () => {
  it('deliverable: rows follow the catalog with kind, points, applicable points, status, earned points and places', () => {
    const model = build([
      ['a.md', A],
      ['b.md', B],
    ]);
    assert.deepEqual(
      model.rows.slice(0, 9).map((r) => r.id),
      ['5', '5.1', '5.1.1', '5.1.1.1', '5.1.1.2', '5.1.1.3', '5.1.2', '5.1.2.1', '5.1.2.2'],
    );
    assert.deepEqual(rowOf(model, '5.1.1'), {
      id: '5.1.1',
      title: '组织架构',
      requirement: '',
      confidence: 'verified',
      depth: 2,
      kind: 'group',
      points: 5,
      applicablePoints: 5,
      status: 'covered',
      earned: 5,
      locations: ['b.md:11'],
      attachments: [],
      countsFor: undefined,
      notApplicableReason: undefined,
      // Up to the next clause heading (5.1.1.1), not the end of its own range.
      sections: [{ path: '/ws/b.md', line: 10, id: '5.1.1', markdown: '## 5.1.1 组织架构' }],
    });
    assert.deepEqual(rowOf(model, '5.1.1.1'), {
      id: '5.1.1.1',
      title: '售后服务部门及职能岗位',
      requirement: '设立或指定专门从事售后服务工作的部门，并有合理的职能划分和岗位设置。',
      confidence: 'verified',
      depth: 3,
      kind: 'leaf',
      points: 2.5,
      applicablePoints: 2.5,
      status: 'covered',
      earned: 2.5,
      locations: ['b.md:12'],
      // Local links only, each once.
      attachments: ['附件/证据.pdf'],
      countsFor: undefined,
      notApplicableReason: undefined,
      sections: [{ path: '/ws/b.md', line: 11, id: '5.1.1.1', markdown: SECTION_5111 }],
    });
    // 5.1.1.3 counts for 5.1.1.2: its section is 5.1.1.2's evidence, tagged with its own id.
    assert.deepEqual(rowOf(model, '5.1.1.2'), {
      id: '5.1.1.2',
      title: '服务网点覆盖与管理',
      requirement: '根据需要，服务网点覆盖商品销售区域，能够对服务网点进行有效管理。',
      confidence: 'verified',
      depth: 3,
      kind: 'leaf',
      points: 2.5,
      applicablePoints: 2.5,
      status: 'covered',
      earned: 2.5,
      locations: ['b.md:20'],
      attachments: ['附件/合同.pdf'],
      countsFor: undefined,
      notApplicableReason: undefined,
      sections: [{ path: '/ws/b.md', line: 19, id: '5.1.1.3', markdown: SECTION_5113 }],
    });
    const counts = rowOf(model, '5.1.1.3');
    assert.deepEqual(
      [counts.kind, counts.points, counts.applicablePoints, counts.countsFor, counts.confidence, counts.requirement],
      ['countsFor', 0, 0, '5.1.1.2', 'single-source', '可通过自建或委托设立服务网点。'],
    );
    // A group's points count its not-applicable leaves too; its applicable points do not.
    const staffing = rowOf(model, '5.1.2');
    assert.deepEqual([staffing.kind, staffing.points, staffing.applicablePoints, staffing.status, staffing.earned], ['group', 10, 5, 'missing', 0]);
    const na = rowOf(model, '5.1.2.1');
    assert.deepEqual(
      [na.kind, na.points, na.applicablePoints, na.status, na.earned, na.notApplicableReason],
      ['leaf', 5, 0, 'not-applicable', 0, '本公司不设技术岗位'],
    );
    // A weak leaf earns weakCredit (0.4 here) of its 12.5 points, unrounded; 5.3.1 has no requirement text in the catalog.
    assert.deepEqual(rowOf(model, '5.3.1'), {
      id: '5.3.1',
      title: '顾客关系',
      requirement: '',
      confidence: 'inferred',
      depth: 2,
      kind: 'leaf',
      points: 12.5,
      applicablePoints: 12.5,
      status: 'weak',
      earned: 5,
      locations: ['a.md:10'],
      attachments: ['附件/缺失.pdf', '../外部.pdf'],
      countsFor: undefined,
      notApplicableReason: undefined,
      sections: [{ path: '/ws/a.md', line: 9, id: '5.3.1', markdown: SECTION_531 }],
    });
  });

  it('deliverable: header from the index document (organization, owner, deductions, bonus), the date and the levels, in zh-CN and en', () => {
    const docs: [string, string][] = [
      ['a.md', A],
      ['b.md', B],
    ];
    const zh = build(docs);
    assert.deepEqual(
      [zh.standardId, zh.standardTitle, zh.organization, zh.owner, zh.date, zh.deductionItems, zh.bonusItems, zh.weakCredit, zh.failAtDeductions],
      ['GB/T 27922-2011', '商品售后服务评价体系', '华东家电有限公司', '张三', '2026-01-05', ['甲', '乙'], ['丙'], 0.4, 5],
    );
    assert.deepEqual(zh.levels, [
      { min: 0, label: '不合格' },
      { min: 70, label: '达标级' },
      { min: 80, label: '三星级' },
      { min: 90, label: '四星级' },
      { min: 95, label: '五星级' },
    ]);
    assert.equal(zh.file('/ws/b.md'), 'b.md');
    const en = build(docs, { locale: 'en' });
    assert.deepEqual(
      [en.standardTitle, en.organization, rowOf(en, '5.1.1.1').requirement, rowOf(en, '5.1.1.1').title],
      [
        'Evaluation system for after-sales service of commodities',
        '华东家电有限公司',
        'Set up or designate a department dedicated to after-sales service, with a sound division of functions and defined posts.',
        'After-sales department with functions and posts',
      ],
    );
    assert.deepEqual(
      en.levels.map((l) => l.label),
      ['Fail', 'Compliant', 'Three-star', 'Four-star', 'Five-star'],
    );
  });

  it('deliverable: without them in the index, organization and owner come from another document, and deductions and bonus are empty', () => {
    const index = joinLines('---', 'standard: GB/T 27922-2011', 'index: true', '---', '### 5.1.1.1 售后服务部门', '', TEXT);
    const other = joinLines('---', 'standard: GB/T 27922-2011', 'organization: 其他公司', 'owner: 李四', '---', '### 5.1.1.2 服务网点', '', TEXT);
    const model = build([
      ['c.md', index],
      ['d.md', other],
    ]);
    assert.deepEqual([model.organization, model.owner, model.deductionItems, model.bonusItems], ['其他公司', '李四', [], []]);
    assert.deepEqual(model.date, '2026-01-05');
  });

  it('deliverable: statement of applicability rows with the first place a clause is declared not applicable', () => {
    const model = build([
      ['a.md', A],
      ['b.md', B],
    ]);
    assert.deepEqual(model.notApplicable, [{ id: '5.1.2.1', title: '技术及业务人员资质', points: 5, reason: '本公司不设技术岗位', declaredIn: 'a.md:6' }]);
  });

  it('deliverable: a group declared not applicable gives its place to each leaf; the config file is read first, then the documents', () => {
    const parsed = parseConfig(joinLines('not_applicable:', '  "5.3.1": 无门店服务'), '/ws/.evidence.yaml');
    assert.ok(parsed.config);
    const doc = joinLines(
      '---',
      'standard: GB/T 27922-2011',
      'not_applicable:',
      '  "5.1.2": 不设技术岗位',
      '  "5.3.1": 另一理由',
      '---',
      '## 5.1.1 组织架构',
      '',
    );
    const model = build([['c.md', doc]], { config: parsed.config });
    assert.deepEqual(
      model.notApplicable.map((r) => [r.id, r.reason, r.declaredIn]),
      [
        ['5.1.2.1', '不设技术岗位', 'c.md:4'],
        ['5.1.2.2', '不设技术岗位', 'c.md:4'],
        ['5.3.1', '无门店服务', '.evidence.yaml:2'],
      ],
    );
  });

  it('deliverable: attachment index lists every local link with its target, clause, place and state', () => {
    const model = build([
      ['a.md', A],
      ['b.md', B],
    ]);
    assert.deepEqual(model.attachments, [
      // Before any clause section: no clause; the target is relative to the folder, not as written.
      { url: './附件/总表.pdf', target: '附件/总表.pdf', clause: undefined, source: 'a.md:8', state: 'exists' },
      { url: '附件/缺失.pdf', target: '附件/缺失.pdf', clause: '5.3.1', source: 'a.md:14', state: 'missing' },
      // Outside the folder: as written.
      { url: '../外部.pdf', target: '../外部.pdf', clause: '5.3.1', source: 'a.md:15', state: 'outside' },
      { url: '附件/证据.pdf', target: '附件/证据.pdf', clause: '5.1.1.1', source: 'b.md:16', state: 'exists' },
      { url: '附件/证据.pdf', target: '附件/证据.pdf', clause: '5.1.1.1', source: 'b.md:17', state: 'exists' },
      { url: '附件/合同.pdf', target: '附件/合同.pdf', clause: '5.1.1.3', source: 'b.md:24', state: 'exists' },
    ]);
  });

  it('deliverable: CRLF and astral characters: sections keep their line ends, links find their clause and line', () => {
    const lines = [
      '---',
      'standard: GB/T 27922-2011',
      'index: true',
      '---',
      '## 5.1.1 组织架构𠀀',
      '### 5.1.1.1 售后服务部门𠀀',
      '',
      `𠀀${TEXT}`,
      '',
      '- [记录𠀀](附件/证据.pdf)',
    ];
    const model = build([['c.md', joinCrlf(...lines)]]);
    assert.deepEqual(rowOf(model, '5.1.1').sections, [{ path: '/ws/c.md', line: 4, id: '5.1.1', markdown: '## 5.1.1 组织架构𠀀' }]);
    assert.deepEqual(rowOf(model, '5.1.1.1').sections, [{ path: '/ws/c.md', line: 5, id: '5.1.1.1', markdown: lines.slice(5).join('\r\n') }]);
    assert.deepEqual(rowOf(model, '5.1.1.1').attachments, ['附件/证据.pdf']);
    assert.deepEqual(rowOf(model, '5.1.1').attachments, []);
    assert.deepEqual(model.attachments, [{ url: '附件/证据.pdf', target: '附件/证据.pdf', clause: '5.1.1.1', source: 'c.md:10', state: 'exists' }]);
  });

  it('deliverable: problems are sorted by file, then line, then character, then rule, equal ones kept in their order', () => {
    const diag = (path: string, line: number, character: number, rule: string, note = ''): EvidenceDiagnostic => ({
      path: `${ROOT}/${path}`,
      range: { start: { line, character }, end: { line, character: character + 1 } },
      rule,
      severity: 'warning',
      message: `${path} ${line}:${character} ${rule}${note}`,
    });
    const given = [
      diag('b.md', 3, 0, 'z-rule'),
      diag('b.md', 3, 0, 'zz-rule'),
      diag('a.md', 5, 2, 'r2'),
      diag('a.md', 5, 2, 'r1'),
      diag('a.md', 5, 0, 'r3'),
      diag('b.md', 1, 4, 'r'),
      diag('a.md', 2, 9, 'r'),
      diag('a.md', 2, 9, 'r', ' again'),
    ];
    const model = build([['b.md', B]], { diagnostics: given });
    assert.deepEqual(
      model.problems.map((d) => d.message),
      ['a.md 2:9 r', 'a.md 2:9 r again', 'a.md 5:0 r3', 'a.md 5:2 r1', 'a.md 5:2 r2', 'b.md 1:4 r', 'b.md 3:0 z-rule', 'b.md 3:0 zz-rule'],
    );
  });
});

/** The plain words of a table, without its functions. */
const wordsTable = (w: ReturnType<typeof deliverableWords>) => Object.fromEntries(Object.entries(w).filter(([, v]) => typeof v === 'string'));

describe('deliverable words', () => {
  it('deliverable words: the zh-CN table the auditor reads', () => {
    const w = deliverableWords('zh-CN');
    const table = wordsTable(w);
    assert.deepEqual(table, {
      sheetSelfAssessment: '自评表',
      sheetNotApplicable: '删减说明',
      sheetProblems: '问题清单',
      colId: '指标编号',
      colTitle: '指标（简称）',
      colRequirement: '要求',
      colConfidence: '可信度',
      colPoints: '分值',
      colStatus: '状态',
      colEarned: '自评得分',
      colLocations: '证据位置',
      colAttachments: '证据附件',
      colNote: '说明/删减理由',
      colApplicable: '涉及分值',
      subtotal: '小计',
      countsFor: '不单列分值，证据计入 {0}',
      totalEarned: '得分',
      totalApplicable: '涉及项分值',
      totalBase: '得分（折算百分制）',
      totalDeductions: '特别扣分项',
      totalBonus: '特别加分项（至多加 1 分）',
      totalFinal: '最终得分',
      totalLevel: '等级（估算）',
      estimateNote: '得分与等级为根据证据文件的估算，并非审核结论。修改“自评得分”，或把“状态”改为“删减”后，小计、合计与等级随公式自动更新。',
      naReason: '删减理由',
      naDeclaredIn: '声明位置',
      problemFile: '文件',
      problemLine: '行',
      problemRule: '规则',
      problemSeverity: '严重程度',
      problemMessage: '说明',
      dossierTitle: '证据汇编',
      coverOrganization: '申请组织',
      coverStandard: '依据标准',
      coverDate: '编制日期',
      coverOwner: '编制人',
      coverScore: '自评得分（估算）',
      coverLevel: '等级（估算）',
      coverCoverage: '证据覆盖率',
      coverNote: '得分与等级为根据证据文件的估算，并非审核结论。',
      toc: '目录',
      image: '图片',
      clauses: '条款证据',
      requirement: '要求',
      status: '状态',
      points: '分值',
      noEvidence: '（无证据章节）',
      evidenceFrom: '证据来源：{0}',
      attachments: '附件清单',
      attachmentTarget: '附件',
      attachmentClause: '引用条款',
      attachmentSource: '引用位置',
      attachmentExists: '是否存在',
      yes: '存在',
      no: '不存在',
      outside: '在工作区之外',
      none: '无',
      status_covered: '已覆盖',
      status_weak: '薄弱',
      status_missing: '缺失',
      'status_not-applicable': '删减',
      severity_error: '错误',
      severity_warning: '警告',
      severity_info: '提示',
      severity_hint: '提示',
      confidence_verified: '已核实',
      'confidence_single-source': '单一来源',
      'confidence_seed-only': '仅种子资料',
      confidence_inferred: '推断',
    });
    assert.deepEqual(
      [w.statusLabel('covered'), w.statusLabel('weak'), w.statusLabel('missing'), w.statusLabel('not-applicable')],
      ['已覆盖', '薄弱', '缺失', '删减'],
    );
    assert.deepEqual(
      [w.severityLabel('error'), w.severityLabel('warning'), w.severityLabel('info'), w.severityLabel('hint')],
      ['错误', '警告', '提示', '提示'],
    );
    assert.deepEqual(
      [w.confidenceLabel('verified'), w.confidenceLabel('single-source'), w.confidenceLabel('seed-only'), w.confidenceLabel('inferred')],
      ['已核实', '单一来源', '仅种子资料', '推断'],
    );
    assert.equal(w.format(table.countsFor, '5.1.1.2'), '不单列分值，证据计入 5.1.1.2');
  });

  it('deliverable words: the en table a consultant asks for', () => {
    const w = deliverableWords('en');
    const table = wordsTable(w);
    assert.deepEqual(table, {
      sheetSelfAssessment: 'Self-assessment',
      sheetNotApplicable: 'Not applicable',
      sheetProblems: 'Problems',
      colId: 'Indicator',
      colTitle: 'Title (short)',
      colRequirement: 'Requirement',
      colConfidence: 'Confidence',
      colPoints: 'Points',
      colStatus: 'Status',
      colEarned: 'Self-assessed points',
      colLocations: 'Evidence (file:line)',
      colAttachments: 'Attachments',
      colNote: 'Note / justification',
      colApplicable: 'Applicable points',
      subtotal: 'subtotal',
      countsFor: 'No points of its own; its evidence counts for {0}',
      totalEarned: 'Points earned',
      totalApplicable: 'Points of applicable indicators',
      totalBase: 'Score (out of 100)',
      totalDeductions: 'Special deductions',
      totalBonus: 'Special bonus (at most 1 point)',
      totalFinal: 'Final score',
      totalLevel: 'Level (estimate)',
      estimateNote:
        'Score and level are an estimate from the evidence documents, not an audit result. Change a self-assessed score, or set a status to not applicable, and the subtotals, totals and level follow by formula.',
      naReason: 'Justification',
      naDeclaredIn: 'Declared in',
      problemFile: 'File',
      problemLine: 'Line',
      problemRule: 'Rule',
      problemSeverity: 'Severity',
      problemMessage: 'Message',
      dossierTitle: 'Evidence dossier',
      coverOrganization: 'Organization',
      coverStandard: 'Standard',
      coverDate: 'Date',
      coverOwner: 'Prepared by',
      coverScore: 'Self-assessed score (estimate)',
      coverLevel: 'Level (estimate)',
      coverCoverage: 'Evidence coverage',
      coverNote: 'Score and level are an estimate from the evidence documents, not an audit result.',
      toc: 'Contents',
      image: 'image',
      clauses: 'Evidence by clause',
      requirement: 'Requirement',
      status: 'Status',
      points: 'Points',
      noEvidence: '(no evidence section)',
      evidenceFrom: 'Evidence from {0}',
      attachments: 'Attachment index',
      attachmentTarget: 'Attachment',
      attachmentClause: 'Linked from clause',
      attachmentSource: 'Linked at',
      attachmentExists: 'Exists',
      yes: 'yes',
      no: 'no',
      outside: 'outside the workspace',
      none: 'None',
      status_covered: 'covered',
      status_weak: 'weak',
      status_missing: 'missing',
      'status_not-applicable': 'not applicable',
      severity_error: 'error',
      severity_warning: 'warning',
      severity_info: 'info',
      severity_hint: 'hint',
      confidence_verified: 'verified',
      'confidence_single-source': 'single source',
      'confidence_seed-only': 'seed only',
      confidence_inferred: 'inferred',
    });
    assert.deepEqual(
      [w.statusLabel('covered'), w.statusLabel('weak'), w.statusLabel('missing'), w.statusLabel('not-applicable')],
      ['covered', 'weak', 'missing', 'not applicable'],
    );
    assert.deepEqual(
      [w.severityLabel('error'), w.severityLabel('warning'), w.severityLabel('info'), w.severityLabel('hint')],
      ['error', 'warning', 'info', 'hint'],
    );
    assert.deepEqual(
      [w.confidenceLabel('verified'), w.confidenceLabel('single-source'), w.confidenceLabel('seed-only'), w.confidenceLabel('inferred')],
      ['verified', 'single source', 'seed only', 'inferred'],
    );
    assert.equal(w.format(table.evidenceFrom, 'a.md:3'), 'Evidence from a.md:3');
  });

  it('deliverable words: format fills numbered places, two-digit ones too, keeps 0, and leaves a missing argument empty', () => {
    const w = deliverableWords('en');
    const args = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
    assert.equal(w.format('{10}/{1}', ...args), 'k/b');
    assert.equal(w.format('{0}-{1}-{2}', 0, '𠀀'), '0-𠀀-');
    assert.equal(w.format('计入 {0}，共 {1} 项', '5.1.1.2', 3), '计入 5.1.1.2，共 3 项');
  });
});
