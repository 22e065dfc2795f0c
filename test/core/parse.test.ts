import { strict as assert } from 'node:assert';
import { LineIndex, parseEvidenceDocument } from '../../server/src/core';
import { canonicalId, headingId, referenceIds } from '../../server/src/core/parse/clauseId';
import { countWords } from '../../server/src/core/text/textLength';

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

describe('clause ids', () => {
  it('canonicalises full-width digits, ideographic stops, trailing dots and spaces', () => {
    assert.equal(canonicalId('５．１．２'), '5.1.2');
    assert.equal(canonicalId('5。1。2'), '5.1.2');
    assert.equal(canonicalId('5.1.2.'), '5.1.2');
    assert.equal(canonicalId('5. 1 .2'), '5.1.2');
  });

  it('finds the id at the start of a heading, with or without § and space', () => {
    assert.deepEqual(headingId('5.1.1.1 设立部门'), { raw: '5.1.1.1', id: '5.1.1.1', offset: 0, section: false });
    assert.equal(headingId('5.1.1.1设立部门')?.id, '5.1.1.1');
    assert.deepEqual(headingId('§ 5.1 体系'), { raw: '5.1', id: '5.1', offset: 2, section: true });
    assert.equal(headingId('５．１．２．１ 技术')?.id, '5.1.2.1');
  });

  it('does not take a bare number glued to a word for an id', () => {
    assert.equal(headingId('5月份培训'), undefined);
    assert.equal(headingId('2024年度报告'), undefined);
    assert.equal(headingId('5 评价指标')?.id, '5');
    assert.equal(headingId('概述'), undefined);
  });

  it('finds § references and leaves a sentence-ending dot out', () => {
    assert.deepEqual(referenceIds('详见§5.1.4.1。另见 § ５．２'), [
      { raw: '5.1.4.1', id: '5.1.4.1', offset: 3, section: true },
      { raw: '５．２', id: '5.2', offset: 16, section: true },
    ]);
  });
});

describe('text length', () => {
  it('counts CJK characters and Latin words, not punctuation or spaces', () => {
    assert.equal(countWords('售后服务部门，ISO 9001 认证。'), 6 + 2 + 2);
    assert.equal(countWords('𠀀'), 1);
    assert.equal(countWords('  —— ！'), 0);
  });
});

describe('line index', () => {
  it('counts UTF-16 units and handles CRLF, CR and LF', () => {
    const idx = new LineIndex('a\r\n𠀀b\rc\nd');
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(5), { line: 1, character: 2 }); // after the surrogate pair
    assert.deepEqual(idx.positionAt(7), { line: 2, character: 0 });
    assert.equal(idx.lineText(1), '𠀀b');
    assert.equal(idx.offsetAt({ line: 3, character: 1 }), 10);
    assert.equal(idx.eol(), '\r\n');
    assert.deepEqual(idx.positionAt(2), { line: 0, character: 1 }, 'between CR and LF is the end of the line');
  });
});

describe('evidence document', () => {
  const text = [
    '---', // 0
    'standard: GB/T 27922-2011', // 1
    'updated: 2026-01-02', // 2
    'not_applicable:', // 3
    '  5.2.6: 不回收', // 4
    '---', // 5
    '## 1 编制目的', // 6
    '## 5.1 售后服务体系', // 7
    '### 5.1.1 组织架构', // 8
    '<!-- clause: 5.1.1.1 -->', // 9
    '#### 售后服务部门', // 10
    '设立客服中心，见 §5.1.4.1。[图](附件/a.png)', // 11
    '#### **5.1.1.2** 网点', // 12
    'a) 网点清单', // 13
    '## 5.2 商品服务', // 14
  ].join('\n');
  const doc = parseEvidenceDocument('/ws/a.md', text);

  it('reads frontmatter keys with their ranges', () => {
    assert.equal(doc.frontmatter?.standard?.value, 'GB/T 27922-2011');
    assert.deepEqual(doc.frontmatter?.standard?.range, r(1, 0, 1, 25));
    assert.equal(doc.frontmatter?.updated?.value, '2026-01-02');
    assert.deepEqual(
      doc.frontmatter?.notApplicable.map((e) => [e.id, e.reason]),
      [['5.2.6', '不回收']],
    );
    assert.deepEqual(doc.frontmatter?.notApplicable[0].keyRange, r(4, 2, 4, 7));
  });

  it('finds heading sections, comment-tagged sections and their ranges', () => {
    assert.deepEqual(
      doc.sections.map((s) => [s.kind, s.id, s.heading.level, s.title]),
      [
        ['heading', '1', 2, '编制目的'],
        ['heading', '5.1', 2, '售后服务体系'],
        ['heading', '5.1.1', 3, '组织架构'],
        ['comment', '5.1.1.1', 4, '售后服务部门'],
        ['heading', '5.1.1.2', 4, '网点'],
        ['heading', '5.2', 2, '商品服务'],
      ],
    );
    const s511 = doc.sections[2];
    assert.deepEqual(s511.idRange, r(8, 4, 8, 9));
    assert.deepEqual(s511.range, r(8, 0, 13, 7), 'a group section runs until the next heading of its level');
    assert.deepEqual(s511.ownRange, r(8, 0, 9, 24), 'own text ends at the next heading of any level');
    const tagged = doc.sections[3];
    assert.deepEqual(tagged.idRange, r(9, 13, 9, 20));
    assert.equal(doc.sections[4].idRange.start.character, 7, 'emphasis around the id is skipped');
  });

  it('collects section facts: links, sub-item markers, length', () => {
    const tagged = doc.sections[3].facts;
    assert.deepEqual(
      tagged.links.map((l) => [l.url, l.kind, l.local]),
      [['附件/a.png', 'link', true]],
    );
    assert.equal(tagged.length, 8);
    assert.deepEqual([...doc.sections[4].facts.subItemMarkers], ['a']);
  });

  it('finds § references with their range', () => {
    assert.deepEqual(doc.references, [{ raw: '5.1.4.1', id: '5.1.4.1', range: r(11, 10, 11, 17) }]);
  });

  it('positions are UTF-16 on a CRLF document with 𠀀 before a link', () => {
    const crlf = parseEvidenceDocument('/ws/b.md', '---\r\nstandard: GB/T 27922-2011\r\n---\r\n#### 5.1.1.1 部门\r\n𠀀😀说明[x](缺失.pdf)\r\n');
    assert.deepEqual(crlf.links[0].range, r(4, 10, 4, 16));
    assert.deepEqual(crlf.sections[0].range, r(3, 0, 4, 17));
  });

  it('keeps working with broken frontmatter and recovers the standard', () => {
    const broken = parseEvidenceDocument('/ws/c.md', '---\nstandard: GB/T 27922-2011\nowner: "张三\n---\n## 5.1 体系\n');
    assert.equal(broken.frontmatter?.standard?.value, 'GB/T 27922-2011');
    assert.deepEqual(
      broken.frontmatter?.problems.map((p) => [p.key, p.args[0], p.range]),
      [['yamlUnclosedQuote', '3', r(2, 7, 2, 10)]],
    );
    assert.equal(broken.sections.length, 1);
  });

  it('reports wrong frontmatter types', () => {
    const d = parseEvidenceDocument('/ws/d.md', '---\nstandard: GB/T 27922-2011\nindex: yes please\nupdated: 2026-13-40\nnot_applicable: [5.2]\n---\n');
    assert.deepEqual(
      d.frontmatter?.problems.map((p) => [p.key, p.args[0], p.range.start.line]),
      [
        ['wrongType', 'index', 2],
        ['badDate', 'updated', 3],
        ['wrongType', 'not_applicable', 4],
      ],
    );
  });

  it('survives deeply nested lists and quotes', () => {
    const deep = '> '.repeat(2000) + 'x\n' + Array.from({ length: 2000 }, (_, i) => ' '.repeat(i * 2) + '- y').join('\n');
    const d = parseEvidenceDocument('/ws/e.md', deep);
    assert.equal(d.sections.length, 0);
  });
});
