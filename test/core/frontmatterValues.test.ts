// What the frontmatter reader makes of each kind of value: numbers where text is
// expected, empty values, unknown keys, and YAML that does not parse.
import { strict as assert } from 'node:assert';
import { parseEvidenceDocument } from '../../server/src/core';
import { joinLines, range } from './fixture';

const frontmatter = (...lines: string[]) => parseEvidenceDocument('/ws/a.md', joinLines('---', ...lines, '---', '## 5.1 体系')).frontmatter!;
const problems = (...lines: string[]) => frontmatter(...lines).problems.map((p) => [p.key, p.args, p.range]);

describe('frontmatter values', () => {
  it('frontmatter: numbers are read as text for standard, organization and owner; unknown keys are ignored', () => {
    const fm = frontmatter('standard: 27922', 'organization: 123', 'owner: 1.5', 'foo: [1, {a: b}]');
    assert.deepEqual(
      [fm.standard, fm.organization, fm.owner, fm.problems],
      [{ value: '27922', range: range(1, 0, 1, 15), keyRange: range(1, 0, 1, 8) }, '123', '1.5', []],
    );
  });

  it('frontmatter: an update date that is no ISO date string is a problem naming what was written, or nothing', () => {
    assert.deepEqual(problems('updated: 20260105'), [['badDate', ['updated', '20260105'], range(1, 0, 1, 17)]]);
    assert.deepEqual(problems('updated:'), [['badDate', ['updated', ''], range(1, 0, 1, 8)]]);
    assert.deepEqual(problems('updated: true'), [['badDate', ['updated', 'true'], range(1, 0, 1, 13)]]);
    assert.deepEqual(problems('updated: 2026-1-05'), [['badDate', ['updated', '2026-1-05'], range(1, 0, 1, 18)]]);
    assert.deepEqual(frontmatter('updated: "2026-01-05"').updated, { value: '2026-01-05', range: range(1, 0, 1, 21), keyRange: range(1, 0, 1, 7) });
  });

  it('frontmatter: index must be a YAML boolean; the string "true" is a problem', () => {
    assert.deepEqual(problems('index: "true"'), [['wrongType', ['index', 'boolean'], range(1, 0, 1, 13)]]);
    assert.equal(frontmatter('index: false').index, false);
  });

  it('frontmatter: empty not_applicable, deductions and bonus are no problem and no entries', () => {
    const fm = frontmatter('not_applicable:', 'deductions: []', 'bonus: ""');
    assert.deepEqual([fm.notApplicable, fm.notApplicableRange, fm.deductions, fm.bonus, fm.problems], [[], undefined, [], undefined, []]);
    const quoted = frontmatter('not_applicable: ""', 'deductions:');
    assert.deepEqual([quoted.notApplicableRange, quoted.deductions, quoted.problems], [undefined, undefined, []]);
  });

  it('frontmatter: not_applicable entries keep the range of a written reason only, even an empty one', () => {
    const fm = frontmatter('not_applicable:', '  5.2.6:', '  5.2.5: ""', '  ５.２.４:   不回收  ');
    assert.deepEqual(
      fm.notApplicable.map((e) => [e.raw, e.id, e.reason, e.keyRange, e.valueRange, e.range]),
      [
        ['5.2.6', '5.2.6', '', range(2, 2, 2, 7), undefined, range(2, 2, 2, 8)],
        ['5.2.5', '5.2.5', '', range(3, 2, 3, 7), range(3, 9, 3, 11), range(3, 2, 3, 11)],
        ['５.２.４', '5.2.4', '不回收', range(4, 2, 4, 7), range(4, 11, 4, 14), range(4, 2, 4, 14)],
      ],
    );
    assert.deepEqual(fm.notApplicableRange?.start, { line: 1, character: 0 });
  });

  it('frontmatter: of many YAML errors at most three are reported, at most one a line, each with its 1-based line and the library message', () => {
    const listed = (...lines: string[]) => frontmatter(...lines).problems.map((p) => [p.key, ...p.args, p.range.start.line]);
    assert.deepEqual(listed('a: 1', 'a: 2', 'a: 3', 'a: 4', 'a: 5'), [
      ['yamlDuplicateKey', '3', 'Map keys must be unique', 2],
      ['yamlDuplicateKey', '4', 'Map keys must be unique', 3],
      ['yamlDuplicateKey', '5', 'Map keys must be unique', 4],
    ]);
    const found = frontmatter('a: [', 'b: {', 'c: "', 'd: ]', 'e: [', 'f: {').problems;
    assert.ok(found.length >= 1 && found.length <= 3, JSON.stringify(found));
    const lines = found.map((p) => p.range.start.line);
    assert.equal(new Set(lines).size, lines.length, 'one problem a line');
    for (const p of found) {
      assert.equal(p.range.end.line, p.range.start.line);
      assert.ok(p.range.end.character > p.range.start.character);
      assert.match(p.key, /^yaml/);
    }
  });

  it('frontmatter: with broken YAML the standard is recovered without quotes, padding or comment; none when no line names it', () => {
    const padded = frontmatter('standard:   GB/T 27922-2011   # 标准', 'owner: [');
    assert.deepEqual(padded.standard, { value: 'GB/T 27922-2011', range: range(1, 0, 1, 34), keyRange: range(1, 0, 1, 8) });
    assert.equal(frontmatter("standard: 'GB/T 27922-2011'", 'owner: [').standard?.value, 'GB/T 27922-2011');
    assert.equal(frontmatter('owner: [', 'xstandard: a').standard, undefined);
  });
});

describe('frontmatter values, more shapes', () => {
  it('frontmatter: a duplicate key is an error on the repeated key', () => {
    assert.deepEqual(
      frontmatter('owner: a', 'owner: b').problems.map((p) => [p.key, p.range.start.line]),
      [['yamlDuplicateKey', 2]],
    );
  });

  it('frontmatter: a scalar where the not-applicable map belongs is a problem; so is a list holding a list or a boolean', () => {
    assert.deepEqual(problems('not_applicable: 不适用', 'deductions: [a, [b]]', 'bonus: [true]'), [
      ['wrongType', ['not_applicable', 'map'], range(1, 0, 1, 19)],
      ['wrongType', ['deductions', 'list of descriptions'], range(2, 0, 2, 20)],
      ['wrongType', ['bonus', 'list of descriptions'], range(3, 0, 3, 13)],
    ]);
  });

  it('frontmatter: quoted reasons and descriptions are trimmed; empty reasons and a complex key are no problem', () => {
    const fm = frontmatter('not_applicable:', '  5.2.6:', '  5.2.5: " 不回收 "', '  ? [5.2]', '  : 理由', 'deductions: [" 甲 "]');
    assert.deepEqual(
      fm.notApplicable.map((e) => [e.raw, e.reason]),
      [
        ['5.2.6', ''],
        ['5.2.5', '不回收'],
        ['', '理由'],
      ],
    );
    assert.deepEqual([fm.deductions, fm.problems], [['甲'], []]);
  });

  it('frontmatter: broken YAML recovers the standard from its own line, not from a longer key before it', () => {
    const fm = frontmatter('standards: other', 'standard: GB/T 27922-2011', 'owner: [');
    assert.deepEqual(fm.standard, { value: 'GB/T 27922-2011', range: range(2, 0, 2, 25), keyRange: range(2, 0, 2, 8) });
  });

  it('frontmatter: an alias bomb is reported with the YAML library message', () => {
    const aliases = Array.from({ length: 120 }, (_, i) => `k${i}: *a`);
    const fm = frontmatter('a: &a x', ...aliases);
    assert.deepEqual(
      fm.problems.map((p) => [p.key, p.args]),
      [['yamlTooComplex', ['Excessive alias count indicates a resource exhaustion attack']]],
    );
  });
});

describe('frontmatter values, dates and reasons', () => {
  it('frontmatter: updated is a real calendar date written YYYY-MM-DD, with nothing before or after it', () => {
    assert.equal(frontmatter('updated: 2024-02-29').updated?.value, '2024-02-29');
    for (const bad of ['2023-02-29', '2024-13-01', 'x2024-02-03', '2024-02-03x', '2024-02-03 10:00']) {
      const fm = frontmatter(`updated: ${bad}`);
      assert.deepEqual([fm.updated, fm.problems.map((p) => [p.key, ...p.args])], [undefined, [['badDate', 'updated', bad]]], bad);
    }
  });

  it('frontmatter: a not_applicable reason that is a list, a map or a boolean is the wrong type; a number is a reason', () => {
    const fm = frontmatter('not_applicable:', '  "5.1.2.1": [无, 网点]', '  "5.1.2.2": 2', '  "5.1.2.3": {a: 1}', '  "5.1.2.4": true');
    assert.deepEqual(
      fm.problems.map((p) => [p.key, ...p.args, p.range.start.line]),
      [
        ['wrongType', 'not_applicable.5.1.2.1', 'string', 2],
        ['wrongType', 'not_applicable.5.1.2.3', 'string', 4],
        ['wrongType', 'not_applicable.5.1.2.4', 'string', 5],
      ],
    );
    assert.deepEqual(
      fm.notApplicable.map((e) => [e.id, e.reason]),
      [
        ['5.1.2.1', ''],
        ['5.1.2.2', '2'],
        ['5.1.2.3', ''],
        ['5.1.2.4', ''],
      ],
    );
  });

  it('frontmatter: broken YAML recovers a standard with blanks inside its quotes, or no blank after the colon', () => {
    assert.equal(frontmatter('standard: "GB/T 27922-2011 "', 'owner: "张三').standard?.value, 'GB/T 27922-2011');
    assert.equal(frontmatter('standard:GB/T 27922-2011', 'owner: "张三').standard?.value, 'GB/T 27922-2011');
  });
});
