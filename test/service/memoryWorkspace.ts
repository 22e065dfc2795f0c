// The language service in-process over an in-memory folder: no disk, no LSP
// connection. Each test makes its own workspace (`memoryWorkspace(...)`).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, parseConfig, parseEvidenceDocument, type EvidenceConfig, type Locale } from '../../server/src/core';
import { catalogRegistry } from '../../server/src/node/builtinCatalogs';
import { pathToUri } from '../../server/src/service/conversions';
import type { DocumentRead, FolderFiles, FolderSettings } from '../../server/src/service/folderFiles';
import { createLanguageService, type EvidenceLanguageService } from '../../server/src/service/languageService';

export const ROOT = '/ws';

/** A folder held in memory: markdown files and attachments by path relative to ROOT. */
class MemoryFolder implements FolderFiles {
  constructor(
    readonly root: string,
    readonly files: Map<string, string>,
  ) {}

  settings(): FolderSettings {
    const text = this.files.get(`${this.root}/evidence.config.yaml`);
    const config: EvidenceConfig = text ? (parseConfig(text, `${this.root}/evidence.config.yaml`).config ?? DEFAULT_CONFIG) : DEFAULT_CONFIG;
    return { config, catalogs: catalogRegistry([], this.root).registry, problems: [], files: [] };
  }

  listMarkdown(): string[] {
    return [...this.files.keys()].filter((p) => p.endsWith('.md')).sort();
  }

  readMarkdown(path: string): DocumentRead {
    const text = this.files.get(path);
    return text === undefined ? { skipped: 'not-found: no such file' } : { doc: parseEvidenceDocument(path, text), encoding: 'utf-8', fromCache: false };
  }

  scanTakes(): boolean {
    return true;
  }

  exists(path: string): boolean {
    return this.files.has(path) || [...this.files.keys()].some((p) => p.startsWith(path + '/'));
  }

  isDirectory(path: string): boolean {
    return [...this.files.keys()].some((p) => p.startsWith(path + '/'));
  }

  openCache(): never {
    throw new Error('no cache in memory');
  }
}

export interface MemoryWorkspace {
  service: EvidenceLanguageService;
  uri(relative: string): string;
  /** Opens a document in the "editor" (its text counts instead of the file's). */
  open(relative: string, text: string): TextDocument;
  /** Runs every pending analysis. */
  ready(): Promise<void>;
  log: string[];
}

/** Files by path relative to ROOT; attachments may be given as empty strings. */
export async function memoryWorkspace(files: Record<string, string>, locale: Locale = 'zh-CN'): Promise<MemoryWorkspace> {
  const folder = new MemoryFolder(ROOT, new Map(Object.entries(files).map(([p, t]) => [`${ROOT}/${p}`, t])));
  const log: string[] = [];
  const service = createLanguageService({
    locale,
    log: (m) => log.push(m),
    warn: (m) => log.push(`warn: ${m}`),
    settings: () => Promise.resolve({}),
    beginProgress: () => Promise.resolve({ report: () => undefined, done: () => undefined }),
    analyzed: () => undefined,
    cacheFile: () => undefined,
    files: () => folder,
    builtinCatalogs: () => catalogRegistry([], ROOT).registry,
    ruleDocHref: (rule, l) => `file:///docs/rules/${rule}.${l}.md`,
  });
  service.addFolder(ROOT, pathToUri(ROOT));
  const uri = (relative: string) => pathToUri(`${ROOT}/${relative}`);
  await service.flush();
  return {
    service,
    uri,
    open(relative, text) {
      service.openText(`${ROOT}/${relative}`, text);
      return TextDocument.create(uri(relative), 'markdown', 1, text);
    },
    ready: () => service.flush().then(() => undefined),
    log,
  };
}
