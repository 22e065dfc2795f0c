import { strict as assert } from 'node:assert';
import { parseEvidenceDocument } from '../../server/src/core';
import { notApplicableEdit } from '../../server/src/core/fixes/notApplicable';
import { applyEdits, ROOT } from '../helpers/analyze';

const mark = (text: string, id: string, reason: string): string => {
  const edit = notApplicableEdit(parseEvidenceDocument(`${ROOT}/a.md`, text), id, reason);
  assert.ok(edit, 'an edit');
  return applyEdits({ 'a.md': text }, [edit])['a.md'];
};

describe('mark not applicable (frontmatter edit)', () => {
  it('adds the key when the frontmatter has none', () => {
    assert.equal(
      mark('---\nstandard: GB/T 27922-2011\n---\n# x\n', '5.2.6', '不回收'),
      '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  "5.2.6": 不回收\n---\n# x\n',
    );
  });

  it('extends a block mapping with its indentation, and replaces an entry already there', () => {
    const text = '---\nstandard: GB/T 27922-2011\nnot_applicable:\n    5.2.6: 旧理由\nowner: 张三\n---\n';
    assert.equal(mark(text, '5.2.3', '不配送'), '---\nstandard: GB/T 27922-2011\nnot_applicable:\n    5.2.6: 旧理由\n    "5.2.3": 不配送\nowner: 张三\n---\n');
    assert.equal(mark(text, '5.2.6', '新理由'), '---\nstandard: GB/T 27922-2011\nnot_applicable:\n    5.2.6: 新理由\nowner: 张三\n---\n');
  });

  it('extends an inline mapping in place and quotes reasons YAML would misread', () => {
    const text = '---\nstandard: GB/T 27922-2011\nnot_applicable: {5.2.6: 不回收}\n---\n';
    assert.equal(mark(text, '5.2.3', 'Reason: none'), '---\nstandard: GB/T 27922-2011\nnot_applicable: {5.2.6: 不回收, "5.2.3": "Reason: none"}\n---\n');
  });

  it('keeps CRLF line endings, and the result is valid frontmatter with the entry', () => {
    const text = '---\r\nstandard: GB/T 27922-2011\r\n---\r\n# x\r\n';
    const out = mark(text, '5.2.6', '不回收');
    assert.equal(out.replace(/\r\n/g, '').includes('\n'), false);
    const fm = parseEvidenceDocument(`${ROOT}/a.md`, out).frontmatter!;
    assert.deepEqual(fm.problems, []);
    assert.deepEqual(
      fm.notApplicable.map((e) => [e.id, e.reason]),
      [['5.2.6', '不回收']],
    );
  });

  it('returns no edit for a document without frontmatter', () => {
    assert.equal(notApplicableEdit(parseEvidenceDocument(`${ROOT}/a.md`, '# x\n'), '5.2.6', 'r'), undefined);
  });
});
