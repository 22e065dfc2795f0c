// The coverage tree DTO, the confidence notes, the reasons of report rows and the
// report fragments (points table, commitments, escaping, starter set) over small sets.
import { strict as assert } from 'node:assert';
import {
  analyzeFolder,
  CatalogRegistry,
  coverageJson,
  coverageTree,
  DEFAULT_CONFIG,
  htmlReport,
  markdownReport,
  parseCatalog,
  parseEvidenceDocument,
  starterSet,
  type Locale,
} from '../../server/src/core';
import { confidenceNote } from '../../server/src/core/report/confidenceNote';
import { rowReasons } from '../../server/src/core/report/rowReasons';
import type { Clause } from '../../server/src/core/catalog/catalog';
import { FM, GOOD_BODY, registry } from '../helpers/analyze';
import { joinLines, LINK, TEXT } from './fixture';

const uri = (p: string) => `file://${p}`;
const file = (p: string) => p.slice(4);

/** Two roots: "1" with the leaf "1.1" (one inferred sub-item of two, zh-only title and text), and the inferred leaf "2". */
const TWO_ROOTS = joinLines(
  'schemaVersion: 1',
  'standard: { id: T-1, title: { zh: 测试标准 }, idPattern: "^[0-9]+(\\\\.[0-9]+)*$", roots: ["1", "2"] }',
  'scoring: { levels: [{ min: 0, label: { zh: 不合格 } }] }',
  'clauses:',
  '  - { id: "1", title: { zh: 体系, en: System }, points: 10, confidence: verified }',
  '  - id: "1.1"',
  '    parent: "1"',
  '    title: { zh: 部门 }',
  '    text: { zh: 设立部门。 }',
  '    confidence: verified',
  '    items:',
  '      - { key: a, confidence: inferred, text: { zh: 甲 } }',
  '      - { key: b, confidence: verified, text: { zh: 乙 } }',
  '  - { id: "2", title: { zh: 服务, en: Service }, points: 5, confidence: inferred }',
);
/** One root that is itself the only (leaf) clause. */
const LEAF_ROOT = joinLines(
  'schemaVersion: 1',
  'standard: { id: T-2, title: { zh: 单条标准, en: One-clause standard }, idPattern: "^[0-9]+$", roots: ["1"] }',
  'scoring: { levels: [{ min: 0, label: { zh: 不合格 } }] }',
  'clauses:',
  '  - { id: "1", title: { zh: 一, en: One }, points: 5, confidence: seed-only }',
);

function catalogs(...yamls: string[]): CatalogRegistry {
  const r = yamls.length ? new CatalogRegistry() : registry();
  for (const y of yamls) {
    const parsed = parseCatalog(y, 't.yaml');
    assert.deepEqual(parsed.problems, []);
    r.add(parsed.catalog!);
  }
  return r;
}

function sets(docs: Record<string, string>, locale: Locale = 'en', r: CatalogRegistry = registry()) {
  const result = analyzeFolder({
    root: '/ws',
    config: DEFAULT_CONFIG,
    catalogs: r,
    documents: Object.entries(docs).map(([name, text]) => parseEvidenceDocument(`/ws/${name}`, text)),
    fs: { exists: (p) => p === '/ws/附件/证据.pdf' || p === '/ws/附件' },
    locale,
    now: new Date('2026-11-26T00:00:00Z'),
  });
  return result;
}

/** 5.1.1.1 covered (line 6), 5.3.1 weak without a link (line 12), 5.1.2 not applicable. */
const INDEX = joinLines(
  '---',
  'standard: GB/T 27922-2011',
  'index: true',
  'not_applicable:',
  '  "5.1.2": 不涉及',
  '---',
  '#### 5.1.1.1 部门',
  '',
  TEXT,
  '',
  LINK,
  '',
  '### 5.3.1 顾客关系',
  '',
  TEXT,
);

const commitment = (text: string) => `${FM}# 服务承诺书\n\n#### 5.1.7.2 服务承诺\n\n${text}\n\n${GOOD_BODY}`;
const manual = (text: string) => `${FM}# 售后服务手册\n\n## 第三章 服务规范\n\n${text}\n`;
const COMMITMENT_DOCS = {
  'commitment.md': commitment('市区 24 小时内上门，郊县 48 小时内上门；整机保修 3 年。'),
  'manual.md': manual('市区 48 小时内上门。'),
};

describe('coverage tree', () => {
  it('tree: hides the single catalog root, gives parents, depths, leaf flags, statuses, points, counts and sections (zh-CN)', () => {
    const [set] = sets({ 'a.md': INDEX }, 'zh-CN').sets;
    const tree = coverageTree(set, 'zh-CN', uri);
    assert.deepEqual(
      [tree.setId, tree.root, tree.standard, tree.title, tree.indexDocument, tree.documents],
      ['/ws#GB/T 27922-2011', 'file:///ws', 'GB/T 27922-2011', '商品售后服务评价体系', 'file:///ws/a.md', ['file:///ws/a.md']],
    );
    // 30 leaf requirements, 2 of them not applicable: 1 covered of 28 = 4 %.
    assert.deepEqual(tree.figures.counts, { covered: 1, weak: 1, missing: 26, notApplicable: 2, applicable: 28 });
    assert.equal(tree.figures.coveragePercent, 4);
    const node = (id: string) => tree.nodes.find((n) => n.id === id);
    assert.equal(node('5'), undefined, 'the single root is not shown');
    assert.equal(tree.nodes[0].id, '5.1');
    assert.deepEqual(node('5.1.1'), {
      id: '5.1.1',
      parent: '5.1',
      isLeaf: false,
      depth: 1,
      title: '组织架构',
      editorialTitle: false,
      status: 'partial',
      points: 5,
      earned: 2.5,
      inferred: false,
      leaves: { covered: 1, weak: 0, missing: 1, notApplicable: 0, applicable: 2 },
      sections: [],
    });
    assert.deepEqual(node('5.1.1.1'), {
      id: '5.1.1.1',
      parent: '5.1.1',
      isLeaf: true,
      depth: 2,
      title: '售后服务部门及职能岗位',
      editorialTitle: true,
      text: '设立或指定专门从事售后服务工作的部门，并有合理的职能划分和岗位设置。',
      status: 'covered',
      points: 2.5,
      earned: 2.5,
      inferred: false,
      sections: [{ uri: 'file:///ws/a.md', line: 6 }],
    });
    assert.deepEqual(node('5.3.1'), {
      id: '5.3.1',
      parent: '5.3',
      isLeaf: true,
      depth: 1,
      title: '顾客关系',
      editorialTitle: false,
      status: 'weak',
      points: 12.5,
      earned: 6.3,
      inferred: true,
      confidenceNote: '本条细分要求由公开资料推断，非标准原文。',
      sections: [{ uri: 'file:///ws/a.md', line: 12 }],
    });
    assert.deepEqual(node('5.1.2'), {
      id: '5.1.2',
      parent: '5.1',
      isLeaf: false,
      depth: 1,
      title: '人员配置',
      editorialTitle: false,
      status: 'not-applicable',
      points: 0,
      earned: 0,
      inferred: false,
      leaves: { covered: 0, weak: 0, missing: 0, notApplicable: 2, applicable: 0 },
      sections: [],
    });
    const na = node('5.1.2.1')!;
    assert.deepEqual([na.status, na.notApplicableReason, 'leaves' in na], ['not-applicable', '不涉及', false]);
    const first = node('5.1')!;
    assert.deepEqual([first.depth, 'parent' in first, 'text' in first, 'confidenceNote' in first, 'countsFor' in first], [0, false, false, false, false]);
    assert.deepEqual([node('5.1.1.3')!.countsFor, 'notApplicableReason' in node('5.1.1.1')!], ['5.1.1.2', false]);
    assert.deepEqual(
      [node('5.2.2')!.inferred, node('5.2.2')!.confidenceNote, node('5.2.1.1')!.inferred, node('5.2.1.1')!.confidenceNote],
      [true, '本条要求由公开资料推断，非标准原文。', false, '本条文字仅见于本项目的种子资料，未在公开资料中核实。'],
    );
    assert.equal('commitments' in tree, false);
  });

  it('tree: in English titles, texts and the standard title are English; the same locations give the same sections array for the same uri mapping only', () => {
    const [set] = sets({ 'a.md': INDEX }).sets;
    const tree = coverageTree(set, 'en', uri);
    const node = tree.nodes.find((n) => n.id === '5.1.1.1')!;
    assert.deepEqual(
      [tree.title, node.title, node.text],
      [
        'Evaluation system for after-sales service of commodities',
        'After-sales department with functions and posts',
        'Set up or designate a department dedicated to after-sales service, with a sound division of functions and defined posts.',
      ],
    );
    assert.equal(
      tree.nodes.find((n) => n.id === '5.3.1')!.confidenceNote,
      'The detailed requirements of this clause are inferred from public material, not quoted from the standard.',
    );
    const again = coverageTree(set, 'en', uri).nodes.find((n) => n.id === '5.1.1.1')!;
    assert.equal(again.sections, node.sections, 'same locations and uri mapping: the same array');
    const other = coverageTree(set, 'en', (p) => `mem:${p}`).nodes.find((n) => n.id === '5.1.1.1')!;
    assert.deepEqual(other.sections, [{ uri: 'mem:/ws/a.md', line: 6 }]);
  });

  it('tree: commitments carry statements by uri, the same statement objects for the same mapping', () => {
    const [set] = sets(COMMITMENT_DOCS).sets;
    const tree = coverageTree(set, 'en', uri);
    assert.deepEqual(
      tree.commitments!.map((e) => [e.name, e.agreement, e.statements]),
      [
        [
          'On-site response time (urban area)',
          'inconsistent',
          [
            { file: 'file:///ws/commitment.md', line: 7, text: '24 小时内', committed: true, agrees: false },
            { file: 'file:///ws/manual.md', line: 7, text: '48 小时内', committed: false, agrees: false },
          ],
        ],
        [
          'On-site response time (suburbs and counties)',
          'consistent',
          [{ file: 'file:///ws/commitment.md', line: 7, text: '48 小时内', committed: true, agrees: true }],
        ],
        ['Warranty period (whole unit)', 'consistent', [{ file: 'file:///ws/commitment.md', line: 7, text: '3 年', committed: true, agrees: true }]],
      ],
    );
    assert.equal(coverageTree(set, 'en', uri).commitments![0].statements[0], tree.commitments![0].statements[0]);
    assert.equal(coverageTree(set, 'en', (p) => `mem:${p}`).commitments![0].statements[0].file, 'mem:/ws/commitment.md');
    const json = coverageJson(set.coverage, file);
    assert.deepEqual(json.commitments![2].statements, [{ file: 'commitment.md', line: 7, text: '3 年', committed: true, agrees: true }]);
  });

  it('tree: with two catalog roots nothing is hidden; zh-only titles and texts stand in English; a sub-item inferred marks the clause', () => {
    const docs = { 'a.md': joinLines('---', 'standard: T-1', '---', '## 1.1 部门', '', TEXT, '', LINK) };
    const [set] = sets(docs, 'en', catalogs(TWO_ROOTS)).sets;
    const tree = coverageTree(set, 'en', uri);
    assert.equal(tree.title, '测试标准');
    assert.deepEqual(
      tree.nodes.map((n) => [n.id, n.parent, n.depth, n.isLeaf, n.title, n.text, n.inferred, n.confidenceNote]),
      [
        ['1', undefined, 0, false, 'System', undefined, false, undefined],
        [
          '1.1',
          '1',
          1,
          true,
          '部门',
          '设立部门。',
          true,
          'The detailed requirements of this clause are inferred from public material, not quoted from the standard.',
        ],
        ['2', undefined, 0, true, 'Service', undefined, true, 'This requirement is inferred from public material, not quoted from the standard.'],
      ],
    );
  });

  it('tree: a single root without children is shown as the top level', () => {
    const docs = { 'a.md': joinLines('---', 'standard: T-2', '---', '## 1 一', '', TEXT, '', LINK) };
    const [set] = sets(docs, 'zh-CN', catalogs(LEAF_ROOT)).sets;
    const tree = coverageTree(set, 'zh-CN', uri);
    assert.deepEqual(
      tree.nodes.map((n) => [n.id, n.parent, n.depth, n.isLeaf, n.status, n.confidenceNote]),
      [['1', undefined, 0, true, 'covered', '本条文字仅见于本项目的种子资料，未在公开资料中核实。']],
    );
    assert.equal(coverageTree(set, 'en', uri).title, 'One-clause standard');
  });
});

describe('confidence note', () => {
  const clause = (confidence: Clause['confidence'], items?: Clause['items']): Clause => ({
    id: '9',
    title: { zh: '九' },
    confidence,
    ...(items ? { items } : {}),
  });
  const item = (key: string, confidence: Clause['confidence']) => ({ key, confidence, text: { zh: key } }) as NonNullable<Clause['items']>[number];

  it('note: one inferred sub-item among verified ones, or an inferred clause, or seed-only wording, each in zh-CN and English', () => {
    const mixed = clause('verified', [item('a', 'verified'), item('b', 'inferred')]);
    assert.deepEqual(
      [confidenceNote(mixed, 'zh-CN'), confidenceNote(mixed, 'en')],
      ['本条细分要求由公开资料推断，非标准原文。', 'The detailed requirements of this clause are inferred from public material, not quoted from the standard.'],
    );
    assert.deepEqual(
      [confidenceNote(clause('inferred'), 'zh-CN'), confidenceNote(clause('inferred'), 'en')],
      ['本条要求由公开资料推断，非标准原文。', 'This requirement is inferred from public material, not quoted from the standard.'],
    );
    assert.deepEqual(
      [confidenceNote(clause('seed-only'), 'zh-CN'), confidenceNote(clause('seed-only'), 'en')],
      ['本条文字仅见于本项目的种子资料，未在公开资料中核实。', "This wording is only in the project's seed material; no public source confirms it."],
    );
  });

  it('note: none for verified or single-source wording with verified sub-items', () => {
    assert.equal(confidenceNote(clause('verified', [item('a', 'verified')]), 'zh-CN'), undefined);
    assert.equal(confidenceNote(clause('single-source'), 'en'), undefined);
    assert.equal(confidenceNote(clause('verified'), 'en'), undefined);
  });
});

describe('report rows: reasons', () => {
  const doc = (...lines: string[]) => ({ 'a.md': joinLines('---', 'standard: GB/T 27922-2011', '---', ...lines) });
  const reasonsOf = (docs: Record<string, string>) => {
    const result = sets(docs);
    const [set] = result.sets;
    return rowReasons(set.coverage, [...result.diagnostics, ...set.diagnostics]);
  };

  it('reasons: a weak leaf lists only its warnings, not the sub-item hints; a covered leaf with hints has no reason', () => {
    assert.deepEqual(reasonsOf(doc('### 5.3.1 顾客关系', '', TEXT)).get('5.3.1'), ['weak-no-evidence']);
    assert.equal(reasonsOf(doc('### 5.3.1 顾客关系', '', TEXT, '', LINK)).has('5.3.1'), false);
  });

  it('reasons: a section tagged with a deeper id (5.3.1.2) gives its reason to the leaf above', () => {
    assert.deepEqual(reasonsOf(doc('#### 5.3.1.2 回访', '', TEXT, '', LINK, '', '顾客回访记录待补充。')).get('5.3.1'), ['weak-placeholder']);
    // Two levels deeper: 5.3.1.2 is no clause either, the walk goes on up to 5.3.1.
    assert.deepEqual(reasonsOf(doc('###### 5.3.1.2.1 回访', '', TEXT, '', LINK, '', '顾客回访记录待补充。')).get('5.3.1'), ['weak-placeholder']);
  });
});

describe('report fragments', () => {
  const twoSections = joinLines('---', 'standard: GB/T 27922-2011', '---', '#### 5.1.1.1 部门', '', TEXT, '', LINK, '', '### 5.3.1 顾客关系', '', TEXT);

  it('html: the points table has one row per first-level section and the total, rounded to one decimal', () => {
    const html = htmlReport(
      sets({ 'a.md': twoSections }).sets.map((s) => s.coverage),
      'en',
      file,
    );
    assert.ok(
      html.includes(
        '<h2>Points by section (earned / available, estimate)</h2>\n' +
          '<table class="points"><thead><tr><th>Section</th><th class="num">Earned</th><th class="num">Available</th></tr></thead><tbody>\n' +
          '<tr><td>5.1 After-sales service system</td><td class="num">2.5</td><td class="num">40</td></tr>\n' +
          '<tr><td>5.2 Commodity service</td><td class="num">0</td><td class="num">35</td></tr>\n' +
          '<tr><td>5.3 Customer service</td><td class="num">6.3</td><td class="num">25</td></tr>\n' +
          '<tr class="total"><td>Total</td><td class="num">8.8</td><td class="num">100</td></tr>\n' +
          '</tbody></table>\n',
      ),
    );
    assert.ok(!html.includes('<h2>Service commitments'), 'no commitments, no table');
  });

  it('html: no points table when the catalog has no first-level sections; group counts leave out N/A leaves; places joined by commas', () => {
    const docs = { 'a.md': joinLines('---', 'standard: T-2', '---', '## 1 一', '', TEXT, '', LINK) };
    const leafOnly = htmlReport(
      sets(docs, 'en', catalogs(LEAF_ROOT)).sets.map((s) => s.coverage),
      'en',
      file,
    );
    assert.ok(leafOnly.includes('<p>Of 1 applicable clauses'));
    assert.ok(!leafOnly.includes('Points by section'));
    assert.ok(leafOnly.includes('</p>\n\n<p class="legend">'), 'nothing between the confidence line and the legend');
    const na = htmlReport(
      sets({ 'a.md': INDEX }).sets.map((s) => s.coverage),
      'en',
      file,
    );
    assert.ok(na.includes('<span class="id">5.1.2</span> Staffing (0/0 · 100%)<span class="conf verified">'));
    const twice = joinLines('---', 'standard: GB/T 27922-2011', '---', '#### 5.1.1.1 部门', '', TEXT, '', LINK, '', '#### 5.1.1.1 部门', '', TEXT, '', LINK);
    assert.ok(
      htmlReport(
        sets({ 'a.md': twice }).sets.map((s) => s.coverage),
        'en',
        file,
      ).includes('<span class="where">a.md:4, a.md:10</span>'),
    );
  });

  it('html: commitment rows follow each other in one table', () => {
    const html = htmlReport(
      sets(COMMITMENT_DOCS).sets.map((s) => s.coverage),
      'en',
      file,
    );
    assert.ok(html.includes('<td class="inconsistent">inconsistent</td></tr><tr><td>On-site response time (suburbs and counties)</td>'));
  });

  it('markdown: ends with the legend and the basis, and a reason over two lines stays on one', () => {
    const text = joinLines('---', 'standard: GB/T 27922-2011', 'not_applicable:', '  "5.1.2": "不设\\n此岗位"', '---', '#### 5.1.1.1 部门', '', TEXT, '', LINK);
    const lines = markdownReport(
      sets({ 'a.md': text }).sets.map((s) => s.coverage),
      'en',
      file,
    ).split('\n');
    assert.ok(lines.includes('- 5.1.2.1 Qualified technical and business staff: 不设 此岗位'));
    assert.deepEqual(lines.slice(-6), [
      '- 5.1.2.2 After-sales service managers at 10%: 不设 此岗位',
      '',
      "Confidence: verified = the same text in two independent sources; single source = one source only; seed only = only the project's seed text; inferred = reconstructed from structure or company material, not a quotation of the standard.",
      '',
      '_The score and level are an estimate from the evidence documents, not an audit result._',
      '',
    ]);
  });

  it('starter: English titles with a fallback to Chinese, a blank line after each heading, the roots when they have no groups', () => {
    const [builtin] = [...registry().all()];
    const en = starterSet(builtin, 'en', '2026-11-27').files[0].text.split('\n');
    assert.deepEqual(en.slice(0, 9), [
      '---',
      'standard: GB/T 27922-2011',
      'index: true',
      'updated: 2026-11-27',
      '---',
      '',
      '# GB/T 27922-2011 Evaluation system for after-sales service of commodities',
      '',
      '<!--',
    ]);
    assert.deepEqual(en.slice(-8), ['-->', '', '## 5.1 After-sales service system', '', '## 5.2 Commodity service', '', '## 5.3 Customer service', '']);
    const [one] = [...catalogs(LEAF_ROOT).all()];
    assert.deepEqual(starterSet(one, 'en', '2026-11-27').files[0].text.split('\n').slice(-4), ['-->', '', '## 1 One', '']);
    const [two] = [...catalogs(TWO_ROOTS).all()];
    const zhFallback = starterSet(two, 'en', '2026-11-27').files[0].text.split('\n');
    assert.deepEqual([zhFallback[6], ...zhFallback.slice(-3)], ['# T-1 测试标准', '', '## 1.1 部门', '']);
  });
});
