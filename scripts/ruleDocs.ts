// Derives the rule documentation from the rule registry: the README's rules
// table, the editor settings of every rule (package.json), their descriptions
// in both languages (package.nls*.json) and one explanation page per rule and
// language (docs/rules/, bundled with the extension and opened offline).
// `npm run docs:rules` writes them; a test fails when they are out of date.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../server/src/core/rules/rule';
import { RULES, ruleDocPath } from '../server/src/core/rules/registry';

const BEGIN = '<!-- rules table: generated from server/src/core/rules by `npm run docs:rules` -->';
const END = '<!-- end of rules table -->';

export interface RuleDocFiles {
  'README.md': string;
  'package.json': string;
  'package.nls.json': string;
  'package.nls.zh-cn.json': string;
}

export const RULE_DOC_FILES = ['README.md', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json'] as const;

function rulesTable(): string {
  const rows = RULES.map((r) => `| <a name="rule-${r.id}"></a>\`${r.id}\` | ${r.defaultSeverity} | ${r.docs.replace(/\|/g, '\\|')} |`);
  return [BEGIN, '', '| rule | default | what |', '| --- | --- | --- |', ...rows, '', END].join('\n');
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The files as they must read, given their current text. */
export function renderRuleDocs(files: RuleDocFiles): RuleDocFiles {
  const readme = files['README.md'];
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md lacks the rules table markers');
  const pkg = JSON.parse(files['package.json']) as {
    contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } };
  };
  pkg.contributes.configuration.properties['complianceEvidence.rules'].properties = Object.fromEntries(
    RULES.map((r) => [r.id, { type: 'string', enum: ['off', 'info', 'warning', 'error'], markdownDescription: `%config.rules.${r.id}%` }]),
  );
  const nls = (text: string, lang: 'en' | 'zh'): string => {
    const table = JSON.parse(text) as Record<string, string>;
    const kept = Object.entries(table).filter(([k]) => !k.startsWith('config.rules.') || k === 'config.rules');
    const colon = lang === 'en' ? ': ' : '：';
    return json(Object.fromEntries([...kept, ...RULES.map((r) => [`config.rules.${r.id}`, `\`${r.id}\`${colon}${r.description[lang]}`])]));
  };
  return {
    'README.md': readme.slice(0, start) + rulesTable() + readme.slice(end + END.length),
    'package.json': json(pkg),
    'package.nls.json': nls(files['package.nls.json'], 'en'),
    'package.nls.zh-cn.json': nls(files['package.nls.zh-cn.json'], 'zh'),
  };
}

export const RULE_EXPLANATION_DIR = 'docs/rules';

const PAGE = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
    head: (r: Rule) => `**Default severity:** ${r.defaultSeverity} · [中文](${r.id}.zh-cn.md)`,
    what: 'What it checks',
    why: 'Why an auditor cares',
    fix: 'How to fix it',
    example: 'Example',
    foot: 'The severity can be changed, or the rule turned off, in `evidence.config.yaml` (`rules:`) or in the settings.',
  },
  zh: {
    severity: { error: '错误', warning: '警告', info: '提示', hint: '提示' },
    head: (r: Rule) => `**默认级别：**${PAGE.zh.severity[r.defaultSeverity]} · [English](${r.id}.md)`,
    what: '检查什么',
    why: '审核员为何关注',
    fix: '如何修复',
    example: '示例',
    foot: '可在 `evidence.config.yaml`（`rules:`）或设置中调整级别或关闭此规则。',
  },
};

function explanationPage(rule: Rule, lang: 'en' | 'zh'): string {
  const t = PAGE[lang];
  const e = rule.explain;
  return [
    `# \`${rule.id}\``,
    '',
    t.head(rule),
    '',
    `## ${t.what}`,
    '',
    rule.description[lang],
    '',
    `## ${t.why}`,
    '',
    e.why[lang],
    '',
    `## ${t.fix}`,
    '',
    e.fix[lang],
    '',
    `## ${t.example}`,
    '',
    '```markdown',
    e.example,
    '```',
    '',
    e.note[lang],
    '',
    '---',
    '',
    t.foot,
    '',
  ].join('\n');
}

/** The explanation pages, by path relative to the repository root: `<id>.md` (en) and `<id>.zh-cn.md`. */
export function renderRuleExplanations(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of RULES) {
    pages.set(ruleDocPath(rule.id, 'en'), explanationPage(rule, 'en'));
    pages.set(ruleDocPath(rule.id, 'zh-CN'), explanationPage(rule, 'zh'));
  }
  return pages;
}

/** The files in docs/rules now, by path relative to the repository root. */
export function readRuleExplanations(root: string): Map<string, string> {
  const dir = join(root, RULE_EXPLANATION_DIR);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // Not generated yet.
  }
  return new Map(names.map((n) => [`${RULE_EXPLANATION_DIR}/${n}`, readFileSync(join(dir, n), 'utf8')]));
}

export function readRuleDocFiles(root: string): RuleDocFiles {
  return Object.fromEntries(RULE_DOC_FILES.map((f) => [f, readFileSync(join(root, f), 'utf8')])) as unknown as RuleDocFiles;
}

if (process.argv[1]?.endsWith('ruleDocs.ts')) {
  const root = join(__dirname, '..');
  const next = renderRuleDocs(readRuleDocFiles(root));
  for (const f of RULE_DOC_FILES) writeFileSync(join(root, f), next[f]);
  // The explanation pages are wholly generated: a removed rule's pages go too.
  rmSync(join(root, RULE_EXPLANATION_DIR), { recursive: true, force: true });
  mkdirSync(join(root, RULE_EXPLANATION_DIR), { recursive: true });
  for (const [path, text] of renderRuleExplanations()) writeFileSync(join(root, path), text);
  console.log(`rule docs written for ${RULES.length} rules`);
}
