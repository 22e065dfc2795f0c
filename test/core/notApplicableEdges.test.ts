// The "mark not applicable" frontmatter edit on the shapes not_applicable takes in real files.
import { strict as assert } from 'node:assert';
import { notApplicableEdit, parseEvidenceDocument } from '../../server/src/core';
import { applyEdits } from '../helpers/analyze';
import { joinCrlf, joinLines } from './fixture';

const mark = (text: string, id: string, reason: string): string | undefined => {
  const edit = notApplicableEdit(parseEvidenceDocument('/ws/a.md', text), id, reason);
  return edit && applyEdits({ 'a.md': text }, [edit])['a.md'];
};
const fm = (...lines: string[]) => joinLines('---', 'standard: GB/T 27922-2011', ...lines, '---', '# x');

describe('mark not applicable: frontmatter shapes', () => {
  it('not-applicable edit: an empty flow mapping is extended in place (its comment stays); ~ and null become a block with the entry', () => {
    assert.equal(mark(fm('not_applicable: {}', 'owner: 张三'), '5.2.6', '不回收'), fm('not_applicable: {"5.2.6": 不回收}', 'owner: 张三'));
    assert.equal(mark(fm('not_applicable: {}  # 暂无', 'owner: 张三'), '5.2.6', '不回收'), fm('not_applicable: {"5.2.6": 不回收}  # 暂无', 'owner: 张三'));
    for (const empty of ['~', 'null']) {
      assert.equal(mark(fm(`not_applicable: ${empty}`, 'owner: 张三'), '5.2.6', '不回收'), fm('not_applicable: ', '  "5.2.6": 不回收', 'owner: 张三'), empty);
    }
  });

  it('not-applicable edit: an inline mapping that does not parse gets no edit', () => {
    assert.equal(mark(fm('not_applicable: {5.2.6: [不回收'), '5.2.3', '不配送'), undefined);
  });

  it('not-applicable edit: a block with blank lines and a quoted key is extended after its last entry; a quoted key is matched', () => {
    const text = fm('not_applicable:', "  '5.2.6': 不回收", '', '  "5.2.5": 不涉及', 'owner: 张三');
    assert.equal(mark(text, '5.2.3', '不配送'), fm('not_applicable:', "  '5.2.6': 不回收", '', '  "5.2.5": 不涉及', '  "5.2.3": 不配送', 'owner: 张三'));
    assert.equal(mark(text, '5.2.5', '新理由'), fm('not_applicable:', "  '5.2.6': 不回收", '', '  "5.2.5": 新理由', 'owner: 张三'));
  });

  it('not-applicable edit: an empty block key at the end of the frontmatter gets its first entry indented by two spaces', () => {
    assert.equal(mark(fm('not_applicable:'), '5.2.6', '不回收'), fm('not_applicable:', '  "5.2.6": 不回收'));
  });

  it('not-applicable edit: reasons YAML would misread are quoted; plain ones are not', () => {
    const reasonOf = (reason: string) => mark(fm(), '5.2.6', reason)!.split('\n')[3];
    assert.deepEqual(['不回收', '- 列表', '原因: 无', '# 注释', '尾随空格 ', '"引号"', '100%'].map(reasonOf), [
      '  "5.2.6": 不回收',
      '  "5.2.6": "- 列表"',
      '  "5.2.6": "原因: 无"',
      '  "5.2.6": "# 注释"',
      '  "5.2.6": "尾随空格 "',
      '  "5.2.6": "\\"引号\\""',
      '  "5.2.6": 100%',
    ]);
  });

  it('not-applicable edit: a block ended by ... is no frontmatter to the parser, so it gets no edit; CRLF is kept in a block extension', () => {
    assert.equal(mark(joinLines('---', 'standard: GB/T 27922-2011', '...', '# x'), '5.2.6', '不回收'), undefined);
    const crlf = joinCrlf('---', 'standard: GB/T 27922-2011', 'not_applicable:', '  5.2.6: 不回收', '---', '# x');
    assert.equal(
      mark(crlf, '5.2.3', '不配送'),
      joinCrlf('---', 'standard: GB/T 27922-2011', 'not_applicable:', '  5.2.6: 不回收', '  "5.2.3": 不配送', '---', '# x'),
    );
  });

  it('not-applicable edit: a not_applicable: text inside another value is not the key; a space before the colon still is', () => {
    assert.equal(mark(fm('note: "见 not_applicable: 下文"'), '5.2.6', '不回收'), fm('note: "见 not_applicable: 下文"', 'not_applicable:', '  "5.2.6": 不回收'));
    assert.equal(mark(fm('not_applicable :', '  5.2.6: 不回收'), '5.2.3', '不配送'), fm('not_applicable :', '  5.2.6: 不回收', '  "5.2.3": 不配送'));
  });

  it('not-applicable edit: the key on the first frontmatter line is found', () => {
    const text = joinLines('---', 'not_applicable:', '  5.2.6: 不回收', 'standard: GB/T 27922-2011', '---');
    assert.equal(
      mark(text, '5.2.3', '不配送'),
      joinLines('---', 'not_applicable:', '  5.2.6: 不回收', '  "5.2.3": 不配送', 'standard: GB/T 27922-2011', '---'),
    );
  });

  it("not-applicable edit: the new entry takes the first entry's indent and goes after the last entry, not after a continuation or a blank line", () => {
    const text = fm('not_applicable:', '  5.2.6: 很长的理由', '    续行', '  ', 'owner: 张三');
    assert.equal(mark(text, '5.2.3', '不配送'), fm('not_applicable:', '  5.2.6: 很长的理由', '    续行', '  "5.2.3": 不配送', '  ', 'owner: 张三'));
  });

  it('not-applicable edit: an inline mapping is extended in place, its entry without a reason kept as written; inner spaces need no quotes', () => {
    assert.equal(mark(fm('not_applicable: {5.2.6: ~}'), '5.2.3', '不 配送'), fm('not_applicable: {5.2.6: ~, "5.2.3": 不 配送}'));
  });
});
