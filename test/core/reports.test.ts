// The coverage reports (markdown, HTML, JSON) and the catalog JSON over one small set.
import { strict as assert } from 'node:assert';
import { catalogJson, coverageJson, htmlReport, markdownReport } from '../../server/src/core';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { analyze } from '../helpers/analyze';
import { ATTACHMENT, joinLines, LINK, TEXT } from './fixture';

const NA = ['5.1.3', '5.1.4', '5.1.5', '5.1.6', '5.1.7', '5.2'].map((id) => `  "${id}": 不涉及`);
/** 5.1.1.1 covered, 5.1.1.2 missing, 5.3.1 weak, 5.3.2 missing; 5.1.2 N/A with a reason full of markup. */
function set(frontmatter: string[] = ['index: true', 'deductions: [甲]']) {
  const text = joinLines(
    '---',
    'standard: GB/T 27922-2011',
    ...frontmatter,
    'not_applicable:',
    '  "5.1.2": 无 | 管理师 <岗位>',
    ...NA,
    '---',
    '## 5.1 售后服务体系',
    '### 5.1.1 组织架构',
    '#### 5.1.1.1 部门',
    '',
    TEXT,
    '',
    LINK,
    '',
    '### 5.3.1 顾客关系',
    '',
    TEXT,
  );
  return analyze({ 'a.md': text }, ATTACHMENT).coverage;
}
const file = (p: string) => p.slice(4);

describe('coverage reports', () => {
  it('report: markdown has the score, summary, deductions, a row per clause with points and places, and escaped N/A reasons', () => {
    const lines = markdownReport(set(), 'en', file).split('\n');
    assert.deepEqual(lines.slice(0, 11), [
      '# Evidence coverage: GB/T 27922-2011',
      '',
      'Standard: GB/T 27922-2011《商品售后服务评价体系》 (Evaluation system for after-sales service of commodities)',
      '',
      '- Estimated score: **28.2** · Estimated level: **Fail**',
      '- Coverage: 1 of 4 applicable clauses covered (25%), 1 weak, 2 missing, 26 not applicable',
      '- Special deductions: 1 · special bonus: 0 (score before them 29.2)',
      '- Of 4 applicable clauses, 2 rest on inferred catalog content and 0 on a single source.',
      '',
      '| Clause | Status | Points | Confidence | Sections |',
      '| --- | --- | --- | --- | --- |',
    ]);
    const row = (id: string) => lines.find((l) => l.includes(`;${id} `) || l.startsWith(`| ${id} `));
    assert.equal(row('5'), '| 5 Evaluation indicators | partly covered 1/4 | 8.8/30 | verified |  |');
    assert.equal(row('5.1.1'), '| &nbsp;&nbsp;&nbsp;&nbsp;5.1.1 Organizational structure | partly covered 1/2 | 2.5/5 | verified | a.md:15 |');
    assert.equal(
      row('5.1.1.1'),
      '| &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5.1.1.1 After-sales department with functions and posts | covered | 2.5/2.5 | verified | a.md:16 |',
    );
    assert.equal(row('5.1.1.3'), '| &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;5.1.1.3 Self-built or commissioned outlets | missing |  | single source |  |');
    assert.equal(row('5.1.2'), '| &nbsp;&nbsp;&nbsp;&nbsp;5.1.2 Staffing | not applicable 0/0 |  | verified |  |');
    assert.equal(row('5.3.1'), '| &nbsp;&nbsp;&nbsp;&nbsp;5.3.1 Customer relationship | weak | 6.3/12.5 | inferred | a.md:22 |');
    const na = lines.indexOf('## Statement of applicability (not applicable clauses)');
    assert.equal(lines[na - 1], '', 'a blank line before the heading');
    assert.deepEqual(lines.slice(na + 2, na + 4), [
      '- 5.1.2.1 Qualified technical and business staff: 无 \\| 管理师 <岗位>',
      '- 5.1.2.2 After-sales service managers at 10%: 无 \\| 管理师 <岗位>',
    ]);
    assert.equal(lines.at(-2), '_The score and level are an estimate from the evidence documents, not an audit result._');
  });

  it('report: markdown leaves the deductions line out without deductions or bonus, and says None without N/A clauses', () => {
    const text = joinLines('---', 'standard: GB/T 27922-2011', '---', '#### 5.1.1.1 部门', '', TEXT, '', LINK);
    const lines = markdownReport(analyze({ 'a.md': text }, ATTACHMENT).coverage, 'zh-CN', file).split('\n');
    assert.equal(lines.filter((l) => l.includes('特别扣分项')).length, 0);
    const na = lines.findIndex((l) => l.startsWith('## '));
    assert.deepEqual(lines.slice(na + 1, na + 3), ['', '无']);
    const withBonus = set(['index: true', 'bonus: [奖]']);
    assert.ok(markdownReport(withBonus, 'en', file).includes('- Special deductions: 0 · special bonus: 1 (score before them 29.2)\n'));
  });

  it('report: HTML nests the clause tree, shows counts, points and places, escapes text, and lists N/A reasons in a table', () => {
    const html = htmlReport(set(), 'en', file);
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Evidence coverage: GB/T 27922-2011</title>\n<style>'));
    assert.ok(
      html.includes('<div class="score"><div>Estimated score<b>28.2</b></div><div>Estimated level<b>Fail</b></div>\n<div>Coverage<b>25%</b></div></div>'),
    );
    assert.ok(html.includes('<p>Special deductions: 1 · special bonus: 0 (score before them 29.2)</p>'));
    assert.ok(
      html.includes(
        '<li class="group"><span class="line"><span class="st partial">partly covered</span><span class="id">5.1.1</span> Organizational structure (1/2 · 50%)<span class="pts">2.5/5</span><span class="conf verified">verified</span><span class="where">a.md:15</span></span>' +
          '<ul class="tree"><li class="leaf"><span class="line"><span class="st covered">covered</span><span class="id">5.1.1.1</span> After-sales department with functions and posts<span class="pts">2.5/2.5</span><span class="conf verified">verified</span><span class="where">a.md:16</span></span></li>' +
          '<li class="leaf"><span class="line"><span class="st missing">missing</span><span class="id">5.1.1.2</span> Service outlets cover the sales area and are managed<span class="pts">0/2.5</span><span class="conf verified">verified</span><span class="why">why: no section</span></span></li>' +
          '<li class="leaf"><span class="line"><span class="st missing">missing</span><span class="id">5.1.1.3</span> Self-built or commissioned outlets<span class="conf single-source">single source</span></span></li></ul></li>',
      ),
    );
    assert.ok(
      html.includes(
        '<li class="leaf"><span class="line"><span class="st not-applicable">not applicable</span><span class="id">5.1.2.1</span> Qualified technical and business staff<span class="conf verified">verified</span></span></li>',
      ),
    );
    assert.ok(html.includes('<tr><td>5.1.2.1 Qualified technical and business staff</td><td>无 | 管理师 &#60;岗位&#62;</td></tr><tr><td>5.1.2.2 '));
    assert.ok(html.includes('<p>1 of 4 applicable clauses covered (25%), 1 weak, 2 missing, 26 not applicable</p>'));
    assert.ok(html.includes('seed only = only the project&#39;s seed text'));
    assert.ok(html.endsWith('<footer>The score and level are an estimate from the evidence documents, not an audit result.</footer>\n</body></html>\n'));
  });

  it('report: HTML in Chinese without N/A clauses or deductions says 无 and has no deductions paragraph', () => {
    const text = joinLines('---', 'standard: GB/T 27922-2011', '---', '#### 5.1.1.1 部门', '', TEXT, '', LINK);
    const html = htmlReport(analyze({ 'a.md': text }, ATTACHMENT).coverage, 'zh-CN', file);
    assert.ok(html.includes('<html lang="zh-CN">'));
    assert.ok(html.includes('<h2>适用性声明（删减条款）</h2>\n<p>无</p>'));
    assert.ok(!html.includes('特别扣分项'));
    const en = htmlReport(analyze({ 'a.md': text }, ATTACHMENT).coverage, 'en', file);
    assert.ok(en.includes(' 0 not applicable</p>\n\n<p>Of 30 applicable clauses'), 'nothing between the summary and the confidence line');
    assert.equal(htmlReport([], 'en', file).includes('<title>Evidence coverage: </title>'), true);
    const bonus = htmlReport(set(['index: true', 'bonus: [奖]']), 'en', file);
    assert.ok(bonus.includes('<p>Special deductions: 0 · special bonus: 1 (score before them 29.2)</p>'));
  });

  it('report: several sets follow each other, in the HTML title too; a leaf with two sections lists both', () => {
    const [one] = set();
    const html = htmlReport([one, one], 'en', file);
    assert.ok(html.includes('<title>Evidence coverage: GB/T 27922-2011 · Evidence coverage: GB/T 27922-2011</title>'));
    assert.ok(html.includes('</table>\n<h1>Evidence coverage: GB/T 27922-2011</h1>'));
    const twice = joinLines('---', 'standard: GB/T 27922-2011', '---', '#### 5.1.1.1 部门', '', TEXT, '', LINK, '', '#### 5.1.1.1 部门', '', TEXT, '', LINK);
    const md = markdownReport(analyze({ 'a.md': twice }, ATTACHMENT).coverage, 'en', file);
    assert.ok(md.includes('| covered | 2.5/2.5 | verified | a.md:4<br>a.md:10 |'));
  });

  it('report: coverage JSON maps clauses with points, places by file and line, reasons and countsFor', () => {
    const json = coverageJson(set()[0], file);
    assert.deepEqual([json.standard, json.root, json.summary.percent, json.score.value], ['GB/T 27922-2011', '', 25, 28.2]);
    const clause = (id: string) => json.clauses.find((c) => c.id === id);
    assert.deepEqual(clause('5.1.1.1'), {
      id: '5.1.1.1',
      title: 'After-sales department with functions and posts',
      status: 'covered',
      points: 2.5,
      earned: 2.5,
      confidence: 'verified',
      locations: [{ file: 'a.md', line: 15 }],
    });
    assert.deepEqual(clause('5.1.2.1')!.notApplicableReason, '无 | 管理师 <岗位>');
    assert.deepEqual(clause('5.1.1.3')!.countsFor, '5.1.1.2');
    assert.equal('notApplicableReason' in clause('5.1.1.1')!, false);
    assert.equal('countsFor' in clause('5.1.1.1')!, false);
  });

  it('report: catalog JSON gives titles and texts in the locale, with editorial titles and countsFor marked', () => {
    const [catalog] = builtinCatalogs();
    const zh = catalogJson(catalog, 'zh-CN');
    const en = catalogJson(catalog, 'en');
    assert.deepEqual(
      [zh.id, zh.title, zh.roots, en.title],
      ['GB/T 27922-2011', '商品售后服务评价体系', ['5'], 'Evaluation system for after-sales service of commodities'],
    );
    const c = (j: typeof zh, id: string) => j.clauses.find((x) => x.id === id)!;
    assert.deepEqual(c(zh, '5.1.3.2'), {
      id: '5.1.3.2',
      parent: '5.1.3',
      title: '内部保障',
      text: '售后服务组织应提供内部保障，具体包括：',
      isLeaf: true,
      confidence: 'verified',
      editorialTitle: true,
    });
    assert.equal(c(en, '5.1.3.2').text, 'The after-sales service organization shall provide internal assurance, including:');
    assert.deepEqual(
      [c(zh, '5.1.1.3').countsFor, c(zh, '5.1').isLeaf, 'editorialTitle' in c(zh, '5.1'), 'countsFor' in c(zh, '5.1')],
      ['5.1.1.2', false, false, false],
    );
  });
});

describe('coverage reports: header and reasons', () => {
  const text = joinLines(
    '---',
    'standard: GB/T 27922-2011',
    'index: true',
    'organization: 某某电器有限公司',
    'not_applicable:',
    ...['5.1.2', ...NA.map((l) => l.trim().split('"')[1])].map((id) => `  "${id}": 不涉及`),
    '---',
    '## 5.1 售后服务体系',
    '### 5.1.1 组织架构',
    '#### 5.1.1.1 部门',
    '',
    '已设立。',
    '',
    '#### 5.1.1.2 服务网点',
    '',
    '### 5.3.1 顾客关系',
    '',
    TEXT,
    '',
    LINK,
    '',
    '顾客回访记录待补充。',
  );
  const run = () => analyze({ 'a.md': text }, ATTACHMENT);
  const details = (a: ReturnType<typeof run>) => [{ organization: '某某电器有限公司', date: '2026-11-26', diagnostics: a.diagnostics }];

  it('report: HTML names the standard by its full title, the organization and the date, and says why each weak or missing row is so', () => {
    const a = run();
    const html = htmlReport(a.coverage, 'zh-CN', file, details(a));
    assert.ok(
      html.includes(
        '<h1>证据覆盖情况：GB/T 27922-2011</h1>\n<p class="meta">标准：GB/T 27922-2011《商品售后服务评价体系》 · 申请组织：某某电器有限公司 · 日期：2026-11-26</p>\n',
      ),
    );
    const row = (id: string) =>
      new RegExp(
        `<span class="id">${id.replace(/\./g, '\\.')}</span>[^<]*(?:<span class="(?:pts|conf [a-z-]+)">[^<]*</span>)*(<span class="why">[^<]*</span>)?`,
      ).exec(html)?.[1];
    assert.deepEqual(['5.1.1.1', '5.1.1.2', '5.3.1', '5.3.2'].map(row), [
      '<span class="why">原因：正文过短、无证据链接</span>',
      '<span class="why">原因：章节为空</span>',
      '<span class="why">原因：含占位内容</span>',
      '<span class="why">原因：无章节</span>',
    ]);
    assert.equal(row('5.1.1'), undefined, 'a group row has counts, not a reason');
    const statuses = a.coverage[0].clauses.filter((c) => c.isLeaf && !c.countsFor && (c.status === 'weak' || c.status === 'missing')).map((c) => c.id);
    assert.deepEqual(statuses, ['5.1.1.1', '5.1.1.2', '5.3.1', '5.3.2'], 'every weak or missing leaf row is among those checked');
  });

  it('report: HTML in English, and without the diagnostics a missing row still says why', () => {
    const a = run();
    const en = htmlReport(a.coverage, 'en', file, details(a));
    assert.ok(
      en.includes(
        '<p class="meta">Standard: GB/T 27922-2011《商品售后服务评价体系》 (Evaluation system for after-sales service of commodities) · Organization: 某某电器有限公司 · Date: 2026-11-26</p>',
      ),
    );
    assert.ok(en.includes('<span class="why">why: text too short, no evidence linked</span>'));
    const bare = htmlReport(a.coverage, 'zh-CN', file);
    assert.ok(bare.includes('<p class="meta">标准：GB/T 27922-2011《商品售后服务评价体系》</p>'));
    assert.ok(bare.includes('<span class="why">原因：章节为空</span>'));
  });

  it('report: markdown carries the same header and the reason in the status cell', () => {
    const a = run();
    const lines = markdownReport(a.coverage, 'zh-CN', file, details(a)).split('\n');
    assert.equal(lines[2], '标准：GB/T 27922-2011《商品售后服务评价体系》 · 申请组织：某某电器有限公司 · 日期：2026-11-26');
    const row = (id: string) => lines.find((l) => l.includes(`;${id} `))!.split(' | ')[1];
    assert.deepEqual(['5.1.1.1', '5.1.1.2', '5.3.1', '5.3.2'].map(row), [
      '薄弱（原因：正文过短、无证据链接）',
      '缺失（原因：章节为空）',
      '薄弱（原因：含占位内容）',
      '缺失（原因：无章节）',
    ]);
  });
});
