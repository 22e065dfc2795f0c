// When a section is a place to write rather than evidence: blank, the inserted stub,
// placeholders or code blocks only. A fresh catalog per test, so the stub lines are
// computed by the test itself and not taken from a memo an earlier test filled.
import { strict as assert } from 'node:assert';
import { analyzeFresh, FRONTMATTER, joinLines, LINK, TEXT } from './fixture';

const verdict = (...body: string[]) => {
  const a = analyzeFresh({ 'a.md': joinLines(...FRONTMATTER, '#### 5.1.3.2 内部保障', ...body) });
  const status = a.coverage[0].clauses.find((c) => c.id === '5.1.3.2')!.status;
  const rules = a.diagnostics.filter((d) => d.clause === '5.1.3.2').map((d) => d.rule);
  return [status, rules];
};
const EMPTY = ['missing', ['missing-clause']];

describe('empty sections', () => {
  it('empty section: the inserted stub with its sub-item lines, indented or not, is still empty', () => {
    const stub = [
      '',
      'a) 长期保持服务专业技术培训和业务人员的业务技能培训，使其有良好的素质和能力；',
      '',
      '  b) 定期或不定期的服务文化的培训；',
      '',
      'c) 有效的评优、奖励、晋升和员工关怀机制。',
      '',
      '证据：',
      '',
      '- TODO：描述证据',
    ];
    assert.deepEqual(verdict(...stub), EMPTY);
    assert.deepEqual(verdict(...stub, '', '本公司每年开展技术培训。'), ['weak', ['weak-placeholder', 'weak-no-evidence']]);
  });

  it('empty section: code blocks fenced by backticks or tildes, indented or longer-closed, are no evidence', () => {
    assert.deepEqual(verdict('', '```', '培训计划见系统', '```'), EMPTY);
    assert.deepEqual(verdict('', '  ~~~~', '培训计划见系统', '  ~~~~'), EMPTY);
    assert.deepEqual(verdict('', '```', '培训计划见系统', '`````'), EMPTY);
    assert.deepEqual(verdict('', '```', '第一行代码', '第二行代码', '```'), EMPTY, 'a fence stays open over several lines');
  });

  it('empty section: a fence closes only with the same character at least as long; text after it is evidence', () => {
    assert.deepEqual(verdict('', '````', '代码', '~~~~', '仍是代码', '```', '还是代码', '````'), EMPTY);
    assert.deepEqual(verdict('', '```', '代码', '```', '', TEXT, '', LINK, '', '技术培训、服务文化培训、评优奖励。')[0], 'covered');
  });

  it('empty section: backticks inside a line or two of them do not open a fence', () => {
    assert.deepEqual(verdict('', '配置 ``` 说明', '', TEXT, '', LINK, '', '技术培训、服务文化培训、评优奖励。')[0], 'covered');
    assert.deepEqual(verdict('', '``', '培训', '``')[0], 'weak');
    assert.deepEqual(verdict('', '~~', '培训', '~~')[0], 'weak');
  });

  it('empty section: placeholders and comments alone are no evidence', () => {
    assert.deepEqual(verdict('', '待补充', '', '<!-- 稍后填写', '多行注释 -->', '', 'XXXX'), EMPTY);
  });
});
