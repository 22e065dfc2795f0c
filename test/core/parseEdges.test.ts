// Edge cases of the evidence model: heading ids and titles, clause tags, section facts, frontmatter keys.
import { strict as assert } from 'node:assert';
import { canonicalId, parseEvidenceDocument, restoreChunks } from '../../server/src/core';
import { FRONTMATTER, joinLines, range } from './fixture';

const parse = (...lines: string[]) => parseEvidenceDocument('/ws/a.md', joinLines(...lines));
const sectionsOf = (...lines: string[]) => parse(...lines).sections.map((s) => [s.kind, s.raw, s.id, s.section, s.title, s.idRange, s.titleRange]);

describe('evidence model edge cases', () => {
  it('parse: title separators (full-width colon, 、, dash) and emphasis around the id are not part of id or title', () => {
    assert.deepEqual(sectionsOf('#### 5.1.1.1：部门', '#### 5.1.1.2、网点', '#### __5.1.2.1__ - 人员'), [
      ['heading', '5.1.1.1', '5.1.1.1', false, '部门', range(0, 5, 0, 12), range(0, 13, 0, 15)],
      ['heading', '5.1.1.2', '5.1.1.2', false, '网点', range(1, 5, 1, 12), range(1, 13, 1, 15)],
      ['heading', '5.1.2.1', '5.1.2.1', false, '人员', range(2, 7, 2, 14), range(2, 19, 2, 21)],
    ]);
  });

  it('parse: canonical ids drop every trailing dot and every space', () => {
    assert.deepEqual(['5.1.．', '5 . 1\u3000.1', '５。１。'].map(canonicalId), ['5.1', '5.1.1', '5.1']);
  });

  it('parse: a bare number is an id only when something separates it from the title; § makes a section id', () => {
    assert.deepEqual(sectionsOf('## 5月份总结', '## 5 评价指标', '## § 5.1 体系'), [
      ['heading', '5', '5', false, '评价指标', range(1, 3, 1, 4), range(1, 5, 1, 9)],
      ['heading', '5.1', '5.1', true, '体系', range(2, 5, 2, 8), range(2, 9, 2, 11)],
    ]);
  });

  it('parse: a clause tag below the heading, with a full-width colon and in upper case, tags it', () => {
    assert.deepEqual(sectionsOf('#### 售后服务部门', '<!-- CLAUSE：5.1.1.1 -->', '', '#### 网点', '<!-- clause: 5.1.1.2 --> 说明'), [
      ['comment', '5.1.1.1', '5.1.1.1', false, '售后服务部门', range(1, 12, 1, 19), range(0, 5, 0, 11)],
    ]);
  });

  it('parse: a numbered heading with a clause tag keeps both readings, the tagged one without the own number', () => {
    const [s] = parse('<!-- clause: 5.3.1 -->', '### 3.1 客户关系').sections;
    assert.deepEqual([s.kind, s.id, s.title], ['heading', '3.1', '客户关系']);
    assert.deepEqual(
      [s.commentTag!.kind, s.commentTag!.id, s.commentTag!.title, s.commentTag!.idRange, s.commentTag!.titleRange],
      ['comment', '5.3.1', '客户关系', range(0, 13, 0, 18), range(1, 8, 1, 12)],
    );
    assert.equal(parse('### 3.1 客户关系').sections[0].commentTag, undefined);
  });

  it('parse: placeholders are found with exact ranges; a line of underscores alone is a thematic break', () => {
    const doc = parse('#### 5.1.1.1 部门', '负责人：____，电话＿＿＿，版本【待填写】，XXXX制度，××部门，待定。', '', '____', '', '（略）');
    assert.deepEqual(
      doc.sections[0].facts.placeholders.map((p) => [p.text, p.range]),
      [
        ['____', range(1, 4, 1, 8)],
        ['＿＿＿', range(1, 11, 1, 14)],
        ['【待填写】', range(1, 17, 1, 22)],
        ['XXXX', range(1, 23, 1, 27)],
        ['××', range(1, 30, 1, 32)],
        ['待定', range(1, 35, 1, 37)],
        ['（略）', range(5, 0, 5, 3)],
      ],
    );
  });

  it('parse: sub-item markers in lists, quotes, brackets and full-width letters; a letter inside text is none', () => {
    const doc = parse('### 5.1.3.2 内部保障', '- a) 培训', '', '> （ｂ） 文化', '', '1. (d) 其他', '', '说明 e) 不算', '', 'ｆ）奖励');
    assert.deepEqual([...doc.sections[0].facts.subItemMarkers], ['a', 'b', 'd', 'f']);
  });

  it('parse: own text length leaves out link texts, headings and code blocks; inline code counts', () => {
    const doc = parse('#### 5.1.1.1 部门', '本公司[记录文件](a.pdf)设立`客服`部门。', '', '```', '代码不算', '```');
    assert.deepEqual([doc.sections[0].facts.length, doc.sections[0].facts.plainText], [9, '本公司 记录文件 设立 客服 部门。']);
  });

  it('parse: links of every kind with local flags, and a bare URL found in text', () => {
    const doc = parse(
      '#### 5.1.1.1 部门',
      '[甲](附件/a.pdf) ![乙](b.png) [丙](#anchor) [丁](mailto:x@y.z) [戊](//cdn/x) 见 https://example.com/x。',
      '',
      '[r]: c.pdf',
    );
    assert.deepEqual(
      doc.links.map((l) => [l.url, l.kind, l.local]),
      [
        ['附件/a.pdf', 'link', true],
        ['b.png', 'image', true],
        ['#anchor', 'link', false],
        ['mailto:x@y.z', 'link', false],
        ['//cdn/x', 'link', false],
        ['https://example.com/x', 'link', false],
        ['c.pdf', 'definition', true],
      ],
    );
  });

  it('parse: pieces are restored from facts kept for the very same text, and refused when they do not fit', () => {
    const text = joinLines(...FRONTMATTER, '## 5.1 体系', '正文', '## 5.2 商品');
    const doc = parseEvidenceDocument('/ws/a.md', text);
    const facts = doc.chunks.map((c) => c.facts);
    const restored = restoreChunks(text, facts)!;
    assert.deepEqual(
      restored.map((c) => [c.start, c.facts === facts[restored.indexOf(c)]]),
      [
        [0, true],
        [34, true],
        [47, true],
      ],
    );
    assert.equal(parseEvidenceDocument('/ws/a.md', text, { chunks: restored }).sections.length, 2);
    assert.equal(restoreChunks(text, facts.slice(1)), undefined);
  });

  it('frontmatter: index, organization, owner, deductions and bonus are read; empty entries are dropped', () => {
    const fm = parse(
      '---',
      'standard: GB/T 27922-2011',
      'index: true',
      'organization: 某公司',
      'owner: 张三',
      'deductions:',
      '  - 甲',
      '  - ""',
      'bonus: [奖, 2]',
      '---',
    ).frontmatter!;
    assert.deepEqual([fm.index, fm.organization, fm.owner, fm.deductions, fm.bonus, fm.problems], [true, '某公司', '张三', ['甲'], ['奖', '2'], []]);
  });

  it('frontmatter: wrong shapes are problems on their lines; a not-applicable reason may be a number', () => {
    const fm = parse(
      '---',
      'standard: [a]',
      'deductions: {a: 1}',
      'bonus: 3',
      'not_applicable:',
      '  5.2.6: 3',
      '  5.2.5: {a: b}',
      'updated: 2026-02-30',
      '---',
    ).frontmatter!;
    assert.deepEqual(
      fm.problems.map((p) => [p.key, p.args, p.range.start.line]),
      [
        ['wrongType', ['standard', 'string'], 1],
        ['wrongType', ['deductions', 'list of descriptions'], 2],
        ['wrongType', ['bonus', 'list of descriptions'], 3],
        ['wrongType', ['not_applicable.5.2.5', 'string'], 6],
        ['badDate', ['updated', '2026-02-30'], 7],
      ],
    );
    assert.deepEqual(
      fm.notApplicable.map((e) => [e.id, e.reason]),
      [
        ['5.2.6', '3'],
        ['5.2.5', ''],
      ],
    );
  });

  it('frontmatter: a list instead of a map is one problem; empty frontmatter none; broken YAML still yields a quoted standard', () => {
    assert.deepEqual(
      parse('---', '- a', '---').frontmatter!.problems.map((p) => [p.key, p.args]),
      [['wrongType', ['(frontmatter)', 'map']]],
    );
    assert.deepEqual(parse('---', '---', '# x').frontmatter?.problems ?? [], []);
    const broken = parse('---', 'standard: "GB/T 27922-2011" # 标准', 'owner: [', '---').frontmatter!;
    assert.deepEqual(
      [broken.standard!.value, broken.standard!.range, broken.standard!.keyRange, broken.problems[0].key],
      ['GB/T 27922-2011', range(1, 0, 1, 32), range(1, 0, 1, 8), 'yamlUnclosedBracket'],
    );
  });

  it('frontmatter: an alias bomb is refused as too complex, and the standard is still recovered', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map(
        (k, i) =>
          `${k}: &${k} [${Array(9)
            .fill('*' + 'abcdefg'[i])
            .join(', ')}]`,
      ),
    ];
    const fm = parse('---', ...FRONTMATTER.slice(1, 2), ...bomb, '---').frontmatter!;
    assert.deepEqual([fm.problems.map((p) => p.key), fm.standard?.value], [['yamlTooComplex'], 'GB/T 27922-2011']);
  });
});
