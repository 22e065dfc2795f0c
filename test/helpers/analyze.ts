// Runs the core over in-memory documents: the same path the front ends take,
// with the real parser and the real built-in catalog, but no disk.
import {
  analyzeFolder,
  CatalogRegistry,
  DEFAULT_CONFIG,
  parseEvidenceDocument,
  type EvidenceConfig,
  type EvidenceDiagnostic,
  type FileEdit,
  type FileSystemView,
  type FolderInput,
  type Locale,
  type ParsedDocument,
  type SetCoverage,
} from '../../server/src/core';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';

export const ROOT = '/ws';

export interface AnalyzeOptions {
  config?: Partial<EvidenceConfig>;
  /** Other files that exist (attachments), relative to ROOT. */
  files?: string[];
  locale?: Locale;
  now?: Date;
}

export interface Analysis {
  diagnostics: EvidenceDiagnostic[];
  coverage: SetCoverage[];
  texts: Record<string, string>;
  /** Diagnostics of one rule, optionally in one file. */
  of(rule: string, file?: string): EvidenceDiagnostic[];
}

export function registry(): CatalogRegistry {
  const r = new CatalogRegistry();
  for (const c of builtinCatalogs()) r.add(c);
  return r;
}

let builtinRegistry: CatalogRegistry | undefined;
/** Every file exists. One object for every analysis, as the server keeps one view of the files between edits. */
const EVERY_FILE_EXISTS: FileSystemView = { exists: () => true };

/**
 * The input of an analysis of documents parsed already, as the server makes one on every edit:
 * the same catalog registry and file view each time (per-document results are reused only then).
 */
export function folderInput(documents: ParsedDocument[], options: { config?: EvidenceConfig; locale?: Locale } = {}): FolderInput {
  builtinRegistry ??= registry();
  return {
    root: ROOT,
    config: options.config ?? DEFAULT_CONFIG,
    catalogs: builtinRegistry,
    documents,
    fs: EVERY_FILE_EXISTS,
    locale: options.locale ?? 'zh-CN',
    now: new Date('2026-11-26T00:00:00Z'),
  };
}

export function analyze(docs: Record<string, string>, options: AnalyzeOptions = {}): Analysis {
  const config: EvidenceConfig = { ...DEFAULT_CONFIG, ...options.config };
  const existing = new Set([...Object.keys(docs), ...(options.files ?? [])].map((f) => `${ROOT}/${f}`));
  const result = analyzeFolder({
    root: ROOT,
    config,
    catalogs: registry(),
    documents: Object.entries(docs).map(([name, text]) => parseEvidenceDocument(`${ROOT}/${name}`, text)),
    fs: { exists: (p) => existing.has(p) || [...existing].some((e) => e.startsWith(p + '/')) },
    locale: options.locale ?? 'en',
    now: options.now ?? new Date('2026-11-26T00:00:00Z'),
  });
  const diagnostics = [...result.diagnostics, ...result.sets.flatMap((s) => s.diagnostics)];
  return {
    diagnostics,
    coverage: result.sets.map((s) => s.coverage),
    texts: docs,
    of: (rule, file) => diagnostics.filter((d) => d.rule === rule && (file === undefined || d.path === `${ROOT}/${file}`)),
  };
}

/** Applies edits to the in-memory documents (edits of one file must not overlap). */
export function applyEdits(docs: Record<string, string>, edits: FileEdit[]): Record<string, string> {
  const out = { ...docs };
  const byFile = new Map<string, FileEdit[]>();
  for (const e of edits) byFile.set(e.path, [...(byFile.get(e.path) ?? []), e]);
  for (const [path, list] of byFile) {
    const name = path.slice(ROOT.length + 1);
    const doc = parseEvidenceDocument(path, out[name]);
    const sorted = [...list].sort((a, b) => doc.lines.offsetAt(b.range.start) - doc.lines.offsetAt(a.range.start));
    let text = out[name];
    for (const e of sorted) {
      text = text.slice(0, doc.lines.offsetAt(e.range.start)) + e.newText + text.slice(doc.lines.offsetAt(e.range.end));
    }
    out[name] = text;
  }
  return out;
}

export const FM = '---\nstandard: GB/T 27922-2011\n---\n';

/** A section body long enough, with a link, so no weakness rule fires. */
export const GOOD_BODY =
  '本公司设立客户服务中心作为专门的售后服务部门，明确了部门职责和岗位设置，并由总经理签发任命文件，相关记录完整可查，每年评审一次。\n\n- [证据](附件/证据.pdf)\n';

/** Every leaf of the built-in catalog as a sound section, except the ones listed. */
export function fullSet(except: string[] = []): string {
  const catalog = builtinCatalogs()[0];
  const parts = [FM];
  for (const c of catalog.clauses) {
    if (except.includes(c.id) || c.id === '5') continue;
    const level = '#'.repeat(Math.min(6, catalog.depth(c.id) + 1));
    parts.push(`${level} ${c.id} ${c.title.zh}\n`);
    if (!catalog.isLeaf(c.id)) continue;
    parts.push(`\n${GOOD_BODY}`);
    for (const item of c.items ?? []) parts.push(`\n${item.key}) ${item.text.zh}\n`);
    parts.push('\n');
  }
  return parts.join('');
}
