// Fixes never break the user's text: what they insert lands at a block
// boundary, keeps the comments that belong to the next heading with it, and
// every frontmatter edit still parses as YAML.
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, FM, fullSet, GOOD_BODY } from '../helpers/analyze';

const ATT = { files: ['附件/证据.pdf'] };
const pos = (line: number, character: number) => ({ line, character });
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

describe('fixes keep the text around them', () => {
  describe('weak-subitem fix', () => {
    // 5.1.3.2 asks for items a) to c); the section names a) and b) only.
    const section = '#### 5.1.3.2 内部保障\n\n' + GOOD_BODY + '\na) 技术培训𠀀记录\n\nb) 服务文化培训\n\n';
    const C = 'c) 有效的评优、奖励、晋升和员工关怀机制。';

    for (const [label, eolOf] of [['LF', (s: string) => s], ['CRLF', crlf]] as const) {
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
        assert.deepEqual(after.of('weak-subitem').map((x) => x.clause), ['5.1.3.3']);
        assert.equal(after.of('missing-clause').length, 0);
        assert.equal(after.coverage[0].clauses.find((c) => c.id === '5.1.3.3')!.status, 'weak');
      });
    }

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
