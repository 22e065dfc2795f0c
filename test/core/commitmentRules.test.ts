import { strict as assert } from 'node:assert';
import { analyze, applyEdits, FM, GOOD_BODY } from '../helpers/analyze';
import { htmlReport } from '../../server/src/core';

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const ATT = { files: ['附件/证据.pdf'] };

/** A commitment document: a 5.1.7.2 section that states `text`. */
const commitment = (text: string) => `${FM}# 服务承诺书\n\n#### 5.1.7.2 服务承诺\n\n${text}\n\n${GOOD_BODY}`;
/** A service manual: no clause sections, only running text. */
const manual = (text: string) => `${FM}# 售后服务手册\n\n## 第三章 服务规范\n\n${text}\n`;

describe('commitment-mismatch', () => {
  it('24 小时上门 in the commitment against 48 小时上门 in the manual: a warning on both lines, each pointing to the other', () => {
    const docs = { 'commitment.md': commitment('接到报修后 24 小时内上门服务。'), 'manual.md': manual('维修人员接到报修后 48 小时内上门。') };
    const a = analyze(docs, ATT);
    const found = a.of('commitment-mismatch').sort((x, y) => x.path.localeCompare(y.path));
    assert.deepEqual(
      found.map((d) => [d.path, d.range, d.severity, d.clause, d.message, d.related]),
      [
        [
          '/ws/commitment.md',
          r(lineOf(docs['commitment.md'], '24 小时'), 6, lineOf(docs['commitment.md'], '24 小时'), 12),
          'warning',
          undefined,
          'The service commitment (5.1.7.2) states On-site response time as 24 小时内, but 1 other statement(s) say 48 小时内.',
          [{ path: '/ws/manual.md', range: r(7, 10, 7, 16), message: 'Stated as 48 小时内' }],
        ],
        [
          '/ws/manual.md',
          r(7, 10, 7, 16),
          'warning',
          undefined,
          'On-site response time is 48 小时内 here, but the service commitment (5.1.7.2) states 24 小时内.',
          [
            {
              path: '/ws/commitment.md',
              range: r(lineOf(docs['commitment.md'], '24 小时'), 6, lineOf(docs['commitment.md'], '24 小时'), 12),
              message: 'Stated as 24 小时内',
            },
          ],
        ],
      ],
    );
  });

  it('二十四小时 against 24 小时 is the same commitment: no warning', () => {
    const a = analyze(
      {
        'commitment.md': commitment('我们承诺二十四小时上门。'),
        'manual.md': manual('接到报修后 24 小时内上门。'),
        'card.md': manual('保修卡：一天内上门服务。'),
      },
      ATT,
    );
    assert.deepEqual(a.of('commitment-mismatch'), []);
  });

  it('市区 24 小时 and 郊县 48 小时 are different scopes: no warning; the same scope disagreeing is one', () => {
    const docs = {
      'commitment.md': commitment('市区 24 小时内上门，郊县 48 小时内上门。'),
      'manual.md': manual('市区用户 24 小时内上门。\n\n郊县用户 48 小时内上门。'),
    };
    assert.deepEqual(analyze(docs, ATT).of('commitment-mismatch'), []);
    const wrong = { ...docs, 'manual.md': manual('市区用户 24 小时内上门。\n\n郊县用户 72 小时内上门。') };
    assert.deepEqual(
      analyze(wrong, ATT)
        .of('commitment-mismatch', 'manual.md')
        .map((d) => d.message),
      ['On-site response time (suburbs and counties) is 72 小时内 here, but the service commitment (5.1.7.2) states 48 小时内.'],
    );
  });

  it('the quick fix writes the committed number in place of the stated one, in the unit as written, and clears the warning', () => {
    const docs = { 'commitment.md': commitment('保修期 3 年，24 小时内上门。'), 'card.md': manual('本产品保修期为 2 年。\n\n𠀀 接到报修后 2 天内上门。') };
    const a = analyze(docs, ATT);
    const onCard = a.of('commitment-mismatch', 'card.md').sort((x, y) => x.range.start.line - y.range.start.line);
    assert.deepEqual(
      onCard.map((d) => [d.range.start.line, d.fixes!.map((f) => [f.title, f.edits.map((e) => [e.range, e.newText])])]),
      [
        [7, [['Use the committed value 3 年', [[r(7, 8, 7, 9), '3']]]]],
        [9, [['Use the committed value 24 小时内', [[r(9, 9, 9, 10), '1']]]]],
      ],
    );
    const fixed = applyEdits(
      docs,
      onCard.flatMap((d) => d.fixes![0].edits),
    );
    assert.equal(fixed['card.md'], manual('本产品保修期为 3 年。\n\n𠀀 接到报修后 1 天内上门。'));
    assert.deepEqual(analyze(fixed, ATT).of('commitment-mismatch'), []);
  });

  it('without a commitment section, two documents that disagree are reported; one document stating two values is not', () => {
    const a = analyze(
      { 'a.md': manual('整机保修 3 年。'), 'b.md': manual('整机保修 2 年。'), 'c.md': manual('热线 7×24 小时。\n\n服务热线每天 8:00-20:00。') },
      ATT,
    );
    assert.deepEqual(
      a.of('commitment-mismatch').map((d) => [d.path, d.message, d.clause, d.fixes, d.related!.map((x) => x.path)]),
      [
        ['/ws/a.md', 'Warranty period (whole unit) is 3 年 here, but b.md states 2 年.', undefined, undefined, ['/ws/b.md']],
        ['/ws/b.md', 'Warranty period (whole unit) is 2 年 here, but a.md states 3 年.', undefined, undefined, ['/ws/a.md']],
      ],
    );
  });

  it('many documents disagreeing: each names the first 10 of every other value, in document order', () => {
    const docs: Record<string, string> = {};
    for (let i = 0; i < 30; i++) docs[`m${String(i).padStart(2, '0')}.md`] = manual(`整机保修 ${i % 3 === 0 ? 2 : 3} 年。`);
    const found = analyze(docs, ATT).of('commitment-mismatch');
    // Every document disagrees with some other: 30 warnings.
    assert.equal(found.length, 30);
    const first = found.find((d) => d.path === '/ws/m00.md')!;
    // m00 says 2 年; the 3 年 documents are m01, m02, m04, m05, …: the first ten of them.
    const threeYears = ['m01', 'm02', 'm04', 'm05', 'm07', 'm08', 'm10', 'm11', 'm13', 'm14'];
    assert.equal(first.message, `Warranty period (whole unit) is 2 年 here, but ${threeYears.map((f) => `${f}.md`).join(', ')} states 3 年.`);
    assert.deepEqual(
      first.related!.map((r) => r.path),
      threeYears.map((f) => `/ws/${f}.md`),
    );
    const second = found.find((d) => d.path === '/ws/m01.md')!;
    assert.equal(
      second.message,
      'Warranty period (whole unit) is 3 年 here, but m00.md, m03.md, m06.md, m09.md, m12.md, m15.md, m18.md, m21.md, m24.md, m27.md states 2 年.',
    );
  });

  it('a working day is not converted: 1 个工作日 against 24 小时 disagree', () => {
    const a = analyze({ 'commitment.md': commitment('一般故障 24 小时内修复。'), 'manual.md': manual('一般故障 1 个工作日内修复。') }, ATT);
    const [d] = a.of('commitment-mismatch', 'manual.md');
    assert.equal(d.message, 'Repair completion time is 1 个工作日内 here, but the service commitment (5.1.7.2) states 24 小时内.');
    assert.equal(d.fixes, undefined, 'no number in working days says 24 hours');
  });

  it('speaks Chinese, can be turned off and disabled inline', () => {
    const docs = { 'commitment.md': commitment('24 小时内上门。'), 'manual.md': manual('48 小时内上门。') };
    const zh = analyze(docs, { ...ATT, locale: 'zh-CN' }).of('commitment-mismatch', 'manual.md');
    assert.deepEqual(
      zh.map((d) => [d.message, d.fixes![0].title]),
      [['此处上门服务时限为 48 小时内，与服务承诺（5.1.7.2）中的 24 小时内 不一致。', '使用承诺值 24 小时内']],
    );
    assert.deepEqual(analyze(docs, { ...ATT, config: { rules: { 'commitment-mismatch': 'off' } } }).of('commitment-mismatch'), []);
    const disabled = { ...docs, 'manual.md': manual('<!-- evidence-disable commitment-mismatch -->\n48 小时内上门。') };
    assert.deepEqual(
      analyze(disabled, ATT)
        .of('commitment-mismatch')
        .map((d) => d.path),
      ['/ws/commitment.md'],
    );
  });
});

describe('ratio-below-requirement', () => {
  const staffing = (managers: string, staff: string) =>
    `${FM}#### 5.1.2.2 售后服务管理师配置\n\n公司共有服务管理人员 ${staff}。\n\n其中售后服务管理师 ${managers}，均持证上岗。\n\n${GOOD_BODY}`;

  it('2 名售后服务管理师 against 30 名服务管理人员: a warning on the 5.1.2.2 section with the figures', () => {
    const text = staffing('2 名', '30 名');
    const [d, ...rest] = analyze({ 'staff.md': text }, ATT).of('ratio-below-requirement');
    assert.deepEqual(rest, []);
    assert.deepEqual(
      [d.path, d.range, d.severity, d.clause, d.message],
      [
        '/ws/staff.md',
        r(3, 0, 3, 22),
        'warning',
        '5.1.2.2',
        'Certified after-sales service managers: 2, fewer than 10 % of Service-management staff (30); at least 3 required.',
      ],
    );
    assert.deepEqual(d.related, [
      { path: '/ws/staff.md', range: r(7, 10, 7, 13), message: 'Certified after-sales service managers: 2 名' },
      { path: '/ws/staff.md', range: r(5, 11, 5, 15), message: 'Service-management staff: 30 名' },
    ]);
    const zh = analyze({ 'staff.md': text }, { ...ATT, locale: 'zh-CN' }).of('ratio-below-requirement');
    assert.deepEqual(
      zh.map((x) => x.message),
      ['售后服务管理师人数 2 名，少于服务管理人员人数（30 名）的 10%，至少需要 3 名。'],
    );
  });

  it('3 against 30 is enough; 10 % is rounded up (31 needs 4) and at least one is needed', () => {
    assert.deepEqual(analyze({ 'staff.md': staffing('3 名', '30 名') }, ATT).of('ratio-below-requirement'), []);
    assert.deepEqual(
      analyze({ 'staff.md': staffing('3 名', '31 人') }, ATT)
        .of('ratio-below-requirement')
        .map((d) => d.message),
      ['Certified after-sales service managers: 3, fewer than 10 % of Service-management staff (31); at least 4 required.'],
    );
    assert.deepEqual(
      analyze({ 'staff.md': staffing('0 名', '5 名') }, ATT)
        .of('ratio-below-requirement')
        .map((d) => d.message),
      ['Certified after-sales service managers: 0, fewer than 10 % of Service-management staff (5); at least 1 required.'],
    );
    assert.deepEqual(analyze({ 'staff.md': staffing('7 名', '70 名') }, ATT).of('ratio-below-requirement'), []);
  });

  it('takes the plain figure over a bound and the total over its parts', () => {
    const text = `${FM}#### 5.1.2.2 售后服务管理师配置\n\n服务管理人员共35人（管理岗15人、网点负责人20人），按10%的要求应配置售后服务管理师不少于4人。目前持证售后服务管理师3人。\n\n${GOOD_BODY}`;
    assert.deepEqual(
      analyze({ 'staff.md': text }, ATT)
        .of('ratio-below-requirement')
        .map((d) => [d.message, d.related!.map((x) => x.message)]),
      [
        [
          'Certified after-sales service managers: 3, fewer than 10 % of Service-management staff (35); at least 4 required.',
          ['Certified after-sales service managers: 3人', 'Service-management staff: 35人'],
        ],
      ],
    );
  });

  it('an absent headcount is no diagnostic', () => {
    const text = `${FM}#### 5.1.2.2 售后服务管理师配置\n\n配备售后服务管理师 1 名。\n\n${GOOD_BODY}`;
    assert.deepEqual(analyze({ 'staff.md': text }, ATT).of('ratio-below-requirement'), []);
  });

  it('headcounts stated in different documents without a 5.1.2.2 section: reported on the managers figure', () => {
    const a = analyze({ 'org.md': manual('服务管理人员共 40 人。'), 'cert.md': manual('售后服务管理师 两名。') }, ATT);
    assert.deepEqual(
      a.of('ratio-below-requirement').map((d) => [d.path, d.range, d.related!.map((x) => x.path)]),
      [['/ws/cert.md', r(7, 8, 7, 10), ['/ws/cert.md', '/ws/org.md']]],
    );
  });
});

describe('commitments table', () => {
  const docs = {
    'commitment.md': commitment('市区 24 小时内上门，郊县 48 小时内上门；整机保修 3 年。'),
    'manual.md': manual('市区 48 小时内上门。\n\n服务管理人员 30 人。'),
  };

  it('lists each kind and scope with what is stated where and whether it agrees; headcounts are no commitments', () => {
    const [coverage] = analyze(docs, ATT).coverage;
    assert.deepEqual(
      coverage.commitments!.map((e) => [e.name, e.agreement, e.statements.map((s) => [s.path, s.line, s.text, s.committed, s.agrees])]),
      [
        [
          'On-site response time (urban area)',
          'inconsistent',
          [
            ['/ws/commitment.md', 7, '24 小时内', true, false],
            ['/ws/manual.md', 7, '48 小时内', false, false],
          ],
        ],
        ['On-site response time (suburbs and counties)', 'consistent', [['/ws/commitment.md', 7, '48 小时内', true, true]]],
        ['Warranty period (whole unit)', 'consistent', [['/ws/commitment.md', 7, '3 年', true, true]]],
      ],
    );
    assert.equal(analyze({ 'a.md': manual('没有任何数字。') }, ATT).coverage[0].commitments, undefined);
  });

  it('the HTML report carries the table, disagreeing figures marked', () => {
    const [coverage] = analyze(docs, { ...ATT, locale: 'zh-CN' }).coverage;
    const html = htmlReport([coverage], 'zh-CN', (p) => p.slice(4));
    const table = html.slice(html.indexOf('<h2>服务承诺'));
    assert.equal(
      table.slice(0, table.indexOf('</tr>', table.indexOf('</tr>') + 1) + 5),
      '<h2>服务承诺：证据集中的表述及是否一致</h2>\n<table><tr><th>承诺项</th><th>表述（位置）</th><th>一致性</th></tr>' +
        '<tr><td>上门服务时限（市区）</td><td><span class="differs">24 小时内</span> <span class="where">commitment.md:8 · 承诺</span><br>' +
        '<span class="differs">48 小时内</span> <span class="where">manual.md:8</span></td><td class="inconsistent">不一致</td></tr>',
    );
    assert.ok(
      table.includes(
        '<tr><td>上门服务时限（郊县）</td><td><span class="agrees">48 小时内</span> <span class="where">commitment.md:8 · 承诺</span></td><td class="consistent">一致</td></tr>',
      ),
    );
  });
});
