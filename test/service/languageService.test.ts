// The language service in-process, one fresh in-memory workspace per test:
// each feature answers from the set model of the latest analysis, with exact ranges.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { joinLines, LINK, range, TEXT } from '../core/fixture';
import { memoryWorkspace } from './memoryWorkspace';

const INDEX = joinLines(
  '---',
  'standard: GB/T 27922-2011',
  'index: true',
  '---',
  '## 5.1 售后服务体系',
  '',
  '### 5.1.1 组织架构',
  '',
  '#### 5.1.1.1 售后服务部门',
  '',
  TEXT,
  '',
  LINK,
);
const RULES = joinLines('---', 'standard: GB/T 27922-2011', '---', '# 制度汇编', '', '本制度依据 §5.1.1.1 制定。');
const FILES = { 'index.md': INDEX, 'b.md': RULES, '附件/证据.pdf': '' };

describe('language service (in-process)', () => {
  it('hovers a heading id with the clause and its status, over the id range', async () => {
    const ws = await memoryWorkspace(FILES);
    const hover = await ws.service.hover(ws.uri('index.md'), { line: 8, character: 7 });
    assert.deepEqual(hover!.range, range(8, 5, 8, 12));
    assert.match((hover!.contents as MarkupContent).value, /\n\n状态：已覆盖\n\n/);
  });

  it('answers a hover from the text just typed, not the previous analysis', async () => {
    const ws = await memoryWorkspace(FILES);
    ws.open('index.md', INDEX.replace('#### 5.1.1.1 售后服务部门', '#### 5.1.1.2 服务网点'));
    const hover = await ws.service.hover(ws.uri('index.md'), { line: 8, character: 7 });
    assert.deepEqual(hover!.range, range(8, 5, 8, 12));
    assert.match((hover!.contents as MarkupContent).value, /^\*\*5\.1\.1\.2\*\*/);
  });

  it('goes from a § reference to the clause heading in another document', async () => {
    const ws = await memoryWorkspace(FILES);
    const found = await ws.service.definition(ws.uri('b.md'), { line: 5, character: 9 });
    assert.deepEqual(found, [{ uri: ws.uri('index.md'), range: range(8, 0, 8, 19) }]);
  });

  it('lists references with and without the declaration', async () => {
    const ws = await memoryWorkspace(FILES);
    const reference = { uri: ws.uri('b.md'), range: range(5, 7, 5, 14) };
    const declaration = { uri: ws.uri('index.md'), range: range(8, 5, 8, 12) };
    assert.deepEqual(await ws.service.references(ws.uri('b.md'), { line: 5, character: 9 }, false), [reference]);
    assert.deepEqual(await ws.service.references(ws.uri('b.md'), { line: 5, character: 9 }, true), [declaration, reference]);
  });

  it('outlines clause headings nested by level', async () => {
    const ws = await memoryWorkspace(FILES);
    const symbols = await ws.service.documentSymbols(ws.uri('index.md'));
    const outline = (list: typeof symbols): unknown[] => list.map((s) => [s.name, s.selectionRange, outline(s.children ?? [])]);
    assert.deepEqual(outline(symbols), [
      ['5.1 售后服务体系', range(4, 0, 4, 13), [['5.1.1 组织架构', range(6, 0, 6, 14), [['5.1.1.1 售后服务部门', range(8, 0, 8, 19), []]]]]],
    ]);
  });

  it('sends a coverage tree with parents, depth, typed group status and one rounding of the coverage', async () => {
    const ws = await memoryWorkspace(FILES);
    const [set] = ws.service.coverageTree();
    assert.equal(set.setId, '/ws#GB/T 27922-2011');
    assert.deepEqual(set.documents, [ws.uri('b.md'), ws.uri('index.md')]);
    // 30 leaf requirements (5.1.1.3 counts for 5.1.1.2); one covered: 1/30 = 3 %.
    assert.deepEqual(set.figures.counts, { covered: 1, weak: 0, missing: 29, notApplicable: 0, applicable: 30 });
    assert.equal(set.figures.coveragePercent, 3);
    const node = (id: string) => set.nodes.find((n) => n.id === id)!;
    assert.equal(
      set.nodes.find((n) => n.id === '5'),
      undefined,
      'the single catalog root is not shown',
    );
    assert.deepEqual([node('5.1').parent, node('5.1').depth, node('5.1').isLeaf], [undefined, 0, false]);
    assert.deepEqual([node('5.1.1').parent, node('5.1.1').depth, node('5.1.1').status], ['5.1', 1, 'partial']);
    assert.deepEqual(node('5.1.1').leaves, { covered: 1, weak: 0, missing: 1, notApplicable: 0, applicable: 2 });
    assert.equal(node('5.2').status, 'missing');
    assert.deepEqual([node('5.1.1.1').status, node('5.1.1.1').sections], ['covered', [{ uri: ws.uri('index.md'), line: 8 }]]);
    assert.deepEqual([node('5.3.1').inferred, node('5.1.1.1').inferred], [true, false]);
    assert.deepEqual([node('5.3.1').confidenceNote, node('5.1.1.1').confidenceNote], ['本条细分要求由公开资料推断，非标准原文。', undefined]);
    // Points: 5.1.1 has 5 points over its two leaves.
    assert.deepEqual([node('5.1.1').points, node('5.1.1').earned, node('5.1.1.1').points], [5, 2.5, 2.5]);
  });

  it('inserts a missing section into the set named by its id, whatever document is open', async () => {
    const ws = await memoryWorkspace({ ...FILES, '报告.md': '# 覆盖报告\n' });
    ws.open('报告.md', '# 覆盖报告\n');
    const edit = await ws.service.insertSections({ setId: '/ws#GB/T 27922-2011' }, ['5.1.1.2']);
    const edits = edit!.changes![ws.uri('index.md')];
    assert.deepEqual(Object.keys(edit!.changes!), [ws.uri('index.md')]);
    assert.equal(edits.length, 1);
    assert.match(edits[0].newText, /^\n\n#### 5\.1\.1\.2 /);
  });

  // The key is quoted: unquoted, YAML would read 5.10 as the number 5.1.
  it('marks a clause not applicable in the index document of the set named by its id', async () => {
    const ws = await memoryWorkspace(FILES);
    const edit = await ws.service.markNotApplicable({ setId: '/ws#GB/T 27922-2011' }, '5.3.2', '不经营此类商品');
    const after = TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, INDEX), edit!.changes![ws.uri('index.md')]);
    assert.equal(
      after.split('\n').slice(0, 6).join('\n'),
      joinLines('---', 'standard: GB/T 27922-2011', 'index: true', 'not_applicable:', '  "5.3.2": 不经营此类商品', '---').trimEnd(),
    );
  });

  it('answers nothing for a set id that does not exist', async () => {
    const ws = await memoryWorkspace(FILES);
    assert.equal(await ws.service.insertSections({ setId: '/elsewhere#GB/T 27922-2011' }, []), null);
    assert.equal(await ws.service.markNotApplicable({ setId: '/elsewhere#GB/T 27922-2011' }, '5.3.2', 'x'), null);
  });

  it('completes clause ids under not_applicable from the parsed frontmatter keys', async () => {
    const text = joinLines('---', 'standard: GB/T 27922-2011', 'index: true', 'not_applicable:', '  5.3.', '---', '# 索引');
    const ws = await memoryWorkspace({ 'index.md': text });
    const doc = ws.open('index.md', text);
    const list = ws.service.completion(ws.uri('index.md'), doc, { line: 4, character: 6 });
    assert.deepEqual(
      list!.items.map((i) => [i.label, i.textEdit]),
      [
        ['5.3.1', { range: range(4, 2, 4, 6), newText: '5.3.1: ' }],
        ['5.3.2', { range: range(4, 2, 4, 6), newText: '5.3.2: ' }],
      ],
    );
  });

  it('completes no clause ids under another frontmatter key', async () => {
    const text = joinLines('---', 'standard: GB/T 27922-2011', 'deductions:', '  5.3.', '---', '# 索引');
    const ws = await memoryWorkspace({ 'index.md': text });
    const doc = ws.open('index.md', text);
    assert.deepEqual(ws.service.completion(ws.uri('index.md'), doc, { line: 3, character: 6 })!.items, []);
  });

  it('puts a lens with the status and section count on each clause heading, which opens the sections', async () => {
    const ws = await memoryWorkspace(FILES);
    const lenses = await ws.service.codeLenses(ws.uri('index.md'));
    assert.deepEqual(
      lenses.filter((l) => l.range.start.line === 8),
      [
        {
          range: range(8, 0, 8, 19),
          command: {
            title: '已覆盖 · 1 处章节',
            command: 'complianceEvidence.showSections',
            arguments: [ws.uri('index.md'), { line: 8, character: 0 }, [{ uri: ws.uri('index.md'), range: range(8, 0, 8, 19) }]],
          },
        },
      ],
    );
  });

  it('adds a lens over a group heading that inserts its missing sections', async () => {
    const ws = await memoryWorkspace(FILES);
    const inserts = (await ws.service.codeLenses(ws.uri('index.md')))
      .filter((l) => l.command?.command === 'complianceEvidence.insertSections')
      .map((l) => [l.range.start.line, l.command!.title, (l.command!.arguments![0] as { clauses: string[] }).clauses.length]);
    // 5.1 has 18 leaf requirements, 5.1.1 two; 5.1.1.1 is covered.
    assert.deepEqual(inserts, [
      [4, '插入 17 个缺失章节', 17],
      [6, '插入 1 个缺失章节', 1],
    ]);
  });

  it('removes the empty stub of a clause marked not applicable, and never a section with text', async () => {
    const text = joinLines(
      '---',
      'standard: GB/T 27922-2011',
      'index: true',
      'not_applicable:',
      '  5.3.2: 不经营此类商品',
      '---',
      '#### 5.3.2 服务投诉',
      '',
      '#### 5.3.1 顾客沟通',
      '',
      TEXT,
      '',
    );
    const ws = await memoryWorkspace({ 'index.md': text });
    const edit = await ws.service.removeEmptySections({ setId: '/ws#GB/T 27922-2011' }, '5.3.2');
    const after = TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edit!.changes![ws.uri('index.md')]);
    assert.equal(after, text.replace('#### 5.3.2 服务投诉\n', ''));
    assert.equal(await ws.service.removeEmptySections({ setId: '/ws#GB/T 27922-2011' }, '5.3.1'), null);
  });

  it('says on the lens of a weak section why it is weak', async () => {
    const text = INDEX.replace(LINK, '');
    const ws = await memoryWorkspace({ 'index.md': text });
    const lenses = await ws.service.codeLenses(ws.uri('index.md'));
    assert.deepEqual(
      lenses.filter((l) => l.range.start.line === 8).map((l) => l.command!.title),
      ['薄弱：章节没有链接任何证据文件或网址，或只链接了不存在的文件 · 1 处章节'],
    );
  });

  it('hints the short title after a § reference and a not_applicable key, and nothing after an unknown id', async () => {
    const index = joinLines('---', 'standard: GB/T 27922-2011', 'index: true', 'not_applicable:', '  "5.3.2": 不受理投诉', '---', '见 §5.1.1.1 与 §5.9.9。');
    const ws = await memoryWorkspace({ 'index.md': index });
    const hints = await ws.service.inlayHints(ws.uri('index.md'), range(0, 0, 7, 0));
    assert.deepEqual(
      hints.map((h) => [h.position, h.label]),
      [
        [{ line: 4, character: 9 }, '› 投诉处理'],
        [{ line: 6, character: 10 }, '› 售后服务部门及职能岗位'],
      ],
    );
    // Only the hints inside the asked range.
    assert.deepEqual(await ws.service.inlayHints(ws.uri('index.md'), range(6, 0, 6, 20)).then((h) => h.length), 1);
  });

  it('renames a clause id in headings, § references and not_applicable keys of the set, keeping a quoted key quoted', async () => {
    const index = INDEX.replace('index: true\n', 'index: true\nnot_applicable:\n  "5.1.1.1": 测试\n');
    const ws = await memoryWorkspace({ ...FILES, 'index.md': index });
    assert.deepEqual(await ws.service.prepareRename(ws.uri('b.md'), { line: 5, character: 9 }), { range: range(5, 7, 5, 14), placeholder: '5.1.1.1' });
    const result = await ws.service.rename(ws.uri('b.md'), { line: 5, character: 9 }, '5.1.1.2');
    assert.ok(result && 'edit' in result);
    assert.deepEqual(result.edit.changes, {
      [ws.uri('b.md')]: [{ range: range(5, 7, 5, 14), newText: '5.1.1.2' }],
      [ws.uri('index.md')]: [
        { range: range(10, 5, 10, 12), newText: '5.1.1.2' },
        { range: range(4, 2, 4, 11), newText: '"5.1.1.2"' },
      ],
    });
  });

  it('refuses to rename onto an id the catalog does not have, with a message in the user language', async () => {
    const ws = await memoryWorkspace(FILES);
    assert.deepEqual(await ws.service.rename(ws.uri('b.md'), { line: 5, character: 9 }, '5.9.9'), {
      error: '“5.9.9”不是 GB/T 27922-2011 的条款：只能改为同一标准的条款编号。',
    });
    assert.equal(await ws.service.prepareRename(ws.uri('b.md'), { line: 3, character: 2 }), null);
  });

  it('offers the missing sections at the start of an empty line, in catalog order, each whole as a snippet', async () => {
    const ws = await memoryWorkspace(FILES);
    const doc = ws.open('b.md', RULES + '\n');
    const list = ws.service.completion(ws.uri('b.md'), doc, { line: 7, character: 0 });
    // 5.1.1.1 is covered: 5.1.1.2 comes first; 29 requirements are missing.
    assert.equal(list!.items.length, 29);
    const first = list!.items[0];
    assert.deepEqual([first.label, first.detail, first.insertTextFormat], ['5.1.1.2 服务网点覆盖与管理', '缺失章节：整节插入', 2]);
    assert.deepEqual(first.textEdit, {
      range: range(7, 0, 7, 0),
      newText: [
        '#### 5.1.1.2 服务网点覆盖与管理',
        '',
        '<!-- 标准要求：根据需要，服务网点覆盖商品销售区域，能够对服务网点进行有效管理。 -->',
        '',
        '典型证据（请逐项替换为本单位的实际做法，并链接记录文件）：',
        '',
        '- [ ] ${1:待补充：产品销售网点清单及售后服务网点清单（名称、地址、联系方式、覆盖区域）}',
        '- [ ] ${2:待补充：服务网点管理制度}',
        '- [ ] ${3:待补充：服务网点考核/检查记录}',
        '- [ ] ${4:待补充：委托网点的合作协议及合作方资质证明}',
        '- [文件名](附件/文件名.pdf)',
        '$0',
      ].join('\n'),
    });
    // Not at the start of an empty line: no section items.
    assert.deepEqual(ws.service.completion(ws.uri('b.md'), doc, { line: 5, character: 0 })!.items, []);
  });

  it('goes to the next gap in catalog order: where a missing section would go, then a weak section', async () => {
    // 5.1.1.2 is weak (no link) in b.md; 5.1.2.1 and the rest are missing.
    const b = joinLines('---', 'standard: GB/T 27922-2011', '---', '#### 5.1.1.2 服务网点', '', TEXT);
    const ws = await memoryWorkspace({ 'index.md': INDEX, 'b.md': b, '附件/证据.pdf': '' });
    // From 5.1.1.1 in index.md: 5.1.1.2 is next, and it has a section in b.md.
    assert.deepEqual(await ws.service.nextGap(ws.uri('index.md'), { line: 10, character: 0 }), {
      clause: '5.1.1.2',
      uri: ws.uri('b.md'),
      range: range(3, 0, 3, 17),
      hasSection: true,
    });
    // From 5.1.1.2: 5.1.2.1 has no section, so the answer is where it would be inserted.
    const next = await ws.service.nextGap(ws.uri('b.md'), { line: 5, character: 0 });
    assert.deepEqual([next!.clause, next!.hasSection], ['5.1.2.1', false]);
  });

  it('renames onto an id that already has a section without asking; the set then reports the duplicate', async () => {
    const b = joinLines('---', 'standard: GB/T 27922-2011', '---', '#### 5.1.1.2 服务网点', '', TEXT, '', LINK);
    const ws = await memoryWorkspace({ ...FILES, 'b.md': b });
    const result = await ws.service.rename(ws.uri('index.md'), { line: 8, character: 7 }, '5.1.1.2');
    assert.ok(result && 'edit' in result);
    assert.deepEqual(result.edit.changes, { [ws.uri('index.md')]: [{ range: range(8, 5, 8, 12), newText: '5.1.1.2' }] });
    const renamed = INDEX.replace('#### 5.1.1.1 ', '#### 5.1.1.2 ');
    const after = await memoryWorkspace({ ...FILES, 'b.md': b, 'index.md': renamed });
    const duplicates = [...after.service.workspaces.all()[0].diagnosticsByPath().values()].flat().filter((d) => d.rule === 'duplicate-section');
    assert.deepEqual(duplicates.map((d) => `${d.path}:${d.range.start.line}`).sort(), ['/ws/b.md:3', '/ws/index.md:8']);
  });
});
