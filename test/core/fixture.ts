// Small helpers for inline fixtures of the in-process core tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFolder, CatalogRegistry, DEFAULT_CONFIG, parseCatalog, parseEvidenceDocument, type EvidenceConfig, type Range } from '../../server/src/core';
import { builtinCatalogDir } from '../../server/src/node/builtinCatalogs';

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
