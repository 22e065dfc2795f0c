// The workspace the language service is given: one folder's files. The service
// never touches a file system itself; the Node adapter (node/nodeFolderFiles.ts)
// walks, reads and caches under the workspace's safety policy, and tests inject
// an in-memory folder.
import type { CatalogProblem, CatalogRegistry, ConfigOverrides, EarlierVersion, EvidenceConfig, Locale, ParsedDocument } from '../core';

export interface FolderSettings {
  config: EvidenceConfig;
  catalogs: CatalogRegistry;
  problems: CatalogProblem[];
  /** The config file and the catalogs named, as given (the inputs the CLI must never overwrite). */
  files: string[];
}

export interface SettingsOptions {
  /** A config the user named (evidence-lint --config). */
  configFile?: string;
  overrides?: ConfigOverrides;
  locale: Locale;
}

/** One markdown file read: its model, or why it was skipped. */
export type DocumentRead = { doc: ParsedDocument; encoding: 'utf-8' | 'gb18030'; fromCache: boolean } | { doc?: undefined; skipped: string };

/** Parse results kept between runs (evidence-lint --cache, the editor's workspace storage). */
export interface DocumentCache {
  readonly file: string;
  earlierVersion(path: string, text: string): EarlierVersion | undefined;
  remember(doc: ParsedDocument): void;
  retain(paths: Iterable<string>): void;
  save(): void;
}

/** Reads a folder's files a window at a time ahead of their use, parsing them in worker threads where that pays. */
export interface ReadAhead {
  /** Reads these files and parses those the cache does not have; resolves when their parses are in. */
  prepare(paths: string[]): Promise<void>;
  /** As FolderFiles.readMarkdown, with what prepare read and parsed (then dropped). */
  read(path: string): DocumentRead;
  /** How many of the files read so far were parsed in a worker thread. */
  readonly parsedInWorkers: number;
  /** Ends the read-ahead: stops the workers and drops what was not read. */
  close(): void;
}

export interface FolderFiles {
  readonly root: string;
  /** The folder's config (with the editor's overrides over it) and the catalogs it names. */
  settings(options: SettingsOptions): FolderSettings;
  /** Every markdown file the folder scan takes, sorted (ignore rules applied, no symbolic link followed out). */
  listMarkdown(config: EvidenceConfig): string[];
  /** Reads and parses one markdown file within the size limit; reuses the cache's parse of unchanged text. */
  readMarkdown(path: string, config: EvidenceConfig, cache?: DocumentCache): DocumentRead;
  /** A read-ahead for a whole folder's first read; none: files are read one by one with readMarkdown. */
  readAhead?(config: EvidenceConfig, cache?: DocumentCache): ReadAhead | undefined;
  /** Whether the scan would take a markdown file at this path (not ignored, not behind a link leading out). */
  scanTakes(path: string, config: EvidenceConfig): boolean;
  /** Whether a file exists (linked attachments); never reads it. */
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** A parse cache stored in this file, loaded (an unreadable or foreign one is empty). */
  openCache(file: string): DocumentCache;
}
