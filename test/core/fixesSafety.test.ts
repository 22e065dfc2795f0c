// Fixes never break the user's text: what they insert lands at a block
// boundary, keeps the comments that belong to the next heading with it, and
// every frontmatter edit still parses as YAML.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { parseEvidenceDocument } from '../../server/src/core';
import { notApplicableEdit } from '../../server/src/core/fixes/notApplicable';
import { analyze, applyEdits, FM, fullSet, GOOD_BODY, ROOT } from '../helpers/analyze';
import { stubOf } from './fixture';

const ATT = { files: ['附件/证据.pdf'] };
const pos = (line: number, character: number) => ({ line, character });
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

describe('fixes keep the text around them', () => {
  describe('weak-subitem fix', () => {
    // 5.1.3.2 asks for items a) to c); the section names a) and b) only.
    const section = '#### 5.1.3.2 内部保障\n\n' + GOOD_BODY + '\na) 技术培训𠀀记录\n\nb) 服务文化培训\n\n';
    const C = 'c) 有效的评优、奖励、晋升和员工关怀机制。';

    for (const [label, eolOf] of [
      ['LF', (s: string) => s],
      ['CRLF', crlf],
    ] as const) {
      it(`inserts the missing item above the next heading's clause tag, which keeps its clause (${label})`, () => {
        const text = eolOf(fullSet(['5.1.3.2', '5.1.3.3']) + '\n' + section + '<!-- clause: 5.1.3.3 -->\n#### 基础设施\n\n' + GOOD_BODY);
        const eol = label === 'CRLF' ? '\r\n' : '\n';
        const a = analyze({ 'a.md': text }, ATT);
        assert.equal(a.of('missing-clause').length, 0);
        const d = a.of('weak-subitem').find((x) => x.clause === '5.1.3.2')!;
        const lines = text.split(eol);
        const itemB = lines.indexOf('b) 服务文化培训');
        assert.deepEqual(d.fixes![0].edits, [{ path: '/ws/a.md', range: { start: pos(itemB, 9), end: pos(itemB, 9) }, newText: `${eol}${eol}${C}` }]);
        const fixed = applyEdits(a.texts, d.fixes![0].edits);
        assert.ok(fixed['a.md'].includes(`b) 服务文化培训${eol}${eol}${C}${eol}${eol}<!-- clause: 5.1.3.3 -->${eol}#### 基础设施${eol}`));
        const after = analyze(fixed, ATT);
        assert.deepEqual(
          after.of('weak-subitem').map((x) => x.clause),
          ['5.1.3.3'],
        );
        assert.equal(after.of('missing-clause').length, 0);
        assert.equal(after.coverage[0].clauses.find((c) => c.id === '5.1.3.3')!.status, 'weak');
      });
    }

    it('never inserts above the section heading itself: a section quoted to its end gets the item right below its heading (𠀀)', () => {
      const text =
        FM +
        '#### 5.1.3.1 员工培训\n\n' +
        GOOD_BODY +
        '\n> #### 5.1.3.2 内部保障\n>\n> ' +
        GOOD_BODY.split('\n')[0] +
        '\n>\n> a) 技术培训𠀀记录\n>\n> b) 服务文化培训\n>\n> #### 5.1.3.3 基础设施\n';
      const a = analyze({ 'a.md': text }, ATT);
      const d = a.of('weak-subitem').find((x) => x.clause === '5.1.3.2')!;
      const heading = text.split('\n').indexOf('> #### 5.1.3.2 内部保障');
      assert.deepEqual(d.fixes![0].edits, [{ path: '/ws/a.md', range: { start: pos(heading, 19), end: pos(heading, 19) }, newText: `\n\n${C}\n` }]);
      const fixed = applyEdits(a.texts, d.fixes![0].edits)['a.md'];
      const ids = (t: string) =>
        analyze({ 'a.md': t }, ATT)
          .coverage[0].clauses.filter((c) => c.status !== 'missing')
          .map((c) => c.id);
      assert.deepEqual(ids(fixed), ids(text));
      assert.equal(
        analyze({ 'a.md': fixed }, ATT)
          .of('weak-subitem')
          .filter((x) => x.clause === '5.1.3.2').length,
        0,
      );
    });

    it('inserts the missing item above an evidence-disable-next-line comment, which keeps aiming at its heading (CRLF, 𠀀)', () => {
      const text = crlf(FM + section + '<!-- evidence-disable-next-line title-mismatch -->\n#### 5.1.3.3 基础设施𠀀\n\n' + GOOD_BODY);
      const a = analyze({ 'a.md': text }, ATT);
      assert.equal(a.of('title-mismatch').length, 0);
      const d = a.of('weak-subitem').find((x) => x.clause === '5.1.3.2')!;
      const itemB = text.split('\r\n').indexOf('b) 服务文化培训');
      assert.deepEqual(d.fixes![0].edits, [{ path: '/ws/a.md', range: { start: pos(itemB, 9), end: pos(itemB, 9) }, newText: `\r\n\r\n${C}` }]);
      const fixed = applyEdits(a.texts, d.fixes![0].edits);
      assert.ok(fixed['a.md'].includes(`${C}\r\n\r\n<!-- evidence-disable-next-line title-mismatch -->\r\n#### 5.1.3.3 基础设施𠀀\r\n`));
      assert.equal(analyze(fixed, ATT).of('title-mismatch').length, 0);
    });
  });
});

/** The frontmatter's YAML of a document, which must parse without errors. */
function parsedFrontmatter(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  assert.ok(m, 'frontmatter');
  const doc = parseDocument(m[1]);
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    [],
  );
  return doc.toJS() as Record<string, unknown>;
}

describe('frontmatter edits keep the YAML valid and what the author wrote', () => {
  const PLACEHOLDER = '"Reason: why this clause does not apply"';
  const body = fullSet(['5.2.1.5', '5.2.3', '5.2.6']).slice(FM.length);

  describe('na-without-reason placeholder', () => {
    it('goes after the colon of an empty entry in a flow mapping, not after its closing brace', () => {
      const text = '---\nstandard: GB/T 27922-2011\nnot_applicable: {5.2.1.5: , 5.2.6: 仅线上销售}\n---\n' + body;
      const a = analyze({ 'a.md': text }, ATT);
      const [d] = a.of('na-without-reason');
      assert.deepEqual(d.fixes![0].edits, [{ path: '/ws/a.md', range: { start: pos(2, 26), end: pos(2, 26) }, newText: PLACEHOLDER }]);
      const fixed = applyEdits(a.texts, d.fixes![0].edits)['a.md'];
      assert.ok(fixed.startsWith(`---\nstandard: GB/T 27922-2011\nnot_applicable: {5.2.1.5: ${PLACEHOLDER}, 5.2.6: 仅线上销售}\n---\n`));
      assert.deepEqual(parsedFrontmatter(fixed).not_applicable, { '5.2.1.5': 'Reason: why this clause does not apply', '5.2.6': '仅线上销售' });
      const after = analyze({ 'a.md': fixed }, ATT);
      assert.deepEqual([after.of('na-without-reason'), after.of('frontmatter-invalid')], [[], []]);
    });

    it('goes before a trailing comment, which stays (CRLF, 𠀀)', () => {
      const text = crlf('---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.2.6: 仅线上销售𠀀\n  5.2.3:   # 待定𠀀\n---\n' + body);
      const a = analyze({ 'a.md': text }, ATT);
      const [d] = a.of('na-without-reason');
      assert.deepEqual(d.fixes![0].edits, [{ path: '/ws/a.md', range: { start: pos(4, 9), end: pos(4, 9) }, newText: PLACEHOLDER }]);
      const fixed = applyEdits(a.texts, d.fixes![0].edits)['a.md'];
      assert.ok(fixed.includes(`\r\n  5.2.6: 仅线上销售𠀀\r\n  5.2.3: ${PLACEHOLDER}  # 待定𠀀\r\n---\r\n`));
      assert.deepEqual(parsedFrontmatter(fixed).not_applicable, { '5.2.6': '仅线上销售𠀀', '5.2.3': 'Reason: why this clause does not apply' });
    });
  });

  describe('mark not applicable', () => {
    const mark = (text: string, id: string, reason: string): string => {
      const edit = notApplicableEdit(parseEvidenceDocument(`${ROOT}/a.md`, text), id, reason);
      assert.ok(edit, 'an edit');
      return applyEdits({ 'a.md': text }, [edit])['a.md'];
    };

    it('adds to a flow mapping in place: the comment stays, 1.50 stays 1.50, a reason with a line break is quoted', () => {
      const text = '---\nstandard: GB/T 27922-2011\nnot_applicable: {5.2.6: 1.50} # 备注\n---\n# x\n';
      const out = mark(text, '5.2.3', '第一行\n第二行');
      assert.equal(out, '---\nstandard: GB/T 27922-2011\nnot_applicable: {5.2.6: 1.50, "5.2.3": "第一行\\n第二行"} # 备注\n---\n# x\n');
      assert.deepEqual(parsedFrontmatter(out).not_applicable, { '5.2.6': 1.5, '5.2.3': '第一行\n第二行' });
    });

    it('replaces only the reason of a listed entry, keeping its comment and the other entries as written (CRLF, 𠀀)', () => {
      const text = crlf("---\nnot_applicable:\n  5.2.6: '旧理由' # 评审𠀀\n  5.2.3: 1.50\nstandard: GB/T 27922-2011\n---\n");
      const out = mark(text, '5.2.6', '不回收𠀀: 说明');
      assert.equal(out, crlf('---\nnot_applicable:\n  5.2.6: "不回收𠀀: 说明" # 评审𠀀\n  5.2.3: 1.50\nstandard: GB/T 27922-2011\n---\n'));
      assert.deepEqual(parsedFrontmatter(out).not_applicable, { '5.2.6': '不回收𠀀: 说明', '5.2.3': 1.5 });
    });

    it('adds below the last entry of a block mapping and its comment', () => {
      const text = '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.2.6: 不回收 # 评审\nowner: 张三\n---\n';
      const out = mark(text, '5.2.3', 'a\tb');
      assert.equal(out, '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.2.6: 不回收 # 评审\n  "5.2.3": "a\\tb"\nowner: 张三\n---\n');
      assert.deepEqual(parsedFrontmatter(out).not_applicable, { '5.2.6': '不回收', '5.2.3': 'a\tb' });
    });

    it('starts a block mapping under an empty key and keeps its comment on the key line', () => {
      const text = '---\nstandard: GB/T 27922-2011\nnot_applicable: ~ # 暂无\n---\n';
      const out = mark(text, '5.2.3', '不配送');
      assert.equal(out, '---\nstandard: GB/T 27922-2011\nnot_applicable: # 暂无\n  "5.2.3": 不配送\n---\n');
      assert.deepEqual(parsedFrontmatter(out).not_applicable, { '5.2.3': '不配送' });
    });
  });
});

describe('inserted sections go between blocks, group headings before their children', () => {
  const H1 =
    '## 5.1 售后服务体系\n\n### 5.1.1 组织架构\n\n#### 5.1.1.1 售后服务部门及职能岗位\n\n' +
    GOOD_BODY +
    '\n#### 5.1.1.2 服务网点覆盖与管理\n\n' +
    GOOD_BODY +
    '\n';
  // 5.1.1.2 is the missing leaf (5.1.1.3 is no requirement of its own: it counts for 5.1.1.2).
  const H1_ONE = '## 5.1 售后服务体系\n\n### 5.1.1 组织架构\n\n#### 5.1.1.1 售后服务部门及职能岗位\n\n' + GOOD_BODY + '\n';
  const STUB = stubOf('#### 5.1.1.2 服务网点覆盖与管理');
  const fixFor = (text: string, clause: string) =>
    analyze({ 'a.md': text }, ATT)
      .of('missing-clause')
      .find((d) => d.clause === clause)!.fixes![0].edits;
  const sectionIds = (text: string) => parseEvidenceDocument('/ws/a.md', text).sections.map((s) => s.id);

  it('goes above an unclosed <pre>, not inside it (CRLF, 𠀀)', () => {
    const text = crlf(FM + H1_ONE + '<pre>\n日志𠀀\n');
    const preLine = text.split('\r\n').indexOf('<pre>');
    assert.deepEqual(fixFor(text, '5.1.1.2'), [{ path: '/ws/a.md', range: { start: pos(preLine, 0), end: pos(preLine, 0) }, newText: crlf(STUB + '\n\n') }]);
    const fixed = applyEdits({ 'a.md': text }, fixFor(text, '5.1.1.2'))['a.md'];
    assert.deepEqual(sectionIds(fixed), ['5.1', '5.1.1', '5.1.1.1', '5.1.1.2']);
  });

  it('goes after a list item whose code block the next heading closes, not between the item and its code', () => {
    const text = FM + H1_ONE + '- 日志：\n\n  ```\n  log 𠀀\n\n### 5.1.2 人员配置\n';
    const logLine = text.split('\n').indexOf('  log 𠀀');
    assert.deepEqual(fixFor(text, '5.1.1.2'), [{ path: '/ws/a.md', range: { start: pos(logLine, 8), end: pos(logLine, 8) }, newText: '\n\n' + STUB }]);
    const fixed = applyEdits({ 'a.md': text }, fixFor(text, '5.1.1.2'))['a.md'];
    assert.ok(fixed.includes('- 日志：\n\n  ```\n  log 𠀀\n\n' + STUB + '\n\n### 5.1.2 人员配置\n'));
    assert.deepEqual(sectionIds(fixed), ['5.1', '5.1.1', '5.1.1.1', '5.1.1.2', '5.1.2']);
  });

  it('puts a missing group heading above its first child already there, and the missing leaf after that child (𠀀)', () => {
    const text = FM + H1 + '#### 5.1.1.3 自建或委托网点\n\n' + GOOD_BODY + '\n<!-- 注𠀀 -->\n#### 5.2.1.1 包装信息\n\n' + GOOD_BODY;
    const edits = fixFor(text, '5.2.1.2');
    const tagLine = text.split('\n').indexOf('<!-- 注𠀀 -->');
    const lines = text.split('\n');
    const end = lines.length - 2;
    assert.deepEqual(edits, [
      { path: '/ws/a.md', range: { start: pos(tagLine, 0), end: pos(tagLine, 0) }, newText: '## 5.2 商品服务\n\n### 5.2.1 商品信息\n\n' },
      {
        path: '/ws/a.md',
        range: { start: pos(end, lines[end].length), end: pos(end, lines[end].length) },
        newText: '\n\n' + stubOf('#### 5.2.1.2 附属文档'),
      },
    ]);
    const fixed = applyEdits({ 'a.md': text }, edits)['a.md'];
    assert.deepEqual(sectionIds(fixed).slice(5), ['5.2', '5.2.1', '5.2.1.1', '5.2.1.2']);
  });
});

describe('fixes on random documents', () => {
  it('mark not applicable: for random frontmatter and reasons, the edit keeps every other entry and the result parses with the reason', function () {
    this.timeout(120000);
    const entryLines = ['  5.2.6: 1.50', "  5.2.3: '不配送'", '  5.2.1: 不涉及 # 注', '  "5.3.1": "a: b"', '  5.2.2:', '  5.2.4: ~'];
    const frontmatter = fc.oneof(
      fc.subarray(entryLines, { minLength: 1 }).map((lines) => `not_applicable:\n${lines.join('\n')}`),
      fc
        .subarray(['5.2.6: 1.50', '5.2.3: 不配送', '5.2.2: ', '"5.3.1": "x, y"'], { minLength: 0 })
        .map((items) => `not_applicable: {${items.join(', ')}} # 备注`),
      fc.constantFrom('not_applicable:', 'not_applicable: ~ # 无', 'owner: 张三 # 负责人'),
    );
    const reason = fc.oneof(
      fc.constantFrom('第一行\n第二行', 'Reason: none', '# 不是注释', "it's", '"引号"', '𠀀 理由', '- 项', '1.50', 'true', ' 前后空格 '),
      fc.string({ maxLength: 12 }).filter((r) => r.trim() !== ''),
    );
    fc.assert(
      fc.property(frontmatter, fc.constantFrom('5.2.6', '5.2.3', '5.2.5', '5.3.1'), reason, fc.constantFrom('\n', '\r\n'), (yaml, id, why, eol) => {
        const text = `---\nstandard: GB/T 27922-2011\n${yaml}\n---\n# x\n`.replace(/\n/g, eol);
        const before = parsedFrontmatter(text);
        const edit = notApplicableEdit(parseEvidenceDocument(`${ROOT}/a.md`, text), id, why);
        assert.ok(edit, 'an edit');
        const after = parsedFrontmatter(applyEdits({ 'a.md': text }, [edit])['a.md']);
        const na = (after.not_applicable ?? {}) as Record<string, unknown>;
        assert.equal(String(na[id]), why);
        for (const [k, v] of Object.entries((before.not_applicable ?? {}) as Record<string, unknown>)) if (k !== id) assert.deepEqual(na[k], v);
        assert.equal(after.standard, 'GB/T 27922-2011');
      }),
      { numRuns: 400, seed: 8 },
    );
  });
});

describe('inserted sections on random documents', () => {
  const LINES = [
    '正文',
    '',
    '```',
    '~~~',
    '- ```',
    '  ```',
    '> ```',
    '- 项目',
    '1. 项目',
    '-',
    '  - 子项',
    '    缩进',
    '> 引用',
    '  正文',
    '<pre>',
    '</pre>',
    '<script>',
    '</script>',
    '<textarea>',
    '</textarea>',
    '<!-- 注释',
    '-->',
    '<?x',
    '?>',
    '<![CDATA[',
    ']]>',
    '<div>',
    '</div>',
    '<x-box>',
    '---',
    '===',
    '<!-- evidence-disable-next-line weak-thin -->',
    '<!-- clause: 5.1.2.1 -->',
    '### 说明',
  ];
  const headings = (text: string) => parseEvidenceDocument('/ws/a.md', text).headings.map((h) => `${h.level} ${h.text}`);

  it('a missing section goes where it changes no heading of the document and becomes a section itself', function () {
    this.timeout(120000);
    const body = fc.array(fc.constantFrom(...LINES), { maxLength: 12 });
    let placed = 0;
    fc.assert(
      fc.property(body, body, fc.constantFrom('\n', '\r\n'), (a, b, eol) => {
        const text = (
          FM +
          '## 5.1 售后服务体系\n\n### 5.1.3 资源配置\n\n#### 5.1.3.1 经费保障及专项经费\n\n' +
          a.join('\n') +
          '\n\n#### 5.1.3.2 内部保障\n\n' +
          b.join('\n') +
          '\n'
        ).replace(/\n/g, eol);
        const d = analyze({ 'a.md': text })
          .of('missing-clause')
          .find((x) => x.clause === '5.1.3.3' && x.fixes);
        if (!d) return; // 5.1.3.2 swallowed by a block: nothing to place after
        placed++;
        const fixed = applyEdits({ 'a.md': text }, d.fixes![0].edits)['a.md'];
        const after = headings(fixed);
        const inserted = '4 5.1.3.3 基础设施';
        assert.equal(after.filter((h) => h === inserted).length, 1, fixed);
        assert.deepEqual(
          after.filter((h) => h !== inserted),
          headings(text),
          fixed,
        );
        assert.ok(
          parseEvidenceDocument('/ws/a.md', fixed).sections.some((s) => s.id === '5.1.3.3'),
          fixed,
        );
      }),
      { numRuns: 300, seed: 9 },
    );
    assert.ok(placed > 150, `only ${placed} of 300 runs placed a section`);
  });
});
