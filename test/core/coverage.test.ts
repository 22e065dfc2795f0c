import { strict as assert } from 'node:assert';
import { parseConfig } from '../../server/src/core';
import { leafPoints } from '../../server/src/core/coverage/score';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { analyze, FM, fullSet, GOOD_BODY } from '../helpers/analyze';

const ATT = { files: ['附件/证据.pdf'] };

describe('coverage and score', () => {
  it('counts statuses per set and per group, with the percentage over applicable leaves', () => {
    const fm = '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.2.6: 不回收\n---\n';
    const text = fm + fullSet(['5.1.1.3', '5.2.6']).slice(FM.length).replace('#### 5.1.1.2 服务网点覆盖与管理\n\n' + GOOD_BODY, '#### 5.1.1.2 服务网点覆盖与管理\n\nTODO\n');
    const [c] = analyze({ 'a.md': text }, ATT).coverage;
    assert.deepEqual(c.summary, { leaves: 40, covered: 37, weak: 1, missing: 1, notApplicable: 1, percent: 94.9 });
    const g = c.clauses.find((x) => x.id === '5.1.1')!;
    assert.equal(g.status, 'weak');
    assert.deepEqual([g.summary.covered, g.summary.leaves, g.summary.percent], [1, 3, 33.3]);
    assert.equal(c.clauses.find((x) => x.id === '5.2.6')!.status, 'not-applicable');
    assert.equal(c.clauses.find((x) => x.id === '5.2.6')!.notApplicableReason, '不回收');
    assert.deepEqual(c.clauses.map((x) => x.id).slice(0, 4), ['5', '5.1', '5.1.1', '5.1.1.1'], 'catalog order, groups included');
  });

  it('splits section points evenly over applicable leaves, keeping per-clause points', () => {
    const [catalog] = builtinCatalogs();
    const status = new Map(catalog.leaves().map((l) => [l.id, 'covered' as const]));
    const points = leafPoints(catalog, status);
    assert.equal(points.get('5.1.2.2'), 5);
    assert.equal(points.get('5.1.1.3'), 0);
    assert.equal(points.get('5.1.1.1'), 35 / 17);
    assert.equal(points.get('5.2.2'), 35 / 10);
    assert.equal(points.get('5.3.1.1'), 25 / 11);
    const total = [...points.values()].reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(total - 100) < 1e-9);
  });

  it('scores covered full, weak half, missing nothing; N/A leaves leave the denominator', () => {
    // Missing all of 5.3 (25 points) → 75; 5.3 N/A → back to 100.
    const no53 = ['5.3', '5.3.1', '5.3.2', ...[1, 2, 3, 4, 5, 6].map((i) => `5.3.1.${i}`), ...[1, 2, 3, 4, 5].map((i) => `5.3.2.${i}`)];
    const missing = analyze({ 'a.md': fullSet(no53) }, ATT).coverage[0].score;
    assert.equal(missing.value, 75);
    assert.equal(missing.level, 'Compliant');
    assert.equal(missing.label, 'Compliant (estimate)');
    const na = analyze({ 'a.md': '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.3: 不面向个人顾客\n---\n' + fullSet(no53).slice(FM.length) }, ATT).coverage[0].score;
    assert.equal(na.value, 100);
    assert.equal(na.level, 'Five-star');
    // 5.1.2.2 weak: loses half of its 5 points → 97.5 → four stars... 97.5 ≥ 95 is still five stars.
    const weak = analyze({ 'a.md': fullSet().replace('#### 5.1.2.2 售后服务管理师配置\n\n' + GOOD_BODY, '#### 5.1.2.2 售后服务管理师配置\n\n待补充\n') }, ATT).coverage[0].score;
    assert.equal(weak.value, 97.5);
  });

  it('maps thresholds inclusively to levels, in zh-CN marked as estimate', () => {
    const three = ['5.3.2.1', '5.3.2.2', '5.3.2.3', '5.3.2.4', '5.3.2.5', '5.3.1.1', '5.3.1.2', '5.3.1.3'];
    const s = analyze({ 'a.md': fullSet(three) }, { ...ATT, locale: 'zh-CN' }).coverage[0].score;
    assert.equal(s.value, Math.round((100 - (25 / 11) * 8) * 10) / 10);
    assert.equal(s.level, '三星');
    assert.equal(s.label, '三星（估）');
  });
});

describe('config file', () => {
  it('parses a valid config with rule settings and N/A entries with ranges', () => {
    const r = parseConfig('standard: GB/T 27922-2011\nminChars: 20\nrules:\n  weak-thin: error\nnot_applicable:\n  5.2.6: 不回收\n  5.2.3:\n', '/ws/evidence.config.yaml');
    assert.ok(r.config);
    assert.equal(r.config.minChars, 20);
    assert.equal(r.config.rules['weak-thin'], 'error');
    assert.deepEqual(r.config.notApplicable.map((e) => [e.id, e.reason, e.keyRange.start.line]), [['5.2.6', '不回收', 5], ['5.2.3', '', 6]]);
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
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    assert.match(parseConfig(bomb, 'c.yaml').problems[0].message, /alias/i);
  });
});
