// The questions editor features ask of an analysed set (clause under the cursor,
// references, the document a path names) and the set's id, over the set model
// that analyzeFolder returns.
import { strict as assert } from 'node:assert';
import { analyzeFolder, CatalogRegistry, DEFAULT_CONFIG, parseCatalog, parseEvidenceDocument } from '../../server/src/core';
import { clauseAt, documentAt, referencesTo, sectionsOf } from '../../server/src/core/analysis/setQueries';
import { registry, ROOT } from '../helpers/analyze';
import { FRONTMATTER, joinCrlf, joinLines, range } from './fixture';

function modelOf(docs: Record<string, string>) {
  const result = analyzeFolder({
    root: ROOT,
    config: DEFAULT_CONFIG,
    catalogs: registry(),
    documents: Object.entries(docs).map(([name, text]) => parseEvidenceDocument(`${ROOT}/${name}`, text)),
    fs: { exists: () => true },
    locale: 'zh-CN',
    now: new Date('2026-11-26T00:00:00Z'),
  });
  return result.sets;
}

describe('set queries', () => {
  const A = joinLines(
    '---',
    'standard: GB/T 27922-2011',
    'not_applicable:',
    '  5.2.6: 不回收',
    '  9.9.9: 未知',
    '---',
    '#### 5.1.1.1 部门',
    '',
    '见 §5.2.1 与 §9.9，𠀀 §5.1.1.2。',
    '',
    '#### 9.9.9 自编',
  );
  const B = joinCrlf(...FRONTMATTER, '## 5.2 服务', '', '另见 §5.2.1。');

  it('the set id is the folder and the standard, joined by #', () => {
    assert.deepEqual(
      modelOf({ 'a.md': A }).map((s) => s.id),
      ['/ws#GB/T 27922-2011'],
    );
  });

  it('documentAt: the set version of the document at a path; none for a path outside the set', () => {
    const [set] = modelOf({ 'a.md': A, 'b.md': B });
    assert.equal(documentAt(set.model, '/ws/b.md')?.text, B);
    assert.equal(documentAt(set.model, '/ws/a.md')?.text, A);
    assert.equal(documentAt(set.model, '/ws/c.md'), undefined);
  });

  it('referencesTo: every § reference to the clause across the set, with its range, and no other id', () => {
    const [set] = modelOf({ 'a.md': A, 'b.md': B });
    assert.deepEqual(
      referencesTo(set.model, '5.2.1').map((r) => [r.doc.path, r.range]),
      [
        ['/ws/a.md', range(8, 3, 8, 8)],
        ['/ws/b.md', range(5, 4, 5, 9)],
      ],
    );
    assert.deepEqual(
      referencesTo(set.model, '5.1.1.2').map((r) => [r.doc.path, r.range]),
      [['/ws/a.md', range(8, 20, 8, 27)]],
    );
    assert.deepEqual(referencesTo(set.model, '5.1'), []);
  });

  it('clauseAt: a known id in a heading, the id of a § reference (after 𠀀) or a not_applicable key, both ends included', () => {
    const [set] = modelOf({ 'a.md': A });
    const doc = documentAt(set.model, '/ws/a.md')!;
    const at = (line: number, character: number) => clauseAt(set.model, doc, { line, character });
    assert.deepEqual(at(6, 5), { id: '5.1.1.1', range: range(6, 5, 6, 12), kind: 'heading' });
    assert.deepEqual(at(6, 12), { id: '5.1.1.1', range: range(6, 5, 6, 12), kind: 'heading' });
    assert.equal(at(6, 13), undefined);
    assert.equal(at(8, 2), undefined);
    assert.deepEqual(at(8, 3), { id: '5.2.1', range: range(8, 3, 8, 8), kind: 'reference' });
    assert.deepEqual(at(8, 8), { id: '5.2.1', range: range(8, 3, 8, 8), kind: 'reference' });
    assert.deepEqual(at(8, 27), { id: '5.1.1.2', range: range(8, 20, 8, 27), kind: 'reference' });
    assert.equal(at(8, 28), undefined);
    assert.deepEqual(at(3, 2), { id: '5.2.6', range: range(3, 2, 3, 7), kind: 'not-applicable' });
  });

  it('clauseAt: ids the catalog does not know are no clause, in a heading, a reference or a not_applicable key', () => {
    const [set] = modelOf({ 'a.md': A });
    const doc = documentAt(set.model, '/ws/a.md')!;
    const at = (line: number, character: number) => clauseAt(set.model, doc, { line, character });
    assert.deepEqual([at(10, 6), at(8, 13), at(4, 3), at(7, 0)], [undefined, undefined, undefined, undefined]);
  });

  it('a document analysed again under an edited catalog of the same id takes its sections from the new catalog', () => {
    /** A small catalog T-1 with root 1 and the given leaves under it. */
    const catalogWith = (leaves: string[]) => {
      const text = joinLines(
        'schemaVersion: 1',
        'standard: { id: T-1, title: { zh: 测试 }, idPattern: "^[0-9]+(\\\\.[0-9]+)*$", roots: ["1"] }',
        'scoring: { levels: [{ min: 0, label: { zh: 不合格 } }] }',
        'clauses:',
        '  - { id: "1", title: { zh: 总则 }, confidence: verified }',
        ...leaves.map((id) => `  - { id: "${id}", parent: "1", title: { zh: 条款${id} }, confidence: verified }`),
      );
      const registry = new CatalogRegistry();
      registry.add(parseCatalog(text, '/ws/t.yaml').catalog!);
      return registry;
    };
    const doc = parseEvidenceDocument('/ws/a.md', joinLines('---', 'standard: T-1', '---', '## 1.1 条款', '', '正文。', '', '## 1.2 条款', ''));
    const analyse = (catalogs: CatalogRegistry, previous?: ReturnType<typeof analyzeFolder>) =>
      analyzeFolder(
        { root: ROOT, config: DEFAULT_CONFIG, catalogs, documents: [doc], fs: { exists: () => true }, locale: 'en', now: new Date('2026-11-26T00:00:00Z') },
        previous,
      );
    const before = analyse(catalogWith(['1.1', '1.2']));
    assert.deepEqual(
      sectionsOf(before.sets[0].model, '1.1').map((s) => s.candidate.heading.line),
      [3],
    );
    const after = analyse(catalogWith(['1.2']), before);
    assert.deepEqual(sectionsOf(after.sets[0].model, '1.1'), []);
    assert.deepEqual(
      sectionsOf(after.sets[0].model, '1.2').map((s) => [s.candidate.heading.line, s.clause?.title.zh]),
      [[7, '条款1.2']],
    );
  });
});
