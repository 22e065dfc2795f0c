// Derives the rule documentation from the rule registry: the README's rules
// table, the editor settings of every rule (package.json) and their
// descriptions in both languages (package.nls*.json). `npm run docs:rules`
// writes them; a test fails when they are out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules/registry';

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

export function readRuleDocFiles(root: string): RuleDocFiles {
  return Object.fromEntries(RULE_DOC_FILES.map((f) => [f, readFileSync(join(root, f), 'utf8')])) as unknown as RuleDocFiles;
}

if (process.argv[1]?.endsWith('ruleDocs.ts')) {
  const root = join(__dirname, '..');
  const next = renderRuleDocs(readRuleDocFiles(root));
  for (const f of RULE_DOC_FILES) writeFileSync(join(root, f), next[f]);
  console.log(`rule docs written for ${RULES.length} rules`);
}
