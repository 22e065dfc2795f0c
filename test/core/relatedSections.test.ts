// Related information comes from the core: every diagnostic about a clause points to the
// clause's other sections, once, without the section it is on, at most MAX_RELATED.
import { strict as assert } from 'node:assert';
import { MAX_RELATED } from '../../server/src/core';
import { analyze, FM, GOOD_BODY } from '../helpers/analyze';

const ATT = { files: ['附件/证据.pdf'] };
const heading = { start: { line: 3, character: 0 }, end: { line: 3, character: 15 } };

describe('related sections (core)', () => {
  it("a weak section points to the clause's other sections; duplicate-section keeps its own pointers without repeats", () => {
    const a = analyze({ 'a.md': FM + '#### 5.1.1.1 部门\n\n短。\n', 'b.md': FM + '#### 5.1.1.1 部门\n\n' + GOOD_BODY }, ATT);
    const thin = a.of('weak-thin')[0];
    assert.deepEqual(thin.related, [{ path: '/ws/b.md', range: heading, message: 'Section for 5.1.1.1' }]);
    assert.deepEqual(
      a.of('duplicate-section').map((d) => [d.path, d.related]),
      [
        ['/ws/a.md', [{ path: '/ws/b.md', range: heading, message: 'Another section for 5.1.1.1' }]],
        ['/ws/b.md', [{ path: '/ws/a.md', range: heading, message: 'Another section for 5.1.1.1' }]],
      ],
    );
  });

  it('a diagnostic of a clause with one section, or of no clause, gets no related information', () => {
    const a = analyze({ 'a.md': FM + '#### 5.1.1.1 部门\n\n短。\n' }, ATT);
    assert.deepEqual(
      a.of('weak-thin').map((d) => d.related),
      [undefined],
    );
  });

  it('caps the pointers of a much-repeated clause at MAX_RELATED', () => {
    const docs = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`d${String(i).padStart(2, '0')}.md`, FM + '#### 5.1.1.1 部门\n\n短。\n']));
    const a = analyze(docs, ATT);
    for (const d of a.of('weak-thin')) {
      assert.equal(d.related!.length, MAX_RELATED, d.path);
      assert.ok(!d.related!.some((r) => r.path === d.path), d.path);
    }
  });
});
