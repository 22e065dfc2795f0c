import { strict as assert } from 'node:assert';
import { parseConfig } from '../../server/src/core';
import { leafPoints } from '../../server/src/core/coverage/score';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { analyze, FM, fullSet, GOOD_BODY } from '../helpers/analyze';

const ATT = { files: ['附件/证据.pdf'] };

describe('coverage and score', () => {
  it('counts statuses per set and per group, with the percentage over applicable leaves', () => {
    const fm = '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.2.6: 不回收\n---\n';
    const text =
      fm +
      fullSet(['5.1.1.1', '5.1.1.3', '5.2.6'])
        .slice(FM.length)
        .replace('#### 5.1.1.2 服务网点覆盖与管理\n\n' + GOOD_BODY, '#### 5.1.1.2 服务网点覆盖与管理\n\n服务网点清单待补充。\n');
    const [c] = analyze({ 'a.md': text }, ATT).coverage;
    assert.deepEqual(c.summary, { leaves: 30, covered: 27, weak: 1, missing: 1, notApplicable: 1, percent: 93.1 });
    const g = c.clauses.find((x) => x.id === '5.1.1')!;
    assert.equal(g.status, 'weak');
    assert.deepEqual([g.summary.covered, g.summary.leaves, g.summary.percent], [0, 2, 0]);
    assert.equal(c.clauses.find((x) => x.id === '5.2.6')!.status, 'not-applicable');
    assert.equal(c.clauses.find((x) => x.id === '5.2.6')!.notApplicableReason, '不回收');
    assert.deepEqual(c.clauses.map((x) => x.id).slice(0, 4), ['5', '5.1', '5.1.1', '5.1.1.1'], 'catalog order, groups included');
  });

  it('fixes points by the catalog: a pool minus fixed points, evenly over its indicators, then over their leaves', () => {
    const [catalog] = builtinCatalogs();
    const points = leafPoints(catalog);
    assert.equal(points.get('5.1.2.2'), 5, 'fixed by the catalog');
    assert.equal(points.get('5.1.2.1'), 5, '(40 − 5) / 7 indicators, one free leaf in 5.1.2');
    assert.equal(points.get('5.1.1.1'), 2.5, '5 over the two leaf requirements of 5.1.1');
    assert.equal(points.has('5.1.1.3'), false, '5.1.1.3 is no requirement of its own');
    assert.equal(points.get('5.1.6.1'), 1.25);
    assert.equal(points.get('5.2.1.1'), 35 / 6 / 5);
    assert.equal(points.get('5.2.2'), 35 / 6);
    assert.equal(points.get('5.3.1'), 12.5, '25 over 顾客关系 and 投诉处理');
    assert.equal(points.get('5.3.2'), 12.5);
    assert.equal(points.size, 30);
    const total = [...points.values()].reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(total - 100) < 1e-9);
  });

  it('scores covered full, weak half, missing nothing; N/A leaves leave the denominator and nobody inherits their points', () => {
    // Missing all of 5.3 (25 points) → 75; 5.3 N/A → back to 100.
    const missing = analyze({ 'a.md': fullSet(['5.3', '5.3.1', '5.3.2']) }, ATT).coverage[0].score;
    assert.equal(missing.value, 75);
    assert.equal(missing.level, 'Compliant');
    assert.equal(missing.label, 'Compliant (estimate)');
    const na = analyze(
      { 'a.md': '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.3: 不面向个人顾客\n---\n' + fullSet(['5.3', '5.3.1', '5.3.2']).slice(FM.length) },
      ATT,
    ).coverage[0].score;
    assert.deepEqual([na.value, na.earned, na.applicable, na.level], [100, 75, 75, 'Five-star']);
    // 5.1.2.2 weak: loses half of its 5 points → 97.5.
    const weak = analyze(
      {
        'a.md': fullSet().replace(
          '#### 5.1.2.2 售后服务管理师配置\n\n' + GOOD_BODY,
          '#### 5.1.2.2 售后服务管理师配置\n\n本公司配置售后服务管理师，待补充名单。\n',
        ),
      },
      ATT,
    ).coverage[0].score;
    assert.equal(weak.value, 97.5);
    // scoring.weakCredit 0 → a weak clause earns nothing.
    const strict = analyze(
      {
        'a.md': fullSet().replace(
          '#### 5.1.2.2 售后服务管理师配置\n\n' + GOOD_BODY,
          '#### 5.1.2.2 售后服务管理师配置\n\n本公司配置售后服务管理师，待补充名单。\n',
        ),
      },
      { ...ATT, config: { scoring: { weakCredit: 0 } } },
    ).coverage[0].score;
    assert.equal(strict.value, 95);
  });

  it('works out a set with 删减, a weak and a missing leaf, deductions and a bonus as clause 6 does', () => {
    // By hand: N/A 5.2.3 and 5.2.6 (35/6 each) → applicable 100 − 70/6 = 88.333…;
    // 5.3.2 missing (−12.5) and 5.1.2.2 weak (−2.5) → earned 73.333…;
    // base 73.333… / 88.333… × 100 = 83.0189; final 83.0189 − 2 deductions + min(1, 2 bonus) = 82.0189.
    const fm =
      '---\nstandard: GB/T 27922-2011\nindex: true\nnot_applicable:\n  5.2.3: 仅线上销售，由物流公司配送\n  5.2.6: 不涉及废旧商品回收\ndeductions:\n  - 两家委托网点的服务记录与网点管理制度不符\n  - 一名维修人员证书过期\nbonus:\n  - 获省级服务质量奖\n  - 参与行业标准起草\n---\n';
    const body = fullSet(['5.3.2'])
      .slice(FM.length)
      .replace('#### 5.1.2.2 售后服务管理师配置\n\n' + GOOD_BODY, '#### 5.1.2.2 售后服务管理师配置\n\n本公司配置售后服务管理师，待补充名单。\n');
    const [c] = analyze({ 'a.md': fm + body }, { ...ATT, locale: 'zh-CN' }).coverage;
    assert.deepEqual(c.score, {
      value: 82,
      base: 83,
      earned: 73.33,
      applicable: 88.33,
      deductions: 2,
      bonus: 2,
      level: '三星级',
      label: '三星级（估）',
      estimate: true,
    });
    const g = c.clauses.find((x) => x.id === '5.2')!;
    assert.deepEqual([g.points, g.earned], [23.33, 23.33], '5.2 without its two N/A indicators');
    const s51 = c.clauses.find((x) => x.id === '5.1')!;
    assert.deepEqual([s51.points, s51.earned, s51.confidence], [40, 37.5, 'verified']);
  });

  it('fails with five special deductions whatever the score, and below 70 after deductions', () => {
    const five = '---\nstandard: GB/T 27922-2011\nindex: true\ndeductions: [a, b, c, d, e]\n---\n' + fullSet().slice(FM.length);
    const s = analyze({ 'a.md': five }, { ...ATT, locale: 'zh-CN' }).coverage[0].score;
    assert.deepEqual([s.value, s.deductions, s.level], [95, 5, '不合格']);
    // 75 − 6 deductions would be below 70 anyway; 75 − 4 = 71 is still 达标级, 75 − 4 − 2 more… use 5.3 missing.
    const four = '---\nstandard: GB/T 27922-2011\nindex: true\ndeductions: [a, b, c, d]\n---\n' + fullSet(['5.3', '5.3.1', '5.3.2']).slice(FM.length);
    assert.deepEqual(pick(analyze({ 'a.md': four }, { ...ATT, locale: 'zh-CN' }).coverage[0].score), [71, '达标级']);
    const low = four.replace('#### 5.1.2.2 售后服务管理师配置\n\n' + GOOD_BODY, '#### 5.1.2.2 售后服务管理师配置\n\n本公司配置售后服务管理师，待补充名单。\n');
    assert.deepEqual(pick(analyze({ 'a.md': low }, { ...ATT, locale: 'zh-CN' }).coverage[0].score), [68.5, '不合格']);
  });

  it('maps thresholds inclusively to the level names of the certification schemes', () => {
    // 5.3.2 missing: 87.5 → 三星级; 5.3 missing: 75 → 达标级; everything: 100 → 五星级.
    const names = [['5.3.2'], ['5.3', '5.3.1', '5.3.2'], []].map(
      (except) => analyze({ 'a.md': fullSet(except) }, { ...ATT, locale: 'zh-CN' }).coverage[0].score.level,
    );
    assert.deepEqual(names, ['三星级', '达标级', '五星级']);
    const en = analyze({ 'a.md': fullSet(['5.3.2']) }, ATT).coverage[0].score;
    assert.deepEqual([en.value, en.level], [87.5, 'Three-star']);
  });
});

function pick(s: { value: number; level: string }): [number, string] {
  return [s.value, s.level];
}

describe('config file', () => {
  it('parses a valid config with rule settings and N/A entries with ranges', () => {
    const r = parseConfig(
      'standard: GB/T 27922-2011\nminChars: 20\nrules:\n  weak-thin: error\nnot_applicable:\n  5.2.6: 不回收\n  5.2.3:\n',
      '/ws/evidence.config.yaml',
    );
    assert.ok(r.config);
    assert.equal(r.config.minChars, 20);
    assert.equal(r.config.rules['weak-thin'], 'error');
    assert.deepEqual(
      r.config.notApplicable.map((e) => [e.id, e.reason, e.keyRange.start.line]),
      [
        ['5.2.6', '不回收', 5],
        ['5.2.3', '', 6],
      ],
    );
  });

  it('reports wrong keys, unknown rules and bad severities with their line', () => {
    const bad = parseConfig('minChars: many\nrules:\n  weak-thin: loud\n  no-such-rule: off\ncolour: red\n', 'c.yaml');
    assert.equal(bad.config, undefined);
    const lines = bad.problems.map((p) => `${p.line}: ${p.message}`);
    assert.deepEqual(lines, [
      '1: /minChars must be integer',
      '3: /rules/weak-thin must be equal to one of the allowed values (off, info, warning, error, hint)',
      '4: /rules: unknown name "no-such-rule"',
      '5: (top level): unknown key "colour"',
    ]);
  });

  it('reads JSON too and refuses an alias bomb', () => {
    assert.equal(parseConfig('{"minChars": 10}', 'c.json').config?.minChars, 10);
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    assert.match(parseConfig(bomb, 'c.yaml').problems[0].message, /alias/i);
  });
});
