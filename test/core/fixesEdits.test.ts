// The edits the fixes build, applied to the text: where a missing section goes
// and what it says, which empty stubs are removed, and the frontmatter edits
// of "mark not applicable", with Chinese text, CRLF and astral characters.
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { DEFAULT_CONFIG, insertSectionsForSet, notApplicableEdit, parseEvidenceDocument } from '../../server/src/core';
import { buildSetContext, type SetContext } from '../../server/src/core/analysis/setContext';
import type { Clause } from '../../server/src/core/catalog/catalog';
import { beforeTrailingComments, insertBlocksEdit, safePlace } from '../../server/src/core/fixes/insertionPlace';
import { hasReason } from '../../server/src/core/fixes/frontmatterEdit';
import { reasonEdit } from '../../server/src/core/fixes/notApplicable';
import { removeEmptySections } from '../../server/src/core/fixes/removeEmptySections';
import { stubBlocks, stubLines } from '../../server/src/core/fixes/sectionStub';
import { applyEdits } from '../helpers/analyze';
import { freshRegistry, joinCrlf, joinLines, stubOf } from './fixture';

/** The set model of in-memory documents under /ws, with a freshly parsed catalog. */
function modelOf(docs: Record<string, string>): SetContext {
  return buildSetContext({
    root: '/ws',
    catalog: freshRegistry().all()[0],
    config: DEFAULT_CONFIG,
    documents: Object.entries(docs).map(([name, text]) => parseEvidenceDocument(`/ws/${name}`, text)),
    fs: { exists: () => true },
    now: new Date('2026-11-26T00:00:00Z'),
    locale: 'en',
  });
}

const insert = (docs: Record<string, string>, ids: string[]) => applyEdits(docs, insertSectionsForSet(modelOf(docs), ids));
const remove = (docs: Record<string, string>, id: string) => applyEdits(docs, removeEmptySections(modelOf(docs), id));

const BODY = '本公司设立客户服务中心，职责明确。';
const FM = ['---', 'standard: GB/T 27922-2011', '---'];
const H = {
  '5.1': '## 5.1 售后服务体系',
  '5.1.1': '### 5.1.1 组织架构',
  '5.1.2': '### 5.1.2 人员配置',
  '5.1.3': '### 5.1.3 资源配置',
};

describe('fix edits applied to the text', () => {
  describe('removeEmptySections', () => {
    it('removes an empty section from its heading line through its line break, and leaves a written section alone (Chinese, CRLF)', () => {
      const text = joinCrlf(...FM, '#### 5.3.2 投诉处理', '', '#### 5.3.1 顾客关系', '', BODY);
      const docs = { 'a.md': text };
      assert.deepEqual(removeEmptySections(modelOf(docs), '5.3.2'), [
        { path: '/ws/a.md', range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, newText: '' },
      ]);
      assert.equal(remove(docs, '5.3.2')['a.md'], joinCrlf(...FM, '', '#### 5.3.1 顾客关系', '', BODY));
      assert.deepEqual(removeEmptySections(modelOf(docs), '5.3.1'), []);
    });

    it('removes an untouched stub with its comment and checklist, in every document of the set', () => {
      const stub = stubOf('#### 5.1.1.2 服务网点覆盖与管理');
      const docs = { 'a.md': joinLines(...FM, stub, '', '#### 5.1.1.3 自建或委托网点', '', BODY), 'b.md': joinLines('# 附录', '', stub) };
      const after = remove(docs, '5.1.1.2');
      assert.equal(after['a.md'], joinLines(...FM, '', '#### 5.1.1.3 自建或委托网点', '', BODY));
      assert.equal(after['b.md'], joinLines('# 附录', ''));
    });

    it('removes an empty last section of a document without a final line break up to the end of the text (𠀀)', () => {
      const docs = { 'a.md': joinLines(...FM, '#### 5.3.1 顾客关系𠀀', '', BODY, '') + '#### 5.3.2 投诉处理𠀀' };
      assert.deepEqual(removeEmptySections(modelOf(docs), '5.3.2'), [
        { path: '/ws/a.md', range: { start: { line: 7, character: 0 }, end: { line: 7, character: 17 } }, newText: '' },
      ]);
      assert.equal(remove(docs, '5.3.2')['a.md'], joinLines(...FM, '#### 5.3.1 顾客关系𠀀', '', BODY, ''));
    });

    it('keeps an empty section with a deeper section inside it, and one with its own text', () => {
      const docs = {
        'a.md': joinLines(...FM, '### 5.2.2 技术支持', '', '#### 附表', '', BODY, '', '### 5.2.3 配送', '', '待补充', '', '有车辆调度记录。'),
      };
      assert.deepEqual(removeEmptySections(modelOf(docs), '5.2.2'), []);
      assert.deepEqual(removeEmptySections(modelOf(docs), '5.2.3'), []);
    });
  });

  describe('insertSectionsForSet', () => {
    const S111 = '#### 5.1.1.1 售后服务部门及职能岗位';
    const S112 = '#### 5.1.1.2 服务网点覆盖与管理';

    it('with no earlier clause in the document: at the end of its content, in catalog order, missing ancestors once, at the level of the first section (CRLF, 𠀀)', () => {
      const docs = { 'a.md': joinCrlf(...FM, '## 5.2 商品服务', '', '包装记录𠀀齐全。', '', '') };
      assert.equal(
        insert(docs, ['5.1.1.2', '5.1.1.1'])['a.md'],
        joinCrlf(...FM, '## 5.2 商品服务', '', '包装记录𠀀齐全。', '', H['5.1'], '', H['5.1.1'], '', stubOf(S111, '\r\n'), '', stubOf(S112, '\r\n'), '', ''),
      );
    });

    it('after the own text of the root clause when it is the latest earlier section', () => {
      const docs = { 'a.md': joinLines(...FM, '# 5 评价指标', '', '总体说明。', '', '## 5.2 商品服务', '', BODY) };
      assert.equal(
        insert(docs, ['5.1.1.1'])['a.md'],
        joinLines(...FM, '# 5 评价指标', '', '总体说明。', '', H['5.1'], '', H['5.1.1'], '', stubOf(S111), '', '## 5.2 商品服务', '', BODY),
      );
    });

    it('after the first of the latest earlier sections in catalog order, not after a later one in the document', () => {
      const docs = { 'a.md': joinLines(...FM, S111, '', '甲。', '', S111, '', '乙。', '', '### 5.1.1 组织架构', '', '丙。') };
      assert.equal(
        insert(docs, ['5.1.1.2'])['a.md'],
        joinLines(...FM, H['5.1'], '', S111, '', '甲。', '', stubOf(S112), '', S111, '', '乙。', '', '### 5.1.1 组织架构', '', '丙。'),
      );
    });

    it('in the document of its nearest ancestor with a section, not of a later clause in another document', () => {
      const docs = { 'a.md': joinLines(...FM, H['5.1.1'], '', '组织说明。'), 'b.md': joinLines(S111, '', BODY) };
      const after = insert(docs, ['5.1.1.2']);
      assert.equal(after['a.md'], joinLines(...FM, H['5.1'], '', H['5.1.1'], '', '组织说明。', '', stubOf(S112)));
      assert.equal(after['b.md'], docs['b.md']);
    });

    it('at the heading level of the preceding section, after its deeper headings, with the missing group above the earlier child', () => {
      const docs = { 'a.md': joinLines(...FM, '# 5.1 售后服务体系', '', '体系说明。', '', S111, '', BODY, '', '##### 附表', '', '表格说明。') };
      assert.equal(
        insert(docs, ['5.1.1.2'])['a.md'],
        joinLines(...FM, '# 5.1 售后服务体系', '', '体系说明。', '', H['5.1.1'], '', S111, '', BODY, '', '##### 附表', '', '表格说明。', '', stubOf(S112)),
      );
    });

    it('each missing group above its own first child: two groups in two places', () => {
      const docs = { 'a.md': joinLines(...FM, '### 5.2.2 技术支持', '', '支持说明。', '', '#### 5.2.1.1 包装信息', '', '包装说明𠀀。') };
      assert.equal(
        insert(docs, ['5.2.1.2'])['a.md'],
        joinLines(
          ...FM,
          '## 5.2 商品服务',
          '',
          '### 5.2.2 技术支持',
          '',
          '支持说明。',
          '',
          '### 5.2.1 商品信息',
          '',
          '#### 5.2.1.1 包装信息',
          '',
          '包装说明𠀀。',
          '',
          stubOf('#### 5.2.1.2 附属文档'),
        ),
      );
    });

    it('a group heading goes above a child before the insertion point only: one after it gets the heading with the stub', () => {
      const docs = { 'a.md': joinLines(...FM, S111, '', BODY, '', '#### 5.1.2.2 售后服务管理师配置', '', '管理师在岗。') };
      assert.equal(
        insert(docs, ['5.1.2.1'])['a.md'],
        joinLines(
          ...FM,
          H['5.1'],
          '',
          S111,
          '',
          BODY,
          '',
          H['5.1.2'],
          '',
          stubOf('#### 5.1.2.1 技术及业务人员资质'),
          '',
          '#### 5.1.2.2 售后服务管理师配置',
          '',
          '管理师在岗。',
        ),
      );
    });

    it('two leaves under one missing group get its heading once, above the earlier child', () => {
      const docs = { 'a.md': joinLines(...FM, '#### 5.1.3.1 经费保障及专项经费', '', '经费充足。') };
      assert.equal(
        insert(docs, ['5.1.2.1', '5.1.1.1'])['a.md'],
        joinLines(
          ...FM,
          H['5.1'],
          '',
          '#### 5.1.3.1 经费保障及专项经费',
          '',
          '经费充足。',
          '',
          H['5.1.1'],
          '',
          stubOf(S111),
          '',
          H['5.1.2'],
          '',
          stubOf('#### 5.1.2.1 技术及业务人员资质'),
        ),
      );
    });

    it('a heading-only preceding section: the group goes above it, the stub below it', () => {
      const docs = { 'a.md': joinLines(...FM, S111) };
      assert.equal(insert(docs, ['5.1.1.2'])['a.md'], joinLines(...FM, H['5.1'], '', H['5.1.1'], '', S111, '', stubOf(S112)));
    });

    it('an unclosed fence at the end: the stub goes above the fence, the group still above the earlier child', () => {
      const docs = { 'a.md': joinLines(...FM, S111, '', BODY, '', '```', '代码') };
      assert.equal(insert(docs, ['5.1.1.2'])['a.md'], joinLines(...FM, H['5.1'], '', H['5.1.1'], '', S111, '', BODY, '', stubOf(S112), '', '```', '代码'));
    });

    it('a group heading goes above the whole-line comments right above the child, not above a line that only ends or starts with one', () => {
      const above = (line: string) => insert({ 'a.md': joinLines(...FM, line, S111) }, ['5.1.1.2'])['a.md'];
      assert.equal(above('<!-- 第一节 -->  '), joinLines(...FM, H['5.1'], '', H['5.1.1'], '', '<!-- 第一节 -->  ', S111, '', stubOf(S112)));
      assert.equal(above('说明<!-- 注 -->'), joinLines(...FM, '说明<!-- 注 -->', H['5.1'], '', H['5.1.1'], '', S111, '', stubOf(S112)));
      assert.equal(above('<!-- 注 -->说明'), joinLines(...FM, '<!-- 注 -->说明', H['5.1'], '', H['5.1.1'], '', S111, '', stubOf(S112)));
    });

    it('sections of ids the catalog does not know neither choose the document nor set the heading level', () => {
      const index = ['---', 'standard: GB/T 27922-2011', 'index: true', '---'];
      const docs = {
        'b.md': joinLines('## 5.9 其他事项', '', '附录说明。'),
        'a.md': joinLines(...index, '## 5.9 其他事项', '', '#### 5.2.1.1 包装信息', '', '包装说明。'),
      };
      const after = insert(docs, ['5.1.1.1']);
      assert.equal(
        after['a.md'],
        joinLines(...index, '## 5.9 其他事项', '', '#### 5.2.1.1 包装信息', '', '包装说明。', '', H['5.1'], '', H['5.1.1'], '', stubOf(S111)),
      );
      assert.equal(after['b.md'], docs['b.md']);
    });
  });

  describe('mark not applicable in the frontmatter', () => {
    const mark = (text: string, id: string, reason: string): string | undefined => {
      const edit = notApplicableEdit(parseEvidenceDocument('/ws/a.md', text), id, reason);
      return edit && applyEdits({ 'a.md': text }, [edit])['a.md'];
    };
    const fm = (...lines: string[]) => joinLines('---', 'standard: GB/T 27922-2011', ...lines, '---', '# 售后服务');

    it('adds the key after the last line of the frontmatter, and into an empty one; a frontmatter that is no mapping gets no edit (CRLF, 𠀀)', () => {
      assert.equal(mark(fm('owner: 张三'), '5.2.6', '不回收𠀀'), fm('owner: 张三', 'not_applicable:', '  "5.2.6": 不回收𠀀'));
      assert.equal(
        mark(joinCrlf('---', 'owner: 张三', '---', '# 售后服务'), '5.2.6', '不回收'),
        joinCrlf('---', 'owner: 张三', 'not_applicable:', '  "5.2.6": 不回收', '---', '# 售后服务'),
      );
      assert.equal(
        mark(joinLines('---', '', '---', '# 售后服务'), '5.2.6', '不回收'),
        joinLines('---', 'not_applicable:', '  "5.2.6": 不回收', '---', '# 售后服务'),
      );
      assert.equal(mark(joinLines('---', '- 列表', '---', '# 售后服务'), '5.2.6', '不回收'), undefined);
    });

    it('a frontmatter with no line between its fences gets the key and a line break before the closing fence (LF, CRLF)', () => {
      assert.equal(
        mark(joinLines('---', '---', '# 售后服务'), '5.2.6', '不回收'),
        joinLines('---', 'not_applicable:', '  "5.2.6": 不回收', '---', '# 售后服务'),
      );
      assert.equal(mark(joinCrlf('---', '---', '# 售后服务'), '5.2.6', '不回收'), joinCrlf('---', 'not_applicable:', '  "5.2.6": 不回收', '---', '# 售后服务'));
    });

    it('an empty quoted value becomes a block, its comment kept; a text or a list value gets no edit', () => {
      assert.equal(mark(fm("not_applicable: ''"), '5.2.6', '不回收'), fm('not_applicable: ', '  "5.2.6": 不回收'));
      assert.equal(mark(fm("not_applicable: ''  # 暂无"), '5.2.6', '不回收'), fm('not_applicable: # 暂无', '  "5.2.6": 不回收'));
      assert.equal(mark(fm('not_applicable: 无'), '5.2.6', '不回收'), undefined);
      assert.equal(mark(fm('not_applicable: [5.2.3]'), '5.2.6', '不回收'), undefined);
    });

    it('a new block entry takes the indentation of the first entry (CRLF)', () => {
      const text = joinCrlf('---', 'not_applicable:', '    5.2.3: 不配送', '---', '# 售后服务');
      assert.equal(mark(text, '5.2.6', '不回收'), joinCrlf('---', 'not_applicable:', '    5.2.3: 不配送', '    "5.2.6": 不回收', '---', '# 售后服务'));
    });

    it('a new flow entry goes after a trailing comma when there is one, else after a comma of its own', () => {
      assert.equal(mark(fm('not_applicable: {5.2.3: 不配送}'), '5.2.6', '不回收'), fm('not_applicable: {5.2.3: 不配送, "5.2.6": 不回收}'));
      assert.equal(mark(fm('not_applicable: {5.2.3: 不配送,}'), '5.2.6', '不回收'), fm('not_applicable: {5.2.3: 不配送, "5.2.6": 不回收}'));
      assert.equal(mark(fm('not_applicable: {5.2.3: 不配送 , }'), '5.2.6', '不回收'), fm('not_applicable: {5.2.3: 不配送 , "5.2.6": 不回收 }'));
    });

    it('a listed entry without a reason gets it after its colon: a space before a comment, none before the line end', () => {
      assert.equal(mark(fm('not_applicable:', '  5.2.6 :'), '5.2.6', '不回收'), fm('not_applicable:', '  5.2.6 : 不回收'));
      assert.equal(mark(fm('not_applicable:', '  5.2.6: # 待定'), '5.2.6', '不回收'), fm('not_applicable:', '  5.2.6: 不回收 # 待定'));
      assert.equal(mark(fm('not_applicable: {5.2.6:}'), '5.2.6', '不回收'), fm('not_applicable: {5.2.6: 不回收}'));
    });

    it('reasons YAML reads as a number, a boolean or null are quoted', () => {
      const reasonOf = (reason: string) => mark(fm(), '5.2.6', reason)!.split('\n')[3];
      assert.deepEqual(['100', 'true', '~', 'null'].map(reasonOf), ['  "5.2.6": "100"', '  "5.2.6": "true"', '  "5.2.6": "~"', '  "5.2.6": "null"']);
    });

    it('a frontmatter with a duplicate key gets no edit: the result would not parse as a mapping', () => {
      assert.equal(mark(fm('owner: 张三', 'owner: 李四'), '5.2.6', '不回收'), undefined);
    });

    it('hasReason reads the reason back as the frontmatter reader does: a scalar of the same text, under a not_applicable mapping', () => {
      const has = (yaml: string, reason: string) => hasReason(parseDocument(yaml), '5.2.6', reason);
      assert.deepEqual(
        [
          has('not_applicable: {5.2.6: 不回收}', '不回收'),
          has('not_applicable: {5.2.6: 100}', '100'),
          has('not_applicable: {5.2.6: true}', 'true'),
          has('not_applicable: {5.2.6: 其他}', '不回收'),
          has('not_applicable: {5.2.6: [不回收]}', '不回收'),
          has('not_applicable: {5.2.6: null}', 'null'),
          has('not_applicable: 不回收', '不回收'),
          has('owner: 张三', '不回收'),
        ],
        [true, true, true, false, false, false, false, false],
      );
    });

    it('reasonEdit replaces the reason of the entry whose key starts at the offset, and of no other (Chinese, 𠀀)', () => {
      const text = fm('not_applicable:', '  5.2.6: 不回收𠀀', '  5.2.3: 待补充');
      const doc = parseEvidenceDocument('/ws/a.md', text);
      const edit = reasonEdit(doc, text.indexOf('5.2.3'), '不经营配送');
      assert.equal(applyEdits({ 'a.md': text }, [edit!])['a.md'], fm('not_applicable:', '  5.2.6: 不回收𠀀', '  5.2.3: 不经营配送'));
      assert.equal(reasonEdit(doc, text.indexOf('5.2.3') + 1, '不经营配送'), undefined);
    });
  });

  describe('insertion place', () => {
    const doc = (text: string) => parseEvidenceDocument('/ws/a.md', text);
    const pos = (line: number, character: number) => ({ line, character });

    it('beforeTrailingComments: from a whole-line comment up over comments and blank lines to the end of the text above (𠀀)', () => {
      const above = (line: string) => beforeTrailingComments(doc(joinLines('正文𠀀', '   ', line, '#### 网点')), pos(2, line.length));
      assert.deepEqual(above('<!-- clause: 5.1.1.2 -->'), pos(0, 4));
      assert.deepEqual(above('  <!-- 注 -->'), pos(0, 4));
      assert.deepEqual(above('<!-- 注 -->  '), pos(0, 4));
      assert.deepEqual(above('说明 <!-- 注 -->'), pos(2, 13));
      assert.deepEqual(above('<!-- 注 --> 说明'), pos(2, 13));
      assert.deepEqual(beforeTrailingComments(doc(joinLines('正文𠀀', '<!-- 注 -->')), pos(0, 2)), pos(0, 2));
      assert.deepEqual(beforeTrailingComments(doc(joinLines('<!-- 注 -->', '正文')), pos(0, 10)), pos(0, 10));
    });

    it('safePlace: a line start inside a list item, or aimed at by a disable comment, moves up to the nearest fresh unindented line', () => {
      assert.deepEqual(safePlace(doc(joinLines('- 列表项', '  续行', '', '正文')), pos(1, 0)), pos(0, 0));
      const aimed = doc(joinLines('正文', '', '<!-- evidence-disable-next-line title-mismatch -->', '#### 5.1.1.2 网点'));
      assert.deepEqual(safePlace(aimed, pos(3, 0)), pos(2, 0));
      assert.deepEqual(safePlace(doc(joinLines('正文', '', '甲')), pos(2, 0)), pos(2, 0));
    });

    it('safePlace: a line end stays when the next non-blank line starts afresh, else moves to the start of its own line', () => {
      assert.deepEqual(safePlace(doc(joinLines('甲𠀀', '   ', '乙')), pos(0, 3)), pos(0, 3));
      assert.deepEqual(safePlace(doc(joinLines('正文', '', '```', '代码')), pos(2, 3)), pos(2, 0));
    });

    it("insertBlocksEdit: blank lines keep the blocks apart from the text before and after, in the document's line breaks (CRLF, 𠀀)", () => {
      const put = (text: string, at: { line: number; character: number }) =>
        applyEdits({ 'a.md': text }, [insertBlocksEdit(doc(text), at, ['甲', '乙'])])['a.md'];
      assert.equal(put(joinCrlf('正文𠀀', '丙'), pos(0, 4)), joinCrlf('正文𠀀', '', '甲', '', '乙', '', '丙'));
      assert.equal(put(joinLines('正文', '丙'), pos(1, 0)), joinLines('正文', '甲', '', '乙', '', '丙'));
      assert.equal(put(joinLines('正文', ''), pos(1, 0)), joinLines('正文', '甲', '', '乙', ''));
      assert.equal(put(joinLines('正文', '  ', '丙'), pos(0, 2)), joinLines('正文', '', '甲', '', '乙', '  ', '丙'));
      assert.equal(put('正文', pos(0, 2)), '正文\n\n甲\n\n乙');
    });
  });

  describe('section stub', () => {
    const clause = (over: Partial<Clause>): Clause => ({ id: '5.9.9', title: { zh: '示例', en: 'Example' }, confidence: 'verified', ...over });

    it('an inferred item loses only its leading （推断） and says it in full after the text; a clause without typical evidence asks for any', () => {
      const c = clause({
        items: [
          { key: 'a', text: { zh: '（推断）记录', en: 'x' }, confidence: 'inferred' },
          { key: 'b', text: { zh: '记录（推断）结果', en: 'x' }, confidence: 'inferred' },
        ],
      });
      assert.deepEqual(stubBlocks(c, '\r\n'), [
        'a) 记录（推断，非标准原文）',
        'b) 记录（推断）结果（推断，非标准原文）',
        '典型证据（请逐项替换为本单位的实际做法，并链接记录文件）：\r\n\r\n- [ ] 待补充：描述证据\r\n- [文件名](附件/文件名.pdf)',
      ]);
    });

    it('the stub lines are its non-blank lines, trimmed', () => {
      const c = clause({ text: { zh: '要求𠀀', en: 'x' }, items: [{ key: 'a', text: { zh: '记录 ', en: 'x' } }], evidence: ['记录'] });
      assert.deepEqual(
        [...stubLines(c)],
        [
          '<!-- 标准要求：要求𠀀 -->',
          'a) 记录',
          '典型证据（请逐项替换为本单位的实际做法，并链接记录文件）：',
          '- [ ] 待补充：记录',
          '- [文件名](附件/文件名.pdf)',
        ],
      );
    });
  });
});
