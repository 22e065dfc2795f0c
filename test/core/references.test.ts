// § references in running text: non-canonical spellings, unknown ids, ids deeper
// than the catalog, and ranges in UTF-16 units on LF and CRLF documents.
import { strict as assert } from 'node:assert';
import { analyze } from '../helpers/analyze';
import { ATTACHMENT, FRONTMATTER, joinCrlf, joinLines, LINK, range, TEXT } from './fixture';

const doc = (join: (...l: string[]) => string, ...paragraphs: string[]) =>
  join(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', LINK, '', ...paragraphs.flatMap((p) => [p, '']));
const idDiagnostics = (text: string) =>
  analyze({ 'a.md': text }, ATTACHMENT)
    .diagnostics.filter((d) => d.rule === 'noncanonical-id' || d.rule === 'unknown-clause')
    .map((d) => ({ rule: d.rule, severity: d.severity, range: d.range, message: d.message, clause: d.clause, fixes: d.fixes }));

describe('§ references', () => {
  it('§ references: a full-width id is reported as non-canonical on its exact range, with a fix to the canonical id', () => {
    assert.deepEqual(idDiagnostics(doc(joinLines, '见 §５.１.１.２ 的网点清单。')), [
      {
        rule: 'noncanonical-id',
        severity: 'warning',
        range: range(9, 3, 9, 10),
        message: 'Clause id "５.１.１.２" is not written canonically; use 5.1.1.2.',
        clause: '5.1.1.2',
        fixes: [{ title: 'Write ５.１.１.２ as 5.1.1.2', edits: [{ path: '/ws/a.md', range: range(9, 3, 9, 10), newText: '5.1.1.2' }], isPreferred: true }],
      },
    ]);
  });

  it('§ references: ideographic full stops inside the id are non-canonical; a canonical id and a sentence-ending stop are not', () => {
    const found = idDiagnostics(doc(joinLines, '参见§ 5。1。1。2', '参见§5.1.1.2。'));
    assert.deepEqual(
      found.map((d) => [d.rule, d.range, d.fixes?.[0].edits[0].newText]),
      [['noncanonical-id', range(9, 4, 9, 11), '5.1.1.2']],
    );
  });

  it('§ references: an id the catalog lacks is an error; a non-canonical unknown id is reported twice over', () => {
    const found = idDiagnostics(doc(joinLines, '见§5.9.9', '见§５.９'));
    assert.deepEqual(
      found.map((d) => [d.rule, d.severity, d.range, d.message]),
      [
        ['unknown-clause', 'error', range(9, 2, 9, 7), 'Reference to §5.9.9, which is not a clause of GB/T 27922-2011.'],
        ['unknown-clause', 'error', range(11, 2, 11, 5), 'Reference to §5.9, which is not a clause of GB/T 27922-2011.'],
        ['noncanonical-id', 'warning', range(11, 2, 11, 5), 'Clause id "５.９" is not written canonically; use 5.9.'],
      ],
    );
  });

  it('§ references: an id deeper than an inferred leaf is only an info naming the leaf it falls under', () => {
    const found = idDiagnostics(doc(joinLines, '维修流程见§5.2.4.1。'));
    assert.deepEqual(found, [
      {
        rule: 'unknown-clause',
        severity: 'info',
        range: range(9, 6, 9, 13),
        message: 'Reference to §5.2.4.1, which is not in the catalog; it falls under 5.2.4 Repair and maintenance.',
        clause: '5.2.4.1',
        fixes: undefined,
      },
    ]);
  });

  it('§ references: a § before a heading id makes a section, not a reference', () => {
    const text = joinLines(...FRONTMATTER, '#### §5.1.1.1 部门', '', TEXT, '', LINK);
    const a = analyze({ 'a.md': text }, ATTACHMENT);
    assert.deepEqual(
      a.diagnostics.filter((d) => d.rule === 'noncanonical-id' || d.rule === 'unknown-clause'),
      [],
    );
    assert.equal(a.coverage[0].clauses.find((c) => c.id === '5.1.1.1')!.status, 'covered');
  });

  it('§ references: after an HTML entity or an escape, the range still points at the id in the source', () => {
    const found = idDiagnostics(doc(joinLines, '甲&amp;乙 见§５.１.１.２', '\\*注 见§５.１.１.２'));
    assert.deepEqual(
      found.map((d) => [d.rule, d.range]),
      [
        ['noncanonical-id', range(9, 10, 9, 17)],
        ['noncanonical-id', range(11, 6, 11, 13)],
      ],
    );
  });

  it('§ references: ranges count UTF-16 units after an astral character, on LF and CRLF alike', () => {
    for (const join of [joinLines, joinCrlf]) {
      const found = idDiagnostics(doc(join, '𠀀 见§５.１.１.２'));
      assert.deepEqual(
        found.map((d) => [d.rule, d.range]),
        [['noncanonical-id', range(9, 5, 9, 12)]],
        join.name,
      );
    }
  });
});
