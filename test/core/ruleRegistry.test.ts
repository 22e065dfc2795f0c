// The rule registry is the one list of rules: its modules describe themselves, and the
// README's rules table, the editor settings and the config schema derive from it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig, ruleDocPath, RULES, RULE_IDS } from '../../server/src/core';
import { readRuleDocFiles, readRuleExplanations, renderRuleDocs, renderRuleExplanations, RULE_DOC_FILES } from '../../scripts/ruleDocs';

describe('rule registry', () => {
  it('the README rules table, package.json rule settings and their descriptions are generated from it (npm run docs:rules)', () => {
    const files = readRuleDocFiles(join(__dirname, '../..'));
    const generated = renderRuleDocs(files);
    for (const f of RULE_DOC_FILES) assert.equal(files[f], generated[f], `${f} is out of date: run npm run docs:rules`);
    for (const rule of RULES) assert.ok(files['README.md'].includes(`| <a name="rule-${rule.id}"></a>\`${rule.id}\` | ${rule.defaultSeverity} |`), rule.id);
  });

  it('docs/rules holds exactly one generated explanation per rule and language (npm run docs:rules)', () => {
    const onDisk = readRuleExplanations(join(__dirname, '../..'));
    const generated = renderRuleExplanations();
    assert.deepEqual([...onDisk.keys()].sort(), [...generated.keys()].sort(), 'docs/rules is out of date: run npm run docs:rules');
    for (const [path, text] of generated) assert.equal(onDisk.get(path), text, `${path} is out of date: run npm run docs:rules`);
    assert.deepEqual(
      [ruleDocPath('weak-no-evidence', 'en'), ruleDocPath('weak-no-evidence', 'zh-CN')],
      ['docs/rules/weak-no-evidence.md', 'docs/rules/weak-no-evidence.zh-cn.md'],
    );
  });

  it('an explanation page says what the rule checks, why an auditor cares, how to fix it, with an example, in zh and en', () => {
    const pages = renderRuleExplanations();
    const zh = pages.get('docs/rules/weak-no-evidence.zh-cn.md')!;
    assert.ok(
      zh.startsWith(
        '# `weak-no-evidence`\n\n**默认级别：**警告 · [English](weak-no-evidence.md)\n\n## 检查什么\n\n章节没有链接任何证据文件或网址，或只链接了不存在的文件。\n\n## 审核员为何关注\n\n',
      ),
      zh,
    );
    assert.ok(zh.includes('## 如何修复\n\n把记录文件放进文档旁的 `附件/` 文件夹，并单独一行链接，例如 `- [文件名](附件/文件名.pdf)`。'), zh);
    assert.ok(zh.includes('## 示例\n\n```markdown\n#### 5.1.5.1 服务监督机构\n'), zh);
    const en = pages.get('docs/rules/weak-no-evidence.md')!;
    assert.ok(en.startsWith('# `weak-no-evidence`\n\n**Default severity:** warning · [中文](weak-no-evidence.zh-cn.md)\n\n## What it checks\n\n'), en);
    for (const heading of ['## Why an auditor cares', '## How to fix it', '## Example']) assert.ok(en.includes(heading), heading);
    for (const [path, text] of pages) {
      if (!path.endsWith('.zh-cn.md')) continue;
      // Beyond the rule id, code, setting names and file names, a Chinese page has no English prose (two English words in a row).
      const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
      assert.doesNotMatch(prose, /[A-Za-z]{3,}\s+[A-Za-z]{3,}/, path);
    }
  });

  it('the explanation pages are shipped in the extension package (.vscodeignore whitelist)', () => {
    const whitelist = readFileSync(join(__dirname, '../../.vscodeignore'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('!'))
      .map(
        (l) =>
          new RegExp(
            '^' +
              l
                .slice(1)
                .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
                .replace(/\*\*/g, '\0')
                .replace(/\*/g, '[^/]*')
                .replace(/\0/g, '.*') +
              '$',
          ),
      );
    for (const path of renderRuleExplanations().keys())
      assert.ok(
        whitelist.some((re) => re.test(path)),
        path,
      );
    assert.ok(!whitelist.some((re) => re.test('docs/architecture.md')), 'only the rule explanations of docs/');
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
