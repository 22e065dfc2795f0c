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

  it('a headcount written as a range (30-40 人) is no headcount: the single figure elsewhere counts', () => {
    const text = `${FM}#### 5.1.2.2 售后服务管理师配置\n\n售后服务管理师 2 名，服务管理人员 30-40 人。\n\n## 附录\n\n服务管理人员 25 人。\n`;
    const found = analyze({ 'a.md': text }, ATT).of(RATIO);
    assert.deepEqual(
      found.map((d) => d.message),
      [ratioMessage(2, 25, 3)],
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

describe('rule mutants: duplicate-section points to at most ten other sections', () => {
  // Twelve files with the same leaf section: d01.md … d12.md.
  const names = Array.from({ length: 12 }, (_, i) => `d${String(i + 1).padStart(2, '0')}.md`);
  const docs = Object.fromEntries(names.map((n) => [n, `${FM}#### 5.1.4.1 售后服务手册\n\n本公司编制了售后服务手册。\n`]));
  const pointer = (name: string) => ({ path: `/ws/${name}`, range: range(3, 0, 3, 19), message: 'Another section for 5.1.4.1' });

  it('the first section points to the next ten, the twelfth to the first ten, all as other sections of the clause', () => {
    const found = analyze(docs, ATT).of('duplicate-section');
    assert.deepEqual(
      found.map((d) => d.message),
      names.map(() => '5.1.4.1 After-sales service manual has sections in 12 places; consider merging them.'),
    );
    const byPath = new Map(found.map((d) => [d.path, d.related]));
    assert.deepEqual(byPath.get('/ws/d01.md'), names.slice(1, 11).map(pointer));
    assert.deepEqual(byPath.get('/ws/d12.md'), names.slice(0, 10).map(pointer));
    // The eleventh is still among the first eleven: it points to the ten others of them.
    assert.deepEqual(byPath.get('/ws/d11.md'), names.slice(0, 10).map(pointer));
  });
});

describe('rule mutants: commitment-mismatch names every other figure and points to ten', () => {
  const manual = (text: string) => `${FM}# 售后服务手册\n\n## 第三章 服务规范\n\n${text}\n`;

  it('a commitment contradicted in eleven manuals (48 and 72 小时): both figures in the message, ten related places', () => {
    const names = Array.from({ length: 11 }, (_, i) => `m${String(i + 1).padStart(2, '0')}.md`);
    const docs: Record<string, string> = {
      'commitment.md': `${FM}# 服务承诺书\n\n#### 5.1.7.2 服务承诺\n\n接到报修后 24 小时内上门服务。\n`,
    };
    for (const n of names) docs[n] = manual(`维修人员接到报修后 ${n === 'm11.md' ? 72 : 48} 小时内上门。`);
    const [d] = analyze(docs, ATT).of('commitment-mismatch', 'commitment.md');
    assert.deepEqual(
      [d.message, d.related],
      [
        'The service commitment (5.1.7.2) states On-site response time as 24 小时内, but 11 other statement(s) say 48 小时内 / 72 小时内.',
        names.slice(0, 10).map((n) => ({ path: `/ws/${n}`, range: range(7, 10, 7, 16), message: 'Stated as 48 小时内' })),
      ],
    );
  });
});

describe('rule mutants: unknown-clause suggestions', () => {
  const fixesOf = (docs: Record<string, string>) =>
    analyze(docs, ATT)
      .of('unknown-clause')
      .map((d) => d.fixes?.map((f) => [f.edits[0].newText, f.isPreferred === true]));

  it('only titles that resemble a clause well are suggested (5.9.9 服务研究报告 → 5.1.6.2, not 5.1.7)', () => {
    // 5.9 has no children; 服务研究报告 fits 服务研究 well and 服务文化 only by 服务: no sibling, one title match.
    assert.deepEqual(fixesOf({ 'a.md': `${FM}#### 5.9.9 服务研究报告\n\n正文。\n` }), [[['5.1.6.2', false]]]);
  });

  it('a flat template number keeps its clause when the title names it first, even if another clause fits the rest better', () => {
    // Flat 5.21 is 5.1.6.2 服务研究; the parenthesis names 5.1.6.1 市场信息反馈机制 in passing.
    const [fixes] = fixesOf({ 'a.md': `${FM}#### 5.21 服务研究（市场信息反馈）\n\n正文。\n` });
    assert.deepEqual(
      fixes!.filter(([, preferred]) => preferred),
      [['5.1.6.2', true]],
    );
    assert.deepEqual(fixes![0], ['5.1.6.2', true]);
  });
});

describe('rule mutants: weak-no-evidence and the sample link', () => {
  it('the sample link of an inserted section is no link, broken or not: the section links to no evidence', () => {
    const text = `${FM}#### 5.1.4.1 售后服务手册\n\n本公司编制了售后服务手册，规定了服务流程、服务标准和服务承诺，并每年修订一次。\n\n- [文件名](附件/文件名.pdf)\n`;
    assert.deepEqual(
      analyze({ 'a.md': text }, ATT)
        .of('weak-no-evidence')
        .map((d) => d.message),
      [
        'Section 5.1.4.1 links to no evidence (no link or image to a file or URL). Put the record file into the 附件/ folder and link it on a line of its own: - [文件名](附件/文件名.pdf)',
      ],
    );
  });
});

describe('rule mutants: related sections added to a diagnostic stop at ten places in all', () => {
  it('a 5.1.2.2 warning with its two figures gets eight of the eleven other 5.1.2.2 sections', () => {
    const names = Array.from({ length: 12 }, (_, i) => `d${String(i + 1).padStart(2, '0')}.md`);
    const docs = Object.fromEntries(names.map((n) => [n, `${FM}#### 5.1.2.2 售后服务管理师配置\n\n本公司配置了售后服务管理师。\n`]));
    docs['d01.md'] = `${FM}#### 5.1.2.2 售后服务管理师配置\n\n服务管理人员 30 名。\n\n售后服务管理师 2 名。\n`;
    const found = analyze(docs, ATT).of(RATIO);
    assert.deepEqual(
      found.map((d) => [d.path, d.related!.map((r) => [r.path, r.range.start.line, r.message])]),
      [
        [
          '/ws/d01.md',
          [
            ['/ws/d01.md', 7, `${MANAGERS}: 2 名`],
            ['/ws/d01.md', 5, `${STAFF}: 30 名`],
            ...names.slice(1, 9).map((n) => [`/ws/${n}`, 3, 'Section for 5.1.2.2']),
          ],
        ],
      ],
    );
  });
});
