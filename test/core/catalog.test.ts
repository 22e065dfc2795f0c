import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from '../../server/src/core';
import { builtinCatalogDir, builtinCatalogs } from '../../server/src/node/builtinCatalogs';

const builtinFile = join(builtinCatalogDir(), 'gbt27922-2011.yaml');
const builtinText = readFileSync(builtinFile, 'utf8');

/** Every clause id of clause 5 in shared/reference, with the confidence it maps to. */
const REFERENCE_IDS: Record<string, string> = {
  '5': 'verified',
  '5.1': 'verified',
  '5.1.1': 'verified',
  '5.1.1.1': 'verified',
  '5.1.1.2': 'verified',
  '5.1.1.3': 'single-source',
  '5.1.2': 'verified',
  '5.1.2.1': 'verified',
  '5.1.2.2': 'verified',
  '5.1.3': 'verified',
  '5.1.3.1': 'verified',
  '5.1.3.2': 'verified',
  '5.1.3.3': 'single-source',
  '5.1.4': 'verified',
  '5.1.4.1': 'verified',
  '5.1.4.2': 'verified',
  '5.1.5': 'verified',
  '5.1.5.1': 'verified',
  '5.1.5.2': 'verified',
  '5.1.6': 'verified',
  '5.1.6.1': 'single-source',
  '5.1.6.2': 'single-source',
  '5.1.6.3': 'single-source',
  '5.1.6.4': 'single-source',
  '5.1.7': 'verified',
  '5.1.7.1': 'single-source',
  '5.1.7.2': 'single-source',
  '5.1.7.3': 'single-source',
  '5.2': 'verified',
  '5.2.1': 'verified',
  '5.2.1.1': 'seed-only',
  '5.2.1.2': 'seed-only',
  '5.2.1.3': 'seed-only',
  '5.2.1.4': 'seed-only',
  '5.2.1.5': 'seed-only',
  '5.2.2': 'inferred',
  '5.2.3': 'inferred',
  '5.2.4': 'inferred',
  '5.2.5': 'inferred',
  '5.2.6': 'inferred',
  '5.3': 'verified',
  '5.3.1': 'inferred',
  '5.3.2': 'inferred',
};

function problemsOf(text: string) {
  const r = parseCatalog(text, 'bad.yaml');
  assert.equal(r.catalog, undefined, 'catalog should be rejected');
  return r.problems;
}

describe('catalog', () => {
  it('the built-in catalog loads and has every reference clause with its confidence', () => {
    const [catalog] = builtinCatalogs();
    assert.equal(catalog.id, 'GB/T 27922-2011');
    for (const [id, confidence] of Object.entries(REFERENCE_IDS)) {
      assert.equal(catalog.get(id)?.confidence, confidence, `confidence of ${id}`);
    }
    // No clause id that no source prints: the inferred aspects of 5.3.1 and 5.3.2 are sub-items of those leaves.
    for (let i = 1; i <= 6; i++) assert.equal(catalog.get(`5.3.1.${i}`), undefined);
    for (let i = 1; i <= 5; i++) assert.equal(catalog.get(`5.3.2.${i}`), undefined);
    assert.deepEqual(
      catalog.get('5.3.1')!.items!.map((i) => [i.key, i.confidence]),
      ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, 'inferred']),
    );
    assert.deepEqual(
      catalog.get('5.3.2')!.items!.map((i) => [i.key, i.confidence]),
      ['a', 'b', 'c', 'd', 'e'].map((k) => [k, 'inferred']),
    );
    assert.deepEqual(
      catalog
        .leaves()
        .map((c) => c.id)
        .filter((id) => id.startsWith('5.3')),
      ['5.3.1', '5.3.2'],
    );
  });

  it("carries the seed's full wording of 5.2.1.1–5.2.1.5", () => {
    const [catalog] = builtinCatalogs();
    assert.equal(catalog.get('5.2.1.2')!.text!.zh, '商品附属文档中应明确技术数据、操作使用及保养要求等。文档应便于顾客理解，各条款符合国家有关规定要求。');
    assert.equal(catalog.get('5.2.1.4')!.text!.zh, '涉及顾客使用安全的商品，应在商品上做安全提示，并明示安全使用年限。');
    assert.equal(catalog.get('5.2.1.1')!.text!.zh, '商品包装有完整、准确的企业和商品有关信息，便于顾客识别和了解。');
    assert.equal(catalog.get('5.2.1.3')!.text!.zh, '向顾客明示商品的保修期限、维修收费、主要部件和易损配件等信息。');
    assert.equal(catalog.get('5.2.1.5')!.text!.zh, '建立商品系统性缺陷信息公开机制，及时告知顾客。');
  });

  it('marks 5.1.1.3 as evidence for 5.1.1.2, the fourth-level titles as editorial, and deeper ids only under open inferred leaves', () => {
    const [catalog] = builtinCatalogs();
    assert.equal(catalog.get('5.1.1.3')!.countsFor, '5.1.1.2');
    assert.equal(catalog.get('5.1.1.3')!.points, undefined);
    assert.equal(
      catalog.leaves().some((c) => c.id === '5.1.1.3'),
      false,
    );
    assert.equal(catalog.evidenceTarget('5.1.1.3')?.id, '5.1.1.2');
    const editorial = catalog.clauses.filter((c) => c.editorialTitle).map((c) => c.id);
    assert.deepEqual(
      editorial,
      catalog.clauses.filter((c) => c.id.split('.').length === 4).map((c) => c.id),
    );
    assert.equal(editorial.length, 24);
    assert.equal(catalog.evidenceTarget('5.2.4.1')?.id, '5.2.4');
    assert.equal(catalog.evidenceTarget('5.3.1.2.7')?.id, '5.3.1');
    assert.equal(catalog.evidenceTarget('5.1.1.9'), undefined, '5.1.1 has known children');
    assert.equal(catalog.evidenceTarget('5.1.2.2.1'), undefined, '5.1.2.2 is verified, not open');
  });

  it('has the scoring data: section points and level thresholds', () => {
    const [catalog] = builtinCatalogs();
    assert.deepEqual(
      ['5.1', '5.2', '5.3'].map((id) => catalog.get(id)?.points),
      [40, 35, 25],
    );
    assert.deepEqual(
      catalog.data.scoring?.levels.map((l) => l.min),
      [0, 70, 80, 90, 95],
    );
    assert.equal(catalog.get('5.1.2.2')?.points, 5);
  });

  it('maps flat template numbers to clauses', () => {
    const [catalog] = builtinCatalogs();
    assert.equal(catalog.byFlatAlias.get('5.3')?.id, '5.1.1.1');
    assert.equal(catalog.byFlatAlias.get('5.8')?.id, '5.1.2.2');
    assert.equal(catalog.byFlatAlias.get('5.34')?.id, '5.2.1.5');
  });

  it('keeps sub-items and notes', () => {
    const [catalog] = builtinCatalogs();
    assert.deepEqual(
      catalog.get('5.1.3.2')?.items?.map((i) => i.key),
      ['a', 'b', 'c'],
    );
    assert.match(catalog.get('5.1.3.1')?.note?.zh ?? '', /^注/);
  });

  it('rejects YAML syntax errors with file and line', () => {
    const [p] = problemsOf('schemaVersion: 1\nstandard:\n  id: a: b\nclauses: []\n');
    assert.equal(p.file, 'bad.yaml');
    assert.equal(p.line, 3);
    assert.match(p.message, /^YAML/);
  });

  it('rejects a duplicate id at the line of the duplicate', () => {
    const text = builtinText.replace('- id: "5.1.1.2"', '- id: "5.1.1.1"');
    const dupLine = builtinText.split('\n').findIndex((l) => l.includes('- id: "5.1.1.2"')) + 1;
    const problems = problemsOf(text);
    const dup = problems.find((p) => /duplicate clause id "5.1.1.1"/.test(p.message));
    assert.ok(dup, JSON.stringify(problems));
    assert.equal(dup.line, dupLine);
  });

  it('rejects a parent that does not exist and a parent listed later (a possible cycle)', () => {
    assert.ok(problemsOf(builtinText.replace('parent: "5.1.1"', 'parent: "9.9"')).some((p) => /parent "9.9".*not a clause/.test(p.message)));
    const cyc = builtinText.replace(/(- id: "5.1"\n\s+parent: )"5"/, '$1"5.1.1"');
    assert.ok(problemsOf(cyc).some((p) => /must be listed before it/.test(p.message)));
  });

  it('rejects wrong types and unknown keys with the line of the offending key', () => {
    const text = builtinText.replace('points: 40', 'points: forty');
    const line = builtinText.split('\n').findIndex((l) => l.includes('points: 40')) + 1;
    const [p] = problemsOf(text);
    assert.match(p.message, /points.*number/);
    assert.equal(p.line, line);
    assert.ok(problemsOf(builtinText.replace('schemaVersion: 1', 'schemaVersion: 1\nbogus: 2')).some((x) => /unknown key "bogus"/.test(x.message)));
  });

  it('rejects a bad confidence mark and an id outside the pattern', () => {
    assert.ok(problemsOf(builtinText.replace('confidence: seed-only', 'confidence: maybe')).some((p) => /confidence/.test(p.message)));
    assert.ok(problemsOf(builtinText.replace('- id: "5.2.6"', '- id: "5.2.x"')).length > 0);
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const problems = problemsOf(bomb.join('\n'));
    assert.match(problems[0].message, /alias|YAML/i);
  });
});
