// analyzeFolder: which documents form which set, the index document, and the
// per-document results reused across analyses only while their inputs are the same.
import { strict as assert } from 'node:assert';
import { analyzeFolder, DEFAULT_CONFIG, parseCatalog, parseEvidenceDocument, type EvidenceConfig, type ParsedDocument } from '../../server/src/core';
import { registry } from '../helpers/analyze';
import { FRONTMATTER, joinLines, LINK, range, TEXT } from './fixture';

const fs = { exists: (p: string) => p === '/ws/附件/证据.pdf' };
/** One registry: per-document results depend on the catalog's identity. */
const catalogs = registry();
function folder(documents: ParsedDocument[], config: EvidenceConfig = DEFAULT_CONFIG, now = new Date('2026-11-26T00:00:00Z')) {
  return analyzeFolder({ root: '/ws', config, catalogs, documents, fs, locale: 'en', now });
}
const doc = (name: string, ...lines: string[]) => parseEvidenceDocument(`/ws/${name}`, joinLines(...lines));
const SOUND = ['#### 5.1.1.1 部门', '', TEXT, '', LINK];

describe('analyzeFolder', () => {
  it('folder: a document of an unknown standard is reported on its standard: line and joins no set', () => {
    const r = folder([doc('b.md', '---', 'standard: GB/T 99999', '---', ...SOUND), doc('a.md', ...FRONTMATTER, ...SOUND)]);
    assert.deepEqual(
      r.diagnostics.map((d) => [d.path, d.rule, d.severity, d.range, d.message]),
      [['/ws/b.md', 'frontmatter-invalid', 'error', range(1, 0, 1, 20), 'Unknown standard "GB/T 99999"; known: GB/T 27922-2011.']],
    );
    assert.deepEqual([...r.members], [['/ws/a.md', 'GB/T 27922-2011']]);
    assert.deepEqual(
      r.sets.map((s) => s.coverage.indexDocument),
      ['/ws/a.md'],
    );
  });

  it('folder: the unknown-standard message lists every known catalog', () => {
    const two = registry();
    const custom = joinLines(
      'schemaVersion: 1',
      'standard: { id: T-1, title: { zh: 测试 }, idPattern: "^[0-9]+$", roots: ["1"] }',
      'scoring: { levels: [{ min: 0, label: { zh: 不合格 } }] }',
      'clauses:',
      '  - { id: "1", title: { zh: 一 }, confidence: verified }',
    );
    two.add(parseCatalog(custom, 't.yaml').catalog!);
    const r = analyzeFolder({
      root: '/ws',
      config: DEFAULT_CONFIG,
      catalogs: two,
      documents: [doc('b.md', '---', 'standard: X', '---')],
      fs,
      locale: 'en',
      now: new Date('2026-11-26T00:00:00Z'),
    });
    assert.deepEqual(
      r.diagnostics.map((d) => d.message),
      ['Unknown standard "X"; known: GB/T 27922-2011, T-1.'],
    );
  });

  it("folder: a document without a standard joins the config's set, else none", () => {
    const plain = doc('a.md', ...SOUND);
    assert.deepEqual(folder([plain]).sets, []);
    const r = folder([plain], { ...DEFAULT_CONFIG, standard: 'GB/T 27922-2011' });
    assert.deepEqual([[...r.members], r.sets[0].coverage.summary.covered], [[['/ws/a.md', 'GB/T 27922-2011']], 1]);
  });

  it('folder: documents are taken in path order, however many and in whatever order they come', () => {
    // 70 names in a scrambled order (37 is coprime to 70).
    const names = Array.from({ length: 70 }, (_, i) => `d${String((i * 37) % 70).padStart(2, '0')}.md`);
    const r = folder(names.map((n) => doc(n, ...FRONTMATTER)));
    assert.deepEqual(
      [...r.members.keys()],
      [...names].sort().map((n) => `/ws/${n}`),
    );
    assert.equal(r.sets[0].coverage.indexDocument, '/ws/d00.md');
  });

  it('folder: the index document is the one marked index: true, else the first by path', () => {
    const index = doc('z.md', '---', 'standard: GB/T 27922-2011', 'index: true', '---');
    assert.equal(folder([doc('b.md', ...FRONTMATTER, ...SOUND), index, doc('a.md', ...FRONTMATTER)]).sets[0].coverage.indexDocument, '/ws/z.md');
    assert.equal(folder([doc('b.md', ...FRONTMATTER, ...SOUND), doc('a.md', ...FRONTMATTER)]).sets[0].coverage.indexDocument, '/ws/a.md');
  });

  it('folder: per-document results are reused for the same inputs and recomputed when the config, the date or the not-applicable set changes', () => {
    const a = doc('a.md', '---', 'standard: GB/T 27922-2011', 'updated: 2026-01-01', '---', '#### 5.2.6 回收', '', '回收。', '', LINK);
    const config = { ...DEFAULT_CONFIG };
    const rules = (r: ReturnType<typeof folder>) =>
      r.sets[0].diagnostics.filter((d) => d.path === '/ws/a.md' && d.rule !== 'missing-clause').map((d) => d.rule);
    const first = folder([a], config);
    assert.deepEqual(rules(first), ['weak-thin']);
    const again = folder([a], config);
    assert.equal(again.sets[0].diagnostics[0], first.sets[0].diagnostics[0], 'the same diagnostic objects');
    assert.deepEqual(rules(folder([a], { ...config, minChars: 1 })), []);
    assert.deepEqual(rules(folder([a], { ...config, staleAfterDays: 30 })), ['stale-evidence', 'weak-thin']);
    assert.deepEqual(rules(folder([a], config, new Date('2027-06-01T00:00:00Z'))), ['stale-evidence', 'weak-thin']);
    const na = doc('b.md', '---', 'standard: GB/T 27922-2011', 'not_applicable:', '  5.2.6: 不回收', '---');
    assert.deepEqual(rules(folder([a, na], config)), []);
    assert.deepEqual(rules(folder([a], config)), ['weak-thin']);
  });
});
