// Behaviour the earlier rule tests left open (surviving mutants of core/rules): which
// headcount 5.1.2.2 reads, where duplicate sections point, what unknown ids suggest,
// and why a document with no clause section counts for nothing.
import { strict as assert } from 'node:assert';
import { analyze, FM } from '../helpers/analyze';
import { range } from './fixture';

const ATT = { files: ['附件/证据.pdf'] };
const RATIO = 'ratio-below-requirement';
const MANAGERS = 'Certified after-sales service managers';
const STAFF = 'Service-management staff';

/** The English message of the 5.1.2.2 warning for the given figures. */
const ratioMessage = (managers: number, staff: number, required: number) =>
  `${MANAGERS}: ${managers}, fewer than 10 % of ${STAFF} (${staff}); at least ${required} required.`;

describe('rule mutants: ratio-below-requirement reads the headcounts of the 5.1.2.2 section first', () => {
  it('figures inside the 5.1.2.2 section win over larger ones before it, after it and in another document', () => {
    const staff = [
      ...FM.trimEnd().split('\n'), // lines 0-2
      '# 人力资源', // 3
      '', // 4
      '集团服务管理人员 100 人。', // 5: same document, before the section
      '', // 6
      '#### 5.1.2.2 售后服务管理师配置', // 7
      '', // 8
      '售后服务管理师 2 名。', // 9
      '', // 10
      '服务管理人员 30 名。', // 11: the last line of the section
      '', // 12
      '## 附录', // 13
      '', // 14
      '下属网点服务管理人员 200 人。', // 15: same document, after the section
    ].join('\n');
    // Another document whose figure sits on a line inside the section's line span.
    const other = [...FM.trimEnd().split('\n'), '# 年报', '', '## 人员', '', '', '服务管理人员 150 人。'].join('\n');
    const found = analyze({ 'staff.md': staff + '\n', 'report.md': other + '\n' }, ATT).of(RATIO);
    assert.deepEqual(
      found.map((d) => [d.path, d.range, d.message, d.related]),
      [
        [
          '/ws/staff.md',
          range(7, 0, 7, 22),
          ratioMessage(2, 30, 3),
          [
            { path: '/ws/staff.md', range: range(9, 8, 9, 11), message: `${MANAGERS}: 2 名` },
            { path: '/ws/staff.md', range: range(11, 7, 11, 11), message: `${STAFF}: 30 名` },
          ],
        ],
      ],
    );
  });

  it('with 5.1.2.2 sections in two documents, a figure in either section is the section figure', () => {
    const section = (text: string) => `${FM}#### 5.1.2.2 售后服务管理师配置\n\n${text}\n`;
    const found = analyze(
      {
        'a.md': section('服务管理人员 30 名。'),
        'b.md': section('售后服务管理师 2 名。'),
        'c.md': `${FM}# 年报\n\n全公司服务管理人员 100 人。\n`,
      },
      ATT,
    ).of(RATIO);
    assert.deepEqual(
      found.map((d) => [d.message, d.related!.map((r) => r.path)]),
      // The managers in b.md, the staff in a.md, then b.md's section as the clause's other section.
      [[ratioMessage(2, 30, 3), ['/ws/b.md', '/ws/a.md', '/ws/b.md']]],
    );
  });

  it('a bound figure (不少于 30 人) counts when no plain figure is stated', () => {
    const text = `${FM}#### 5.1.2.2 售后服务管理师配置\n\n服务管理人员不少于 30 人，售后服务管理师 2 名。\n`;
    assert.deepEqual(
      analyze({ 'staff.md': text }, ATT)
        .of(RATIO)
        .map((d) => d.message),
      [ratioMessage(2, 30, 3)],
    );
  });

  it('of several plain figures the largest counts, and of equal largest ones the first', () => {
    const text = [
      ...FM.trimEnd().split('\n'),
      '#### 5.1.2.2 售后服务管理师配置',
      '',
      '服务管理人员 20 人。',
      '',
      '服务管理人员 40 人。',
      '',
      '服务管理人员 40 人。',
      '',
      '售后服务管理师 3 名。',
      '',
    ].join('\n');
    assert.deepEqual(
      analyze({ 'staff.md': text }, ATT)
        .of(RATIO)
        .map((d) => [d.message, d.related!.map((r) => r.range)]),
      [[ratioMessage(3, 40, 4), [range(11, 8, 11, 11), range(7, 7, 7, 11)]]],
    );
  });
});
