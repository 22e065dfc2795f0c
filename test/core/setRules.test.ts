// Rules over the whole set: duplicate sections with their related-location cap,
// missing clauses without an index standard line, and insertSectionsForSet.
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, insertSectionsForSet, MAX_RELATED, parseEvidenceDocument } from '../../server/src/core';
import { buildSetContext } from '../../server/src/core/analysis/setContext';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { analyze } from '../helpers/analyze';
import { ATTACHMENT, FRONTMATTER, joinLines, LINK, range, stubOf, TEXT } from './fixture';

describe('set rules', () => {
  it('duplicate-section: each of twelve sections points to at most ten others; past the first eleven they share the first ten', () => {
    const twelve = Array.from({ length: 12 }, () => ['#### 5.1.1.1 部门', '', TEXT, '', LINK, '']).flat();
    const a = analyze({ 'a.md': joinLines(...FRONTMATTER, ...twelve) }, ATTACHMENT);
    const dups = a.of('duplicate-section');
    assert.equal(MAX_RELATED, 10);
    assert.equal(dups.length, 12);
    const line = (i: number) => 3 + 6 * i;
    assert.deepEqual(
      dups.map((d) => d.range.start.line),
      Array.from({ length: 12 }, (_, i) => line(i)),
    );
    assert.deepEqual(
      [dups[0].severity, dups[0].message],
      ['info', '5.1.1.1 After-sales department with functions and posts has sections in 12 places; consider merging them.'],
    );
    assert.deepEqual(
      dups[0].related!.map((r) => r.range.start.line),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(line),
    );
    assert.deepEqual(
      dups[5].related!.map((r) => r.range.start.line),
      [0, 1, 2, 3, 4, 6, 7, 8, 9, 10].map(line),
    );
    assert.deepEqual(
      dups[9].related!.map((r) => r.range.start.line),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 10].map(line),
    );
    assert.deepEqual(
      dups[10].related!.map((r) => r.range.start.line),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(line),
    );
    assert.deepEqual(
      dups[11].related!.map((r) => r.range.start.line),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(line),
    );
    assert.deepEqual(dups[0].related![0], { path: '/ws/a.md', range: range(9, 0, 9, 15), message: 'Another section for 5.1.1.1' });
  });

  it('missing-clause: without a standard: line anywhere, a sectionless leaf is reported at the start of the first document', () => {
    const a = analyze({ 'a.md': joinLines('#### 5.1.1.1 部门', '', TEXT, '', LINK) }, { ...ATTACHMENT, config: { standard: 'GB/T 27922-2011' } });
    const d = a.of('missing-clause').find((x) => x.clause === '5.3.2')!;
    assert.deepEqual([d.path, d.range], ['/ws/a.md', range(0, 0, 0, 0)]);
  });

  it('missing-clause: fix-all counts and inserts only leaves without any section, not the ones whose section is still empty', () => {
    const text = joinLines(
      '---',
      'standard: GB/T 27922-2011',
      'not_applicable:',
      ...['5.1.2', '5.1.3', '5.1.4', '5.1.5', '5.1.6', '5.1.7', '5.3'].map((id) => `  "${id}": 不涉及`),
      '---',
      '## 5.1 售后服务体系',
      '### 5.1.1 组织架构',
      '#### 5.1.1.1 部门',
      '',
    );
    const a = analyze({ 'a.md': text }, ATTACHMENT);
    const fixAll = a.of('missing-clause').find((d) => d.clause === '5.1.1.2')!.fixes![1];
    assert.equal(fixAll.title, 'Insert all 11 missing sections');
    assert.ok(!fixAll.edits.some((e) => e.newText.includes('5.1.1.1')));
    assert.deepEqual(a.of('missing-clause').find((d) => d.clause === '5.1.1.1')!.fixes, undefined);
  });

  it('missing-clause: off in the config reports nothing and offers no fix', () => {
    const a = analyze(
      { 'a.md': joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', LINK) },
      { ...ATTACHMENT, config: { rules: { 'missing-clause': 'off' } } },
    );
    assert.deepEqual(a.of('missing-clause'), []);
    assert.equal(a.coverage[0].summary.missing, 29);
  });

  it('insertSectionsForSet: inserts only known leaf requirements without any section, in catalog order', () => {
    const [catalog] = builtinCatalogs();
    const text = joinLines(...FRONTMATTER, '## 5.1 售后服务体系', '', '### 5.1.1 组织架构', '', '#### 5.1.1.2 网点', '');
    const documents = [parseEvidenceDocument('/ws/a.md', text)];
    const model = buildSetContext({
      root: '/ws',
      catalog,
      config: DEFAULT_CONFIG,
      documents,
      fs: { exists: () => true },
      now: new Date('2026-11-26T00:00:00Z'),
      locale: 'en',
    });
    const edits = insertSectionsForSet(model, ['9.9', '5.1', '5.1.1.2', '5.1.1.3', '5.1.1.1']);
    assert.deepEqual(edits, [{ path: '/ws/a.md', range: range(5, 14, 5, 14), newText: '\n\n' + stubOf('#### 5.1.1.1 售后服务部门及职能岗位') }]);
  });
});
