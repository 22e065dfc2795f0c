// After an edit the set model keeps the section lists of the clauses the edit did
// not touch as the same arrays (setContext.ts keepUnchanged): what is derived from
// them (duplicate and related sections, the coverage tree) is reused by identity.
import { strict as assert } from 'node:assert';
import { analyzeFolder, parseEvidenceDocument } from '../../server/src/core';
import { FM, folderInput, GOOD_BODY, ROOT } from '../helpers/analyze';

const model = (r: ReturnType<typeof analyzeFolder>) => r.sets[0].model;

/**
 * Two documents analysed, then one of them edited and analysed again with the first result.
 * Built inside each test, not when the file loads: code run outside a test is no test's coverage.
 */
function analysedTwice() {
  const a = parseEvidenceDocument(`${ROOT}/a.md`, `${FM}#### 5.1.1.1 售后服务机构\n\n${GOOD_BODY}`);
  const b = parseEvidenceDocument(`${ROOT}/b.md`, `${FM}#### 5.1.1.2 售后服务人员\n\n待补充\n`);
  const first = analyzeFolder(folderInput([a, b]));
  const b2 = parseEvidenceDocument(b.path, b.text.replace('待补充', GOOD_BODY), b);
  return { first, reused: analyzeFolder(folderInput([a, b2]), first), edited: [a, b2] };
}

describe('set model reuse after an edit', () => {
  it('a clause whose sections did not change keeps its list; the edited clause gets a new one', () => {
    const { first, reused } = analysedTwice();
    assert.equal(model(reused).byClause.get('5.1.1.1'), model(first).byClause.get('5.1.1.1'));
    assert.notEqual(model(reused).byClause.get('5.1.1.2'), model(first).byClause.get('5.1.1.2'));
    assert.deepEqual(
      model(reused)
        .byClause.get('5.1.1.2')!
        .map((s) => s.doc.path),
      [`${ROOT}/b.md`],
    );
  });

  it('the sections counted as evidence for an untouched clause keep their list too', () => {
    const { first, reused } = analysedTwice();
    const evidenceFor = (r: typeof first, id: string) => model(r).evidence.get(id);
    assert.deepEqual(
      evidenceFor(first, '5.1.1.1')!.map((s) => s.doc.path),
      [`${ROOT}/a.md`],
    );
    assert.equal(evidenceFor(reused, '5.1.1.1'), evidenceFor(first, '5.1.1.1'));
    assert.notEqual(evidenceFor(reused, '5.1.1.2'), evidenceFor(first, '5.1.1.2'));
  });

  it('an analysis without the previous result builds every list anew', () => {
    const { first, edited } = analysedTwice();
    const fresh = analyzeFolder(folderInput(edited));
    assert.notEqual(model(fresh).byClause.get('5.1.1.1'), model(first).byClause.get('5.1.1.1'));
    assert.deepEqual(model(fresh).byClause.get('5.1.1.1'), model(first).byClause.get('5.1.1.1'));
  });
});
