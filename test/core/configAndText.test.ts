// Config parsing and merging, and the text helpers every position and match rests on.
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, LineIndex, mergeConfig, parseConfig, rankClauses } from '../../server/src/core';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { registry } from '../helpers/analyze';
import { range } from './fixture';

describe('config and text helpers', () => {
  it('config: every key is read, with defaults for the ones left out', () => {
    const full = parseConfig(
      [
        'standard: GB/T 27922-2011',
        'catalogs: [a.yaml]',
        'minChars: 10',
        'staleAfterDays: 30',
        'maxFileSize: 1000',
        'ignore: [草稿/**]',
        'rules: {weak-thin: off}',
        'scoring: {weakCredit: 0.25}',
      ].join('\n'),
      '/ws/evidence.config.yaml',
    );
    assert.deepEqual(full.config, {
      ...DEFAULT_CONFIG,
      standard: 'GB/T 27922-2011',
      catalogs: ['a.yaml'],
      minChars: 10,
      staleAfterDays: 30,
      maxFileSize: 1000,
      ignore: ['草稿/**'],
      rules: { 'weak-thin': 'off' },
      scoring: { weakCredit: 0.25 },
      notApplicable: [],
      file: '/ws/evidence.config.yaml',
    });
    assert.deepEqual(parseConfig('', 'c.yaml').config, { ...DEFAULT_CONFIG, file: 'c.yaml' });
  });

  it('config: not-applicable entries carry key and entry ranges; YAML errors and out-of-range values are problems with line and column', () => {
    const r = parseConfig('not_applicable:\n  "5.2.6": 不回收\n  5.2.3:\n', 'c.yaml');
    assert.deepEqual(
      r.config!.notApplicable.map((e) => [e.raw, e.id, e.reason, e.keyRange, e.range]),
      [
        ['5.2.6', '5.2.6', '不回收', range(1, 2, 1, 9), range(1, 2, 1, 14)],
        ['5.2.3', '5.2.3', '', range(2, 2, 2, 7), range(2, 2, 2, 8)],
      ],
    );
    assert.deepEqual(
      parseConfig('minChars: [', 'c.yaml').problems.map((p) => [p.file, p.line, p.column]),
      [['c.yaml', 1, 12]],
    );
    assert.deepEqual(
      parseConfig('scoring:\n  weakCredit: 2\n', 'c.yaml').problems.map((p) => [p.line, p.message]),
      [[2, '/scoring/weakCredit must be <= 1']],
    );
  });

  it('config: a duplicate key is a YAML problem with its first line; problems on one line are ordered by column; reasons are trimmed', () => {
    assert.deepEqual(parseConfig('minChars: 1\nminChars: 2\n', 'c.yaml').problems, [
      { file: 'c.yaml', line: 2, column: 1, message: 'YAML: Map keys must be unique' },
    ]);
    assert.deepEqual(
      parseConfig('rules: {weak-thin: loud, no-such: off}\n', 'c.yaml').problems.map((p) => [p.line, p.column, p.message]),
      [
        [1, 9, '/rules/weak-thin must be equal to one of the allowed values (off, info, warning, error, hint)'],
        [1, 26, '/rules: unknown name "no-such"'],
      ],
    );
    assert.deepEqual(
      parseConfig('not_applicable:\n  5.2.6: " 不回收 "\n  5.2.5: 3\n', 'c.yaml').config!.notApplicable.map((e) => e.reason),
      ['不回收', '3'],
    );
  });

  it("config: editor overrides layer over the file; unset values keep the file's, lists add up, rules and scoring merge", () => {
    const base = { ...DEFAULT_CONFIG, catalogs: ['a.yaml'], ignore: ['x/**'], rules: { 'weak-thin': 'error' as const }, minChars: 20 };
    assert.equal(mergeConfig(base, undefined), base);
    const merged = mergeConfig(base, {
      minChars: undefined,
      staleAfterDays: 7,
      catalogs: ['b.yaml'],
      ignore: ['y/**'],
      rules: { 'weak-placeholder': 'off' },
      scoring: { weakCredit: undefined },
    });
    assert.deepEqual(merged, {
      ...base,
      staleAfterDays: 7,
      catalogs: ['a.yaml', 'b.yaml'],
      ignore: ['x/**', 'y/**'],
      rules: { 'weak-thin': 'error', 'weak-placeholder': 'off' },
      scoring: { weakCredit: 0.5 },
    });
    assert.deepEqual(mergeConfig(base, { scoring: { weakCredit: 0 } }).scoring, { weakCredit: 0 });
  });

  it('line index: CR, LF and CRLF end lines; no position falls between CR and LF; offsets clamp to the line', () => {
    const idx = new LineIndex('a\rbc\r\n𠀀d\n');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(
      [idx.positionAt(2), idx.positionAt(5), idx.positionAt(6), idx.positionAt(9), idx.positionAt(99), idx.positionAt(-3)],
      [
        { line: 1, character: 0 },
        { line: 1, character: 2 },
        { line: 2, character: 0 },
        { line: 2, character: 3 },
        { line: 3, character: 0 },
        { line: 0, character: 0 },
      ],
    );
    assert.deepEqual(
      [
        idx.offsetAt({ line: 1, character: 9 }),
        idx.offsetAt({ line: 1, character: -1 }),
        idx.offsetAt({ line: 7, character: 0 }),
        idx.offsetAt({ line: -1, character: 3 }),
      ],
      [4, 2, 10, 0],
    );
    assert.deepEqual([idx.lineText(0), idx.lineText(1), idx.lineText(2), idx.lineText(3), idx.lineEnd(1), idx.lineStart(9)], ['a', 'bc', '𠀀d', '', 4, 10]);
  });

  it('line index: the dominant line break is CRLF only when the first break is one', () => {
    assert.deepEqual([new LineIndex('a\r\nb\nc').eol(), new LineIndex('a\nb\r\nc').eol(), new LineIndex('abc').eol()], ['\r\n', '\n', '\n']);
  });

  it('standard names: full-width letters, ideographic spaces and look-alike dashes name the same catalog', () => {
    const r = registry();
    for (const name of ['ＧＢ／Ｔ　27922—2011', 'gb/t27922－2011', 'GBT 27922', ' GB/T 27922-2011 商品售后服务评价体系 '])
      assert.equal(r.resolve(name)?.id, 'GB/T 27922-2011', name);
    assert.equal(r.resolve('GB/T 27923-2011'), undefined);
    assert.deepEqual([r.names(), r.all().length], [['GB/T 27922-2011'], 1]);
  });

  it('title ranking: best fit first, ties in catalog order, limited, nothing for a title without words', () => {
    const [catalog] = builtinCatalogs();
    assert.deepEqual(
      rankClauses(catalog, '投诉处理', 1).map((m) => [m.clause.id, m.score]),
      [['5.3.2', 0.9]],
    );
    const ranked = rankClauses(catalog, '服务培训', 3);
    assert.equal(ranked.length, 3);
    assert.ok(ranked[1].score <= ranked[0].score && ranked[2].score <= ranked[1].score);
    assert.equal(rankClauses(catalog, '服务培训').length, 5, 'five by default');
    assert.deepEqual(rankClauses(catalog, '——', 3), []);
    assert.deepEqual(
      rankClauses(catalog, 'Complaint handling', 1).map((m) => m.clause.id),
      ['5.3.2'],
    );
  });

  it('config: overrides that name no catalogs and no ignore patterns keep the file lists as they are', () => {
    const base = { ...DEFAULT_CONFIG, catalogs: ['a.yaml'], ignore: ['x/**'] };
    const merged = mergeConfig(base, { minChars: 30 });
    assert.deepEqual([merged.catalogs, merged.ignore, merged.minChars], [['a.yaml'], ['x/**'], 30]);
  });
});
