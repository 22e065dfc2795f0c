// The rule registry is the one list of rules: its modules describe themselves, and the
// README's rules table, the editor settings and the config schema derive from it.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { parseConfig, RULES, RULE_IDS } from '../../server/src/core';
import { readRuleDocFiles, renderRuleDocs, RULE_DOC_FILES } from '../../scripts/ruleDocs';

describe('rule registry', () => {
  it('the README rules table, package.json rule settings and their descriptions are generated from it (npm run docs:rules)', () => {
    const files = readRuleDocFiles(join(__dirname, '../..'));
    const generated = renderRuleDocs(files);
    for (const f of RULE_DOC_FILES) assert.equal(files[f], generated[f], `${f} is out of date: run npm run docs:rules`);
    for (const rule of RULES) assert.ok(files['README.md'].includes(`| <a name="rule-${rule.id}"></a>\`${rule.id}\` | ${rule.defaultSeverity} |`), rule.id);
  });

  it('lists each rule once, and only section rules judge sections weak', () => {
    assert.equal(new Set(RULE_IDS).size, RULES.length);
    assert.deepEqual(
      RULES.filter((r) => r.weakness).map((r) => r.id),
      ['weak-thin', 'weak-placeholder', 'weak-no-evidence', 'weak-subitem'],
    );
    for (const r of RULES) assert.equal(r.weakness, r.scope === 'section', r.id);
  });

  it('the config schema takes exactly the registered rule ids', () => {
    for (const id of RULE_IDS) assert.equal(parseConfig(`rules:\n  ${id}: off\n`, 'c.yaml').problems.length, 0, id);
    assert.deepEqual(
      parseConfig('rules:\n  no-such-rule: off\n', 'c.yaml').problems.map((p) => p.message),
      ['/rules: unknown name "no-such-rule"'],
    );
  });
});
