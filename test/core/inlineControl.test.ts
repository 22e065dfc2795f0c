// Inline control comments (spec: evidence-disable / -enable / -disable-line / -disable-next-line),
// each case over its own inline document.
import { strict as assert } from 'node:assert';
import { analyze } from '../helpers/analyze';
import { ATTACHMENT, FRONTMATTER, joinLines, LINK, range, TEXT } from './fixture';

/** A sound 5.1.1.1 section followed by the given lines (the first of them is line 9). */
const section = (...tail: string[]) => joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', LINK, '', ...tail);
const found = (text: string) =>
  analyze({ 'a.md': text }, ATTACHMENT)
    .diagnostics.filter((d) => d.clause === '5.1.1.1')
    .map((d) => [d.rule, d.range]);
const statusOf = (text: string) => analyze({ 'a.md': text }, ATTACHMENT).coverage[0].clauses.find((c) => c.id === '5.1.1.1')!.status;

describe('inline control comments', () => {
  it('inline control: evidence-disable-line silences its own line only, and the silenced finding does not make the clause weak', () => {
    const text = section('负责人 TODO <!-- evidence-disable-line weak-placeholder -->', '', '电话 TBD');
    assert.deepEqual(found(text), [['weak-placeholder', range(11, 3, 11, 6)]]);
    const alone = section('负责人 TODO <!-- evidence-disable-line weak-placeholder -->');
    assert.deepEqual(found(alone), []);
    assert.equal(statusOf(alone), 'covered');
  });

  it('inline control: evidence-disable-line naming another rule leaves the line reported', () => {
    const text = section('负责人 TODO <!-- evidence-disable-line weak-thin -->');
    assert.deepEqual(found(text), [['weak-placeholder', range(9, 4, 9, 8)]]);
    assert.equal(statusOf(text), 'weak', 'a placeholder alone makes the clause weak');
  });

  it('inline control: evidence-disable-line without rules silences every rule on the line', () => {
    assert.deepEqual(found(section('负责人 TODO，见[附件](附件/缺.pdf) <!-- evidence-disable-line -->')), []);
  });

  it('inline control: evidence-disable-next-line silences the next line, not its own nor the one after', () => {
    const text = section('负责人 TODO <!-- evidence-disable-next-line weak-placeholder -->', '电话 TBD', '传真 FIXME');
    assert.deepEqual(found(text), [
      ['weak-placeholder', range(9, 4, 9, 8)],
      ['weak-placeholder', range(11, 3, 11, 8)],
    ]);
  });

  it('inline control: evidence-disable silences the lines after it until evidence-enable', () => {
    const text = section(
      '负责人 TODO',
      '',
      '<!-- evidence-disable weak-placeholder -->',
      '',
      '电话 TBD',
      '',
      '<!-- evidence-enable weak-placeholder -->',
      '',
      '传真 FIXME',
    );
    assert.deepEqual(found(text), [
      ['weak-placeholder', range(9, 4, 9, 8)],
      ['weak-placeholder', range(17, 3, 17, 8)],
    ]);
  });

  it('inline control: evidence-disable of named rules leaves other rules reported; a comma-separated list names several', () => {
    const others = section('<!-- evidence-disable weak-thin -->', '', '电话 TBD');
    assert.deepEqual(found(others), [['weak-placeholder', range(11, 3, 11, 6)]]);
    const listed = section('<!-- evidence-disable weak-thin, weak-placeholder -->', '', '电话 TBD');
    assert.deepEqual(found(listed), []);
  });

  it('inline control: evidence-enable without rules ends a disable of named rules; evidence-enable of another rule does not', () => {
    const all = section('<!-- evidence-disable weak-placeholder -->', '<!-- evidence-enable -->', '', '电话 TBD');
    assert.deepEqual(found(all), [['weak-placeholder', range(12, 3, 12, 6)]]);
    const other = section('<!-- evidence-disable -->', '<!-- evidence-enable weak-thin -->', '', '电话 TBD');
    assert.deepEqual(found(other), []);
  });

  it('inline control: a disabled weakness on the heading line keeps the clause covered', () => {
    const text = joinLines(...FRONTMATTER, '<!-- evidence-disable-next-line weak-no-evidence -->', '#### 5.1.1.1 部门', '', TEXT);
    const a = analyze({ 'a.md': text }, ATTACHMENT);
    assert.deepEqual(
      a.diagnostics.filter((d) => d.clause === '5.1.1.1'),
      [],
    );
    assert.equal(a.coverage[0].clauses.find((c) => c.id === '5.1.1.1')!.status, 'covered');
    const notSilenced = analyze({ 'a.md': text.replace('weak-no-evidence', 'weak-thin') }, ATTACHMENT);
    assert.deepEqual(
      notSilenced.diagnostics.filter((d) => d.clause === '5.1.1.1').map((d) => [d.rule, d.range]),
      [['weak-no-evidence', range(4, 0, 4, 15)]],
    );
    assert.equal(notSilenced.coverage[0].clauses.find((c) => c.id === '5.1.1.1')!.status, 'weak');
  });
});
