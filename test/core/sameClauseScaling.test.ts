// A document whose many sections all name the same clause must cost about as
// much per section as any other: no step may read the whole text once per
// section. Checked by counting, not timing: the characters that indexOf reads
// from the document's text while the set is analysed.
import { strict as assert } from 'node:assert';
import { parseEvidenceDocument } from '../../server/src/core';
import { analyze, FM } from '../helpers/analyze';

/** A document with `n` sections of 5.1.3.2 (a clause with sub-items a) to c), so each one gets a weak-subitem fix). */
function sameClauseDocument(n: number): string {
  const section = '<!-- clause: 5.1.3.2 -->\n## 内部保障\n\n本公司设立客户服务中心作为专门的售后服务部门，相关记录完整可查。\n\n';
  return FM + section.repeat(n);
}

/** Characters indexOf reads from `text` (the whole rest of it when the needle is absent) while `run` runs. */
function indexOfReads(text: string, run: () => void): number {
  // Captured to be called with .call(this, …) from the counting replacement.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = String.prototype.indexOf;
  let reads = 0;
  String.prototype.indexOf = function (this: string, needle: string, from?: number): number {
    const found = original.call(this, needle, from);
    if (this.length === text.length && String(this) === text) reads += (found < 0 ? text.length : found) - Math.max(0, from ?? 0);
    return found;
  };
  try {
    run();
  } finally {
    String.prototype.indexOf = original;
  }
  return reads;
}

describe('many sections naming the same clause', function () {
  this.timeout(120000);

  it('analysing 2,048 same-clause sections reads the text with indexOf at most 6 times over, as for 256', () => {
    const perLength = (n: number) => {
      const text = sameClauseDocument(n);
      const result = analyze({ 'a.md': text });
      assert.equal(result.of('weak-subitem').length, n);
      assert.equal(result.of('duplicate-section').length, n);
      return indexOfReads(text, () => analyze({ 'a.md': text })) / text.length;
    };
    const small = perLength(256);
    const large = perLength(2048);
    assert.ok(large <= 6, `read the text ${large.toFixed(1)} times over for 2,048 sections (${small.toFixed(1)} for 256)`);
  });

  it('every duplicate-section diagnostic of 2,048 same-clause sections points to at most 10 others', () => {
    const text = sameClauseDocument(2048);
    const result = analyze({ 'a.md': text });
    const related = result.of('duplicate-section').map((d) => d.related?.length ?? 0);
    assert.equal(related.length, 2048);
    assert.equal(Math.max(...related), 10);
    assert.equal(parseEvidenceDocument('/ws/a.md', text).sections.length, 2048);
  });
});
