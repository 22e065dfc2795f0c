// Leaf and group status, counts, points and the score over small sets where every
// clause but 5.1.1 (leaves 5.1.1.1 and 5.1.1.2, 2.5 points each) is not applicable.
import { strict as assert } from 'node:assert';
import { analyze, type AnalyzeOptions } from '../helpers/analyze';
import { ATTACHMENT, joinLines, LINK, TEXT } from './fixture';

const OTHERS = ['5.1.2', '5.1.3', '5.1.4', '5.1.5', '5.1.6', '5.1.7', '5.2', '5.3'];

/** A document whose frontmatter declares OTHERS (and `extraNa`) not applicable. */
function only511(body: string[], extraNa: string[] = []): string {
  return joinLines(
    '---',
    'standard: GB/T 27922-2011',
    'not_applicable:',
    ...[...OTHERS, ...extraNa].map((id) => `  "${id}": 本企业不涉及`),
    '---',
    '### 5.1.1 组织架构',
    ...body,
  );
}

const SOUND = (id: string) => [`#### ${id} 标题`, '', TEXT, '', LINK, ''];
const WEAK = (id: string) => [`#### ${id} 标题`, '', TEXT, ''];
const EMPTY = (id: string) => [`#### ${id} 标题`, ''];

function coverage(text: string, options: AnalyzeOptions = {}) {
  const [c] = analyze({ 'a.md': text }, { ...ATTACHMENT, ...options }).coverage;
  const clause = (id: string) => c.clauses.find((x) => x.id === id)!;
  const group = clause('5.1.1');
  return {
    c,
    clause,
    group: [
      group.status,
      group.summary.covered,
      group.summary.weak,
      group.summary.missing,
      group.summary.notApplicable,
      group.summary.percent,
      group.points,
      group.earned,
    ],
    leaves: [clause('5.1.1.1').status, clause('5.1.1.2').status],
  };
}

describe('coverage status of leaves and groups', () => {
  it('group status: a group whose applicable leaves are all missing is missing, not weak', () => {
    const r = coverage(only511([]));
    assert.deepEqual(r.leaves, ['missing', 'missing']);
    assert.deepEqual(r.group, ['missing', 0, 0, 2, 0, 0, 5, 0]);
    assert.deepEqual(r.c.summary, { leaves: 30, covered: 0, weak: 0, missing: 2, notApplicable: 28, percent: 0 });
    assert.deepEqual([r.c.score.value, r.c.score.base, r.c.score.earned, r.c.score.applicable, r.c.score.level], [0, 0, 0, 5, 'Fail']);
  });

  it('group status: one leaf not applicable and the other missing is missing', () => {
    const r = coverage(only511([], ['5.1.1.1']));
    assert.deepEqual(r.leaves, ['not-applicable', 'missing']);
    assert.deepEqual(r.group, ['missing', 0, 0, 1, 1, 0, 2.5, 0]);
  });

  it('group status: one leaf covered and one missing is weak', () => {
    const r = coverage(only511(SOUND('5.1.1.1')));
    assert.deepEqual(r.leaves, ['covered', 'missing']);
    assert.deepEqual(r.group, ['weak', 1, 0, 1, 0, 50, 5, 2.5]);
    assert.deepEqual([r.c.score.value, r.c.score.level], [50, 'Fail']);
  });

  it('group status: every leaf weak is weak, and weak leaves earn weakCredit of their points', () => {
    const text = only511([...WEAK('5.1.1.1'), ...WEAK('5.1.1.2')]);
    const r = coverage(text);
    assert.deepEqual(r.leaves, ['weak', 'weak']);
    assert.deepEqual(r.group, ['weak', 0, 2, 0, 0, 0, 5, 2.5]);
    assert.deepEqual([r.c.score.value, r.c.score.earned], [50, 2.5]);
    const stricter = coverage(text, { config: { scoring: { weakCredit: 0.2 } } });
    assert.deepEqual([stricter.group[7], stricter.c.score.value, stricter.c.score.earned], [1, 20, 1]);
  });

  it('group status: one leaf not applicable and the other covered is covered', () => {
    const r = coverage(only511(SOUND('5.1.1.2'), ['5.1.1.1']));
    assert.deepEqual(r.leaves, ['not-applicable', 'covered']);
    assert.deepEqual(r.group, ['covered', 1, 0, 0, 1, 100, 2.5, 2.5]);
    assert.deepEqual([r.c.score.value, r.c.score.applicable, r.c.score.level, r.c.score.label], [100, 2.5, 'Five-star', 'Five-star (estimate)']);
  });

  it('group status: every leaf not applicable is not applicable, at 100 %, and a set with no applicable points scores 0', () => {
    const r = coverage(only511([], ['5.1.1']));
    assert.deepEqual(r.leaves, ['not-applicable', 'not-applicable']);
    assert.deepEqual(r.group, ['not-applicable', 0, 0, 0, 2, 100, 0, 0]);
    assert.deepEqual(r.c.summary, { leaves: 30, covered: 0, weak: 0, missing: 0, notApplicable: 30, percent: 100 });
    assert.deepEqual([r.c.score.value, r.c.score.base, r.c.score.applicable], [0, 0, 0]);
    assert.equal(r.clause('5.1.1.1').notApplicableReason, '本企业不涉及');
    assert.equal(r.clause('5.1.1').notApplicableReason, undefined, 'a group carries no reason of its own');
  });

  it('leaf status: an empty section beside a weak one is weak; beside a sound one covered; two empty sections missing', () => {
    assert.deepEqual(coverage(only511([...EMPTY('5.1.1.1'), ...WEAK('5.1.1.1')])).leaves[0], 'weak');
    assert.deepEqual(coverage(only511([...WEAK('5.1.1.1'), ...EMPTY('5.1.1.1')])).leaves[0], 'weak');
    assert.deepEqual(coverage(only511([...EMPTY('5.1.1.1'), ...SOUND('5.1.1.1')])).leaves[0], 'covered');
    assert.deepEqual(coverage(only511([...WEAK('5.1.1.1'), ...SOUND('5.1.1.1')])).leaves[0], 'covered');
    assert.deepEqual(coverage(only511([...EMPTY('5.1.1.1'), ...EMPTY('5.1.1.1')])).leaves[0], 'missing');
  });

  it('leaf locations: a leaf lists its sections with heading line and range; a group lists its own headings', () => {
    const r = coverage(only511([...SOUND('5.1.1.1'), ...EMPTY('5.1.1.1')]));
    const at = (id: string) => r.clause(id).locations.map((l) => [l.path, l.line, l.range.start.line, l.range.end.character]);
    assert.deepEqual(at('5.1.1.1'), [
      ['/ws/a.md', 13, 13, 15],
      ['/ws/a.md', 19, 19, 15],
    ]);
    assert.deepEqual(at('5.1.1'), [['/ws/a.md', 12, 12, 14]]);
    assert.deepEqual(at('5.1.1.2'), []);
  });

  it('clause facts: depth, leaf flag, confidence and title in the locale', () => {
    const r = coverage(only511([]), { locale: 'zh-CN' });
    const facts = (id: string) => {
      const x = r.clause(id);
      return [x.depth, x.isLeaf, x.confidence, x.title];
    };
    assert.deepEqual(facts('5'), [0, false, 'verified', '评价指标']);
    assert.deepEqual(facts('5.1.1.1'), [3, true, 'verified', '售后服务部门及职能岗位']);
    assert.deepEqual(facts('5.2.2'), [2, true, 'inferred', '技术支持']);
    const en = coverage(only511([]));
    assert.equal(en.clause('5.1.1.1').title, 'After-sales department with functions and posts');
  });
});
