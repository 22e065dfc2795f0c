// Small helpers for inline fixtures of the in-process core tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFolder, CatalogRegistry, DEFAULT_CONFIG, parseCatalog, parseEvidenceDocument, type EvidenceConfig, type Range } from '../../server/src/core';
import type { ClaimsData } from '../../server/src/core/catalog/catalog';
import { valueKey } from '../../server/src/core/claims/claimValue';
import { extractClaims } from '../../server/src/core/claims/extractClaims';
import { builtinCatalogDir, builtinCatalogs } from '../../server/src/node/builtinCatalogs';

/** The lines of a fixture document, each ended by "\n". */
export const joinLines = (...lines: string[]): string => lines.join('\n') + '\n';

/** The same lines ended by "\r\n". */
export const joinCrlf = (...lines: string[]): string => lines.join('\r\n') + '\r\n';

export const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

export const FRONTMATTER = ['---', 'standard: GB/T 27922-2011', '---'];

/** The attachment every sound fixture section links to. */
export const ATTACHMENT = { files: ['附件/证据.pdf'] };
export const LINK = '- [记录](附件/证据.pdf)';

/** Own text long enough (≥ 40) for weak-thin, with no placeholder. */
export const TEXT = '本公司设立客户服务中心作为专门的售后服务部门，明确了部门职责和岗位设置，并由总经理签发任命文件，相关记录完整可查。';

// The built-in catalog parsed anew: the core memoizes per catalog object (section stubs,
// leaf points, title profiles), so a fresh catalog makes a test compute them itself.

export function freshRegistry(): CatalogRegistry {
  const file = join(builtinCatalogDir(), 'gbt27922-2011.yaml');
  const registry = new CatalogRegistry();
  registry.add(parseCatalog(readFileSync(file, 'utf8'), file).catalog!);
  return registry;
}

/** analyzeFolder over in-memory documents with a freshly parsed catalog; attachments as in ATTACHMENT. */
export function analyzeFresh(docs: Record<string, string>, config: Partial<EvidenceConfig> = {}) {
  const result = analyzeFolder({
    root: '/ws',
    config: { ...DEFAULT_CONFIG, ...config },
    catalogs: freshRegistry(),
    documents: Object.entries(docs).map(([name, text]) => parseEvidenceDocument(`/ws/${name}`, text)),
    fs: { exists: (p) => p === '/ws/附件/证据.pdf' },
    locale: 'en',
    now: new Date('2026-11-26T00:00:00Z'),
  });
  return { diagnostics: [...result.diagnostics, ...result.sets.flatMap((s) => s.diagnostics)], coverage: result.sets.map((s) => s.coverage) };
}

/**
 * The body an "insert section" fix writes, spelled out here (not taken from the core):
 * the requirement in a comment, then the typical evidence as a checklist and a sample link.
 */
export function sectionStubText(heading: string, requirement: string, evidence: string[], eol = '\n'): string {
  return [
    heading,
    '',
    `<!-- 标准要求：${requirement} -->`,
    '',
    '典型证据（请逐项替换为本单位的实际做法，并链接记录文件）：',
    '',
    ...evidence.map((e) => `- [ ] 待补充：${e}`),
    '- [文件名](附件/文件名.pdf)',
  ].join(eol);
}

/** Requirement text and typical evidence of the clauses the stub tests insert, copied from the catalog. */
export const STUB_CONTENT: Record<string, [string, string[]]> = {
  '5.1.1.1': [
    '设立或指定专门从事售后服务工作的部门，并有合理的职能划分和岗位设置。',
    ['企业总组织架构图及售后服务组织机构图', '售后服务部门职责/岗位说明书', '售后服务部门设立或任命文件'],
  ],
  '5.1.1.2': [
    '根据需要，服务网点覆盖商品销售区域，能够对服务网点进行有效管理。',
    ['产品销售网点清单及售后服务网点清单（名称、地址、联系方式、覆盖区域）', '服务网点管理制度', '服务网点考核/检查记录', '委托网点的合作协议及合作方资质证明'],
  ],
  '5.1.2.1': [
    '根据行业特性，配置符合岗位要求并有相应资质水平的售后服务技术人员和业务人员。',
    ['员工花名册/售后服务人员名单', '岗位任职要求', '员工资格证书（电工证、焊工证、工程师证、专项维修认证等）', '培训计划、签到表及考试成绩'],
  ],
  '5.2.1.2': ['商品附属文档中应明确技术数据、操作使用及保养要求等。文档应便于顾客理解，各条款符合国家有关规定要求。', ['使用说明书', '保养方法说明']],
};

/** The stub of one of the clauses in STUB_CONTENT under its heading ("#### 5.1.1.1 售后服务部门及职能岗位"). */
export const stubOf = (heading: string, eol = '\n'): string => {
  const [requirement, evidence] = STUB_CONTENT[heading.split(' ')[1]];
  return sectionStubText(heading, requirement, evidence, eol);
};

/** A claim as [kind, value key, bound, scope ids joined by +, the figure as written]. */
export type ClaimRow = [string, string, string, string, string];

/** The claims of a one-document text, by the built-in catalog's claims unless others are given. */
export function claimRows(text: string, claims: ClaimsData = builtinCatalogs()[0].data.claims!): ClaimRow[] {
  return extractClaims(parseEvidenceDocument('/ws/a.md', text), claims).map((c) => [
    c.kind.id,
    valueKey(c.value),
    c.value.bound,
    c.scopes.map((s) => s.id).join('+'),
    c.text,
  ]);
}
