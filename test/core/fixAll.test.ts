// "Insert all missing sections": one edit per insertion point, never two edits at
// one place, and the result is exactly the sections in catalog order.
import { strict as assert } from 'node:assert';
import { analyze, applyEdits } from '../helpers/analyze';
import { ATTACHMENT, joinCrlf, joinLines, LINK, range, stubOf, TEXT } from './fixture';

/** Frontmatter declaring everything but the listed clauses' subtrees not applicable. */
const naExcept = (...keep: string[]) => {
  const na = ['5.1.1', '5.1.2', '5.1.3', '5.1.4', '5.1.5', '5.1.6', '5.1.7', '5.2', '5.3'].filter((id) => !keep.includes(id));
  return ['---', 'standard: GB/T 27922-2011', 'not_applicable:', ...na.map((id) => `  "${id}": 本企业不涉及`), '---'];
};
const stub = stubOf;

describe('fix-all edits', () => {
  it('fix-all: leaves missing at one place are inserted by one edit, in catalog order', () => {
    const text = joinLines(...naExcept('5.1.1'), '## 5.1 售后服务体系', '', '### 5.1.1 组织架构', '', '说明。');
    const a = analyze({ 'a.md': text }, ATTACHMENT);
    const missing = a.of('missing-clause');
    assert.deepEqual(
      missing.map((d) => [d.clause, d.range, d.fixes!.map((f) => f.title)]),
      [
        ['5.1.1.1', range(14, 0, 14, 14), ['Insert section for 5.1.1.1 After-sales department with functions and posts', 'Insert all 2 missing sections']],
        ['5.1.1.2', range(14, 0, 14, 14), ['Insert section for 5.1.1.2 Service outlets cover the sales area and are managed', 'Insert all 2 missing sections']],
      ],
    );
    const all = missing[0].fixes![1];
    assert.deepEqual(all.edits, [
      {
        path: '/ws/a.md',
        range: range(16, 3, 16, 3),
        newText: '\n\n' + stub('#### 5.1.1.1 售后服务部门及职能岗位') + '\n\n' + stub('#### 5.1.1.2 服务网点覆盖与管理'),
      },
    ]);
    assert.deepEqual(missing[1].fixes![1], all, 'every missing leaf offers the same fix-all');
  });

  it('fix-all: leaves missing at two places get one edit each, and applying both gives each section once', () => {
    const text = joinLines(
      ...naExcept('5.1.1', '5.1.2'),
      '## 5.1 售后服务体系',
      '',
      '### 5.1.1 组织架构',
      '',
      '#### 5.1.1.2 网点',
      '',
      TEXT,
      '',
      LINK,
      '',
      '### 5.1.2 人员配置',
      '',
      '#### 5.1.2.2 管理师',
      '',
      TEXT,
      '',
      LINK,
    );
    const a = analyze({ 'a.md': text }, ATTACHMENT);
    const all = a.of('missing-clause')[0].fixes![1];
    assert.equal(all.title, 'Insert all 2 missing sections');
    assert.deepEqual(all.edits, [
      { path: '/ws/a.md', range: range(13, 14, 13, 14), newText: '\n\n' + stub('#### 5.1.1.1 售后服务部门及职能岗位') },
      { path: '/ws/a.md', range: range(21, 14, 21, 14), newText: '\n\n' + stub('#### 5.1.2.1 技术及业务人员资质') },
    ]);
    const fixed = applyEdits(a.texts, all.edits)['a.md'];
    assert.equal(
      fixed.slice(fixed.indexOf('## 5.1 ')),
      joinLines(
        '## 5.1 售后服务体系',
        '',
        '### 5.1.1 组织架构',
        '',
        stub('#### 5.1.1.1 售后服务部门及职能岗位'),
        '',
        '#### 5.1.1.2 网点',
        '',
        TEXT,
        '',
        LINK,
        '',
        '### 5.1.2 人员配置',
        '',
        stub('#### 5.1.2.1 技术及业务人员资质'),
        '',
        '#### 5.1.2.2 管理师',
        '',
        TEXT,
        '',
        LINK,
      ),
    );
    const after = analyze({ 'a.md': fixed }, ATTACHMENT);
    assert.deepEqual(
      after.of('missing-clause').map((d) => [d.clause, d.fixes]),
      [
        ['5.1.1.1', undefined],
        ['5.1.2.1', undefined],
      ],
      'the stubs are places to write',
    );
  });

  it('fix-all: a single missing leaf offers only its own insertion', () => {
    const text = joinLines(...naExcept('5.1.1'), '## 5.1 售后服务体系', '', '### 5.1.1 组织架构', '', '#### 5.1.1.2 网点', '', TEXT, '', LINK);
    const [d] = analyze({ 'a.md': text }, ATTACHMENT).of('missing-clause');
    assert.deepEqual(
      d.fixes!.map((f) => [f.title, f.isPreferred, f.edits.length]),
      [['Insert section for 5.1.1.1 After-sales department with functions and posts', true, 1]],
    );
  });

  it('fix-all: on a CRLF document with 𠀀 the edit keeps CRLF and its position counts UTF-16 units', () => {
    const text = joinCrlf(...naExcept('5.1.1'), '## 5.1 售后服务体系', '', '### 5.1.1 组织架构', '', '说明𠀀。');
    const a = analyze({ 'a.md': text }, ATTACHMENT);
    assert.deepEqual(a.of('missing-clause')[0].fixes![1].edits, [
      {
        path: '/ws/a.md',
        range: range(16, 5, 16, 5),
        newText: '\r\n\r\n' + stub('#### 5.1.1.1 售后服务部门及职能岗位', '\r\n') + '\r\n\r\n' + stub('#### 5.1.1.2 服务网点覆盖与管理', '\r\n'),
      },
    ]);
  });
});
