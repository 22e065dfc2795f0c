// The catalog cross-checks a JSON Schema cannot express, each on a small inline catalog,
// with the exact message and the line of the offending value. And a small custom catalog
// drives coverage and points as the built-in one does.
import { strict as assert } from 'node:assert';
import { analyzeFolder, CatalogRegistry, DEFAULT_CONFIG, parseCatalog, parseEvidenceDocument, rankClauses } from '../../server/src/core';
import { leafPoints } from '../../server/src/core/coverage/score';
import { joinLines } from './fixture';

/** A catalog with root "1" and the given clause lines (clauses start on line 12). */
const catalogText = (clauses: string[], levels = ['    - { min: 0, label: { zh: 不合格 } }', '    - { min: 70, label: { zh: 合格 } }']) =>
  joinLines(
    'schemaVersion: 1',
    'standard:',
    '  id: T-1',
    '  title: { zh: 测试 }',
    "  idPattern: '^[0-9]+(\\.[0-9]+)*$'",
    '  roots: ["1"]',
    'scoring:',
    '  levels:',
    ...levels,
    'clauses:',
    ...clauses,
  );
const clause = (id: string, more = '') => `  - { id: "${id}", title: { zh: 标题${id} }, confidence: verified${more} }`;
const VALID = [
  clause('1', ', points: 10'),
  clause('1.1', ', parent: "1"'),
  clause('1.2', ', parent: "1", points: 4'),
  clause('1.1.1', ', parent: "1.1"'),
  clause('1.1.2', ', parent: "1.1", countsFor: "1.1.1"'),
];
const problems = (clauses: string[], levels?: string[]) => {
  const r = parseCatalog(catalogText(clauses, levels), 'x.yaml');
  assert.equal(r.catalog, undefined, 'rejected');
  return r.problems.map((p) => [p.line, p.message]);
};

describe('catalog cross-checks', () => {
  it('catalog check: a valid small catalog loads, with its structure and points', () => {
    const r = parseCatalog(catalogText(VALID), 'x.yaml');
    assert.deepEqual(r.problems, []);
    const c = r.catalog!;
    assert.deepEqual(
      [c.id, c.file, c.leaves().map((l) => l.id), c.leavesUnder('1.1').map((l) => l.id), c.leavesUnder('1.1.2'), c.leavesUnder('9')],
      ['T-1', 'x.yaml', ['1.2', '1.1.1'], ['1.1.1'], [], []],
    );
    assert.deepEqual(
      [c.isLeaf('1.1.2'), c.isLeaf('1.1'), c.isLeaf('9'), c.depth('1.1.1'), c.ancestors('1.1.1').map((a) => a.id)],
      [true, false, false, 2, ['1.1', '1']],
    );
    assert.deepEqual([c.evidenceTarget('1.1.2')?.id, c.evidenceTarget('1.2.7')?.id, c.evidenceTarget('9.9')], ['1.1.1', undefined, undefined]);
    assert.deepEqual([c.inIdSpace('1'), c.inIdSpace('1.5'), c.inIdSpace('10.1'), c.inIdSpace('2')], [true, true, false, false]);
    assert.deepEqual(
      [...leafPoints(c)],
      [
        ['1.2', 4],
        ['1.1.1', 6],
      ],
      'the pool minus fixed points goes to the one indicator with free leaves',
    );
  });

  it('catalog check: points split a pool over its indicators with free leaves, then over their leaves; an inner pool does not override', () => {
    const r = parseCatalog(
      catalogText([
        clause('1', ', points: 12'),
        clause('1.1', ', parent: "1", points: 6'),
        clause('1.1.1', ', parent: "1.1"'),
        clause('1.1.2', ', parent: "1.1"'),
        clause('1.1.3', ', parent: "1.1"'),
        clause('1.2', ', parent: "1"'),
        clause('1.3', ', parent: "1", points: 2'),
      ]),
      'x.yaml',
    );
    assert.deepEqual(
      [...leafPoints(r.catalog!)],
      [
        ['1.3', 2],
        ['1.1.1', 5 / 3],
        ['1.1.2', 5 / 3],
        ['1.1.3', 5 / 3],
        ['1.2', 5],
      ],
    );
  });

  it('catalog check: a catalog without aliases is found by its id only', () => {
    const registry = new CatalogRegistry();
    registry.add(parseCatalog(catalogText(VALID), 'x.yaml').catalog!);
    assert.deepEqual([registry.resolve('t-1')?.id, registry.resolve('Stryker was here'), registry.names()], ['T-1', undefined, ['T-1']]);
  });

  it('catalog check: a catalog with Chinese-only titles and levels ranks titles and names levels in Chinese whatever the locale', () => {
    const registry = new CatalogRegistry();
    const catalog = parseCatalog(catalogText(VALID), 'x.yaml').catalog!;
    registry.add(catalog);
    assert.deepEqual(
      rankClauses(catalog, '标题1.2', 1).map((m) => m.clause.id),
      ['1.2'],
    );
    assert.deepEqual(rankClauses(catalog, 'Stryker was here'), [], 'no English title or text to match');
    const docs = [
      parseEvidenceDocument(
        '/ws/a.md',
        joinLines(
          '---',
          'standard: T-1',
          '---',
          '## 1.2 标题1.2',
          '',
          '本公司设立客户服务中心作为专门的售后服务部门，明确了部门职责和岗位设置并由总经理签发任命文件。',
          '',
          '- [记录](证据.pdf)',
        ),
      ),
    ];
    const [set] = analyzeFolder({
      root: '/ws',
      config: DEFAULT_CONFIG,
      catalogs: registry,
      documents: docs,
      fs: { exists: () => true },
      locale: 'en',
      now: new Date('2026-11-26T00:00:00Z'),
    }).sets;
    assert.deepEqual([set.coverage.score.value, set.coverage.score.level, set.coverage.score.label], [40, '不合格', '不合格 (estimate)']);
  });

  it('catalog check: schema problems are ordered by line, then column', () => {
    assert.deepEqual(
      parseCatalog(
        catalogText([clause('1'), '  - { id: "1.1", parent: "1", title: { zh: 1 }, confidence: maybe }']).replace('roots: ["1"]', 'roots: "1"'),
        'x.yaml',
      ).problems.map((p) => [p.line, p.column]),
      [
        [6, 3],
        [13, 40],
        [13, 49],
      ],
    );
  });

  it('catalog check: an id outside idPattern, a duplicate id and a clause that is its own parent', () => {
    assert.deepEqual(problems([clause('1'), clause('1.a', ', parent: "1"'), clause('1', ''), clause('1.3', ', parent: "1.3"')]), [
      [13, 'clause id "1.a" does not match idPattern ^[0-9]+(\\.[0-9]+)*$'],
      [14, 'duplicate clause id "1" (first defined as clause #1)'],
      [15, 'clause "1.3" is its own parent'],
    ]);
  });

  it('catalog check: a parent that does not exist, one listed later, and a clause without parent that is no root', () => {
    assert.deepEqual(problems([clause('1'), clause('1.1', ', parent: "1.9"'), clause('1.2', ', parent: "1.3"'), clause('1.3', ', parent: "1"'), clause('2')]), [
      [13, 'parent "1.9" of "1.1" is not a clause of this catalog'],
      [14, 'parent "1.3" of "1.2" must be listed before it (a parent listed later can form a cycle)'],
      [16, 'clause "2" has no parent but is not one of the roots ["1"]'],
    ]);
  });

  it('catalog check: a flat alias used twice and a sub-item key used twice', () => {
    const items = ', items: [{ key: a, text: { zh: 甲 } }, { key: a, text: { zh: 乙 } }]';
    assert.deepEqual(problems([clause('1'), clause('1.1', ', parent: "1", flatAlias: "7"'), clause('1.2', ', parent: "1", flatAlias: "7"' + items)]), [
      [14, 'flatAlias "7" is used by "1.1" too'],
      [14, 'duplicate sub-item key "a" in "1.2"'],
    ]);
  });

  it('catalog check: countsFor must name a leaf requirement, not be a group, and carry no points', () => {
    assert.deepEqual(
      problems([
        clause('1'),
        clause('1.1', ', parent: "1"'),
        clause('1.2', ', parent: "1", countsFor: "1.9"'),
        clause('1.3', ', parent: "1", countsFor: "1", points: 2'),
      ]),
      [
        [14, 'countsFor "1.9" of "1.2" is not a clause of this catalog'],
        [15, 'countsFor "1" of "1.3" must be a leaf requirement'],
        [15, '"1.3" counts for "1" and carries no points of its own'],
      ],
    );
    assert.deepEqual(
      problems([
        clause('1'),
        clause('1.1', ', parent: "1", countsFor: "1.2"'),
        clause('1.2', ', parent: "1", countsFor: "1.3"'),
        clause('1.3', ', parent: "1"'),
        clause('1.1.1', ', parent: "1.1"'),
      ]),
      [
        [13, 'countsFor "1.2" of "1.1" must be a leaf requirement'],
        [13, '"1.1" has children, so it cannot count for another clause'],
      ],
    );
  });

  it('catalog check: a root that is no clause, levels out of order, and an idPattern that does not compile', () => {
    assert.deepEqual(problems([clause('1.1', ', parent: "1"')], ['    - { min: 70, label: { zh: 合格 } }', '    - { min: 70, label: { zh: 优 } }']), [
      [12, 'parent "1" of "1.1" is not a clause of this catalog'],
      [6, 'root "1" is not a clause of this catalog'],
      [10, 'levels must be in ascending order of min'],
    ]);
    const bad = parseCatalog(catalogText(VALID).replace("'^[0-9]+(\\.[0-9]+)*$'", "'^[0-9'"), 'x.yaml');
    assert.deepEqual(
      bad.problems.map((p) => [p.line, p.message.split(':')[0]]),
      [[5, 'idPattern is not a valid regular expression']],
    );
  });

  it('catalog check: claims name clauses of the catalog, kinds and scopes once each, and ratios of people', () => {
    const claims = [
      'claims:',
      '  commitmentClause: "9"',
      '  scopes:',
      '    - { id: urban, name: { zh: 市区 }, words: [市区] }',
      '    - { id: urban, name: { zh: 城区 }, words: [城区] }',
      '  kinds:',
      '    - { id: onsite, name: { zh: 上门 }, clause: "1.2", unit: time, phrases: [上门] }',
      '    - { id: onsite, name: { zh: 到达 }, clause: "8", unit: time, phrases: [到达] }',
      '    - { id: staff, name: { zh: 人员 }, clause: "1.2", unit: people, phrases: [人员] }',
      '  ratios:',
      '    - { clause: "7", part: onsite, whole: nobody, minPercent: 10, atLeast: 1 }',
      '    - { clause: "1.2", part: staff, whole: staff, minPercent: 10, atLeast: 1 }',
    ];
    const r = parseCatalog(catalogText(VALID) + joinLines(...claims), 'x.yaml');
    assert.equal(r.catalog, undefined);
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.message]),
      [
        [18, 'claims: "9" is not a clause of this catalog'],
        [24, 'duplicate claim kind "onsite"'],
        [24, 'claims: "8" is not a clause of this catalog'],
        [21, 'duplicate claim scope "urban"'],
        [27, 'claims: "7" is not a clause of this catalog'],
        [27, 'claims: ratio part "onsite" must be measured in people'],
        [27, 'claims: ratio whole "nobody" is not a claim kind'],
      ],
    );
  });
});
