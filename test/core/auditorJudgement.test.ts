// Issue 9: judge real evidence the way an auditor does — the catalog says what the
// sources say, the score follows clause 6, and the layouts real companies write count.
import { strict as assert } from 'node:assert';
import { htmlReport, markdownReport } from '../../server/src/core';
import { analyze, applyEdits, FM, fullSet, GOOD_BODY } from '../helpers/analyze';

const ATT = { files: ['附件/证据.pdf'] };
const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const lines = (...l: string[]) => l.join('\n') + '\n';
const status = (a: ReturnType<typeof analyze>, id: string) => a.coverage[0].clauses.find((c) => c.id === id)!.status;
const LINK = '- [记录](附件/证据.pdf)';

describe('auditor judgement (issue 9)', () => {
  describe('a set written at the 15-indicator level', () => {
    const text = lines(
      FM.trimEnd(),
      '## 5.3 顾客服务',
      '### 5.3.1 顾客关系',
      '公司开通400服务热线和微信公众号在线客服，建立CRM顾客档案并设置访问权限保密，每半年开展顾客满意度调查，对重点客户定期回访。',
      LINK,
      '### 5.3.2 投诉处理',
      '公司制定投诉处理制度，受理投诉后登记台账并派单处理，24小时内响应，重大投诉按危机事件上报，每年演练应急预案，按月统计投诉率和解决率。',
      LINK,
    );

    it('reports nothing missing below 5.3.1 and 5.3.2, and counts both sections for 顾客服务', () => {
      const a = analyze({ 'a.md': text }, ATT);
      assert.deepEqual(
        a.of('missing-clause').filter((d) => d.clause!.startsWith('5.3')),
        [],
      );
      assert.deepEqual(a.of('weak-subitem'), [], 'every inferred aspect is mentioned');
      const g = a.coverage[0].clauses.find((c) => c.id === '5.3')!;
      assert.deepEqual([g.status, g.summary.covered, g.summary.leaves, g.points, g.earned], ['covered', 2, 2, 25, 25]);
      assert.equal(a.coverage[0].score.value, 25);
    });

    it('mentions an unaddressed inferred aspect only as info, saying it is inferred, and keeps the clause covered', () => {
      const a = analyze({ 'a.md': text.replace('，每半年开展顾客满意度调查', '') }, ATT);
      assert.deepEqual(
        a.of('weak-subitem').map((d) => [d.severity, d.range, d.message, d.fixes]),
        [
          [
            'info',
            r(4, 0, 4, 14),
            "Section 5.3.1 does not mention aspect(s) e) (定期开展顾客满意度调查). These aspects are inferred from company material that follows the standard; they are not the standard's text.",
            undefined,
          ],
        ],
      );
      assert.equal(status(a, '5.3.1'), 'covered');
    });

    it('accepts a deeper id under an inferred clause as its evidence, with an info; under known children it stays an error', () => {
      const deeper = lines(
        FM.trimEnd(),
        '### 5.2.4 维修',
        '#### 5.2.4.1 维修响应',
        '维修工单系统记录每一次报修、派工、上门和完工验收，备件库存每周盘点并及时补货，收费按公示标准执行。',
        LINK,
        '#### 5.1.1.9 其他网点',
      );
      const a = analyze({ 'a.md': deeper }, ATT);
      assert.deepEqual(
        a.of('unknown-clause').map((d) => [d.severity, d.range, d.message]),
        [
          [
            'info',
            r(4, 5, 4, 12),
            '5.2.4.1 is not in the catalog; counted as evidence for 5.2.4 Repair and maintenance (no source prints a finer structure of that clause).',
          ],
          ['error', r(7, 5, 7, 12), '5.1.1.9 is not a clause of GB/T 27922-2011.'],
        ],
      );
      assert.equal(status(a, '5.2.4'), 'covered');
      assert.deepEqual(
        a.coverage[0].clauses.find((c) => c.id === '5.2.4')!.locations.map((l) => l.line),
        [3, 4],
      );
      assert.deepEqual(
        a.diagnostics.filter((d) => d.clause === '5.2.4'),
        [],
        'the 5.2.4 heading above its deeper section is a container, not a thin section',
      );
    });
  });

  describe('5.1.1.3 is evidence for 5.1.1.2', () => {
    it('covers 5.1.1.2 through a 5.1.1.3 section; 5.1.1.3 is never missing and carries no points', () => {
      const a = analyze({ 'a.md': lines(FM.trimEnd(), '### 5.1.1 组织架构', '#### 5.1.1.3 自建或委托网点', GOOD_BODY) }, ATT);
      assert.equal(status(a, '5.1.1.2'), 'covered');
      assert.deepEqual(
        a
          .of('missing-clause')
          .map((d) => d.clause)
          .filter((id) => id!.startsWith('5.1.1')),
        ['5.1.1.1'],
      );
      const own = a.coverage[0].clauses.find((c) => c.id === '5.1.1.3')!;
      assert.deepEqual([own.points, own.earned, own.countsFor, own.status], [0, 0, '5.1.1.2', 'covered']);
      assert.deepEqual(a.of('title-mismatch'), []);
    });
  });

  describe('sections that are no evidence', () => {
    it('an empty section, the stub or placeholders only: missing, its location kept, the diagnostic says it is still empty', () => {
      const text = lines(FM.trimEnd(), '### 5.1.1 组织架构', '#### 5.1.1.1 部门', '', '待补充', '', '#### 5.1.1.2 网点', '<!-- 稍后填写 -->');
      const a = analyze({ 'a.md': text }, { ...ATT, locale: 'zh-CN' });
      assert.deepEqual(
        a
          .of('missing-clause')
          .filter((d) => d.clause!.startsWith('5.1.1'))
          .map((d) => [d.clause, d.range.start.line, d.message, d.fixes]),
        [
          ['5.1.1.1', 4, '5.1.1.1 售后服务部门及职能岗位 的章节仍是空的：请在此写明做法并链接记录文件。在此之前该条款按缺失计。', undefined],
          ['5.1.1.2', 8, '5.1.1.2 服务网点覆盖与管理 的章节仍是空的：请在此写明做法并链接记录文件。在此之前该条款按缺失计。', undefined],
        ],
      );
      assert.deepEqual(
        a.diagnostics.filter((d) => d.rule.startsWith('weak-')),
        [],
        'no weak-* noise on a place to write',
      );
      assert.deepEqual(
        a.coverage[0].clauses.find((c) => c.id === '5.1.1.1')!.locations.map((l) => l.line),
        [4],
      );
      assert.equal(a.coverage[0].score.earned, 0);
    });

    it('"insert all missing sections" on a set with one real section leaves the score where it was', () => {
      const docs = { 'a.md': lines(FM.trimEnd(), '### 5.1.1 组织架构', '#### 5.1.1.1 售后服务部门及职能岗位', GOOD_BODY) };
      const before = analyze(docs, ATT);
      assert.deepEqual([before.coverage[0].score.value, before.coverage[0].summary.covered], [2.5, 1]);
      const all = before.of('missing-clause')[0].fixes!.find((f) => /Insert all/.test(f.title))!;
      assert.equal(all.title, 'Insert all 29 missing sections');
      const after = analyze(applyEdits(docs, all.edits), ATT);
      assert.deepEqual([after.coverage[0].score.value, after.coverage[0].summary.covered, after.coverage[0].summary.missing], [2.5, 1, 29]);
      assert.equal(after.of('missing-clause').length, 29);
      assert.ok(after.of('missing-clause').every((d) => d.fixes === undefined && /still empty/.test(d.message)));
    });

    it('a section whose only file links are broken is weak, never covered, and says the links are broken', () => {
      const text = lines(FM.trimEnd(), '#### 5.1.1.1 部门', GOOD_BODY.replace('附件/证据.pdf', '附件/组织机构图.pdf'));
      const a = analyze({ 'a.md': text }, ATT);
      assert.equal(status(a, '5.1.1.1'), 'weak');
      assert.deepEqual(
        a.of('weak-no-evidence').map((d) => [d.range, d.message]),
        [[r(3, 0, 3, 15), 'Section 5.1.1.1 links only to files that do not exist (附件/组织机构图.pdf); a broken link is no evidence.']],
      );
      assert.equal(a.of('broken-attachment').length, 1);
      // One working link beside the broken one is evidence.
      assert.equal(status(analyze({ 'a.md': text + LINK + '\n' }, ATT), '5.1.1.1'), 'covered');
    });
  });

  describe('the layouts real documents have', () => {
    const body = '公司建立顾客档案，开通400热线与在线客服，签订保密承诺，定期开展满意度调查，对重点客户回访巡检，记录完整。';
    for (const [name, heading, tagAfter] of [
      ['own numbers 3.1, tag above', '### 3.1 客户关系', false],
      ['own numbers 3.1, tag below', '### 3.1 客户关系', true],
      ['Chinese numbering 一、', '## 一、客户关系', false],
      ['bracketed （二）', '### （二）客户关系', true],
    ] as const) {
      it(`a clause tag beside a heading with the document's own numbering tags it: ${name}`, () => {
        const tag = '<!-- clause: 5.3.1 -->';
        const text = lines(FM.trimEnd(), ...(tagAfter ? [heading, tag] : [tag, heading]), body, LINK, '### 3.2 职责', '说明各岗位的职责。');
        const a = analyze({ 'a.md': text }, ATT);
        assert.equal(status(a, '5.3.1'), 'covered');
        assert.deepEqual(
          a.coverage[0].clauses.find((c) => c.id === '5.3.1')!.locations.map((l) => l.line),
          [tagAfter ? 3 : 4],
        );
        assert.deepEqual(
          a.diagnostics.filter((d) => d.clause === '5.3.1' || d.rule === 'unknown-clause' || d.rule === 'no-clause-section'),
          [],
        );
      });
    }

    it('a section of a not-applicable clause is not judged by the weakness rules', () => {
      const text = lines(
        '---',
        'standard: GB/T 27922-2011',
        'not_applicable:',
        '  5.2.6: 仅线上销售软件，无实物商品回收',
        '---',
        '### 5.2.6 废弃商品回收',
        '不适用，见删减说明。',
      );
      const a = analyze({ 'a.md': text }, ATT);
      assert.deepEqual(
        a.diagnostics.filter((d) => d.clause === '5.2.6'),
        [],
      );
      assert.equal(status(a, '5.2.6'), 'not-applicable');
    });

    it('catches template placeholders: runs of X, blanks to fill in, 【待填】, （此处填写…）', () => {
      const text = lines(
        FM.trimEnd(),
        '#### 5.1.4.1 售后服务手册',
        '公司制定《XXXX用户抱怨处理制度》和《xxx手册》，由＊＊＊审批，负责人：____，电话＿＿＿，版本【待填】（此处填写发布日期），×××部门。',
        '',
        '____',
        '',
        LINK,
      );
      const a = analyze({ 'a.md': text }, ATT);
      assert.deepEqual(
        a.of('weak-placeholder').map((d) => [d.range.start.character, (d.message.match(/"(.*)"/) ?? [])[1]]),
        [
          [5, 'XXXX'],
          [20, 'xxx'],
          [28, '＊＊＊'],
          [38, '____'],
          [45, '＿＿＿'],
          [51, '【待填】'],
          [56, '此处填写'],
          [66, '×××'],
        ],
        'the thematic break on its own line is no placeholder',
      );
    });

    it('a document that names the standard but yields no clause section says so, with the reason', () => {
      const own = lines(FM.trimEnd(), '## 1 编制目的', '正文。', '### 3.2 职责', '正文。');
      const a = analyze({ 'a.md': fullSet(), 'b.md': own, 'c.md': FM + '只有正文。\n', 'd.md': lines(FM.trimEnd(), '## 客户关系', '正文。') }, ATT);
      assert.deepEqual(
        a.of('no-clause-section').map((d) => [d.path, d.severity, d.range, d.message]),
        [
          [
            '/ws/b.md',
            'info',
            r(1, 0, 1, 25),
            "This document names GB/T 27922-2011, but none of its headings is a clause section, so it counts for nothing: its headings carry the document's own numbers (1, 3.2), outside the catalog's ids (5.…), and no clause tag; put <!-- clause: id --> on the line above or below each heading.",
          ],
          [
            '/ws/c.md',
            'info',
            r(1, 0, 1, 25),
            'This document names GB/T 27922-2011, but none of its headings is a clause section, so it counts for nothing: it has no headings.',
          ],
          [
            '/ws/d.md',
            'info',
            r(1, 0, 1, 25),
            'This document names GB/T 27922-2011, but none of its headings is a clause section, so it counts for nothing: no heading starts with a clause id or carries a <!-- clause: id --> tag.',
          ],
        ],
      );
      const index = analyze({ 'a.md': fullSet(), 'i.md': '---\nstandard: GB/T 27922-2011\nindex: true\n---\n总览。\n' }, ATT);
      assert.deepEqual(index.of('no-clause-section'), [], 'an index document declared as such may be an overview');
    });
  });

  describe('confidence and points wherever a clause is shown', () => {
    it('the markdown and HTML reports carry points, a confidence column and its legend', () => {
      const a = analyze({ 'a.md': fullSet(['5.3.2']) }, { ...ATT, locale: 'zh-CN' });
      const md = markdownReport(a.coverage, 'zh-CN', (p) => p.slice(4)).split('\n');
      assert.ok(md.includes('| 条款 | 状态 | 分值 | 可信度 | 所在章节 |'));
      assert.ok(md.includes('| &nbsp;&nbsp;5.1 售后服务体系 | 已覆盖 18/18 | 40/40 | 已核实 | a.md:4 |'));
      assert.ok(md.includes('| &nbsp;&nbsp;&nbsp;&nbsp;5.3.2 投诉处理 | 缺失（原因：无章节） | 0/12.5 | 推断 |  |'));
      assert.ok(md.includes('- 适用条款 30 项中，7 项的目录内容为推断，8 项仅有单一来源。'));
      assert.ok(md.some((l) => l.startsWith('可信度：已核实＝')));
      const html = htmlReport(a.coverage, 'zh-CN', (p) => p.slice(4));
      assert.match(html, /<span class="id">5\.3\.2<\/span> 投诉处理<span class="pts">0\/12\.5<\/span><span class="conf inferred">推断<\/span>/);
      assert.match(html, /<p class="legend">可信度：已核实＝/);
    });
  });
});
