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
      '<!-- 标准要求：售后服务组织应提供内部保障，具体包括： -->',
      '',
      'a) 长期保持服务专业技术培训和业务人员的业务技能培训，使其有良好的素质和能力；',
      '',
      '  b) 定期或不定期的服务文化的培训；',
      '',
      'c) 有效的评优、奖励、晋升和员工关怀机制。',
      '',
      '典型证据（请逐项替换为本单位的实际做法，并链接记录文件）：',
      '',
      '- [ ] 待补充：年度培训计划、培训签到表、课件及考核成绩（a、b）',
      '  - [ ] 待补充：服务文化培训记录（b）',
      '- [ ] 待补充：评优、奖励、晋升制度及执行记录（c）',
      '- [ ] 待补充：员工关怀活动记录（c）',
      '- [文件名](附件/文件名.pdf)',
    ];
    assert.deepEqual(verdict(...stub), EMPTY);
    assert.deepEqual(
      verdict(...stub, '', '本公司每年开展技术培训。'),
      ['weak', ['weak-placeholder', 'weak-placeholder', 'weak-placeholder', 'weak-placeholder', 'weak-no-evidence']],
      'each checklist line left unreplaced is a placeholder',
    );
  });

  it('empty section: a sample link line alone is still empty, and a written section with only the sample link links no evidence', () => {
    assert.deepEqual(verdict('', '- [文件名](附件/文件名.pdf)'), EMPTY);
    assert.deepEqual(verdict('', TEXT, '', '技术培训、服务文化培训、评优奖励。', '', '- [文件名](附件/文件名.pdf)'), ['weak', ['weak-no-evidence']]);
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
