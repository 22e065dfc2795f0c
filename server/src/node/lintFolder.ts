// Node front-end helper: reads one workspace folder from disk and runs the core over it.
import { existsSync } from 'node:fs';
import { analyzeFolder, type CatalogProblem, type CatalogRegistry, type EvidenceConfig, type FolderResult, type Locale, type ParsedDocument } from '../core';
import { findMarkdownFiles } from './findMarkdownFiles';
import { loadFolderSettings } from './folderSettings';
import type { ParseCache } from './parseCache';
import { readDocument } from './readDocument';

export interface FileNotice {
  path: string;
  message: string;
}

export interface LintFolderOptions {
  root: string;
  /** Only these files (absolute); default: every markdown file of the folder. */
  files?: string[];
  /** A config file to use instead of the folder's own. */
  configFile?: string;
  locale: Locale;
  now: Date;
  /** Reuse and update parse results of unchanged files (evidence-lint --cache). */
  cache?: ParseCache;
}

export interface LintFolderResult extends FolderResult {
  config: EvidenceConfig;
  /** The catalogs the folder's documents were checked against (the deliverables read clause texts from them). */
  catalogs: CatalogRegistry;
  /** Problems that make the run unusable (broken config or catalog, unknown standard). */
  configProblems: CatalogProblem[];
  notices: FileNotice[];
  documents: ParsedDocument[];
  /** Every file the run read or tried to read: markdown, config, catalogs. */
  inputs: string[];
}

export function lintFolder(options: LintFolderOptions): LintFolderResult {
  const {
    config,
    catalogs: registry,
    problems: configProblems,
    files: settingsFiles,
  } = loadFolderSettings(options.root, { configFile: options.configFile, locale: options.locale });
  const notices: FileNotice[] = [];
  const documents: ParsedDocument[] = [];
  const { cache } = options;
  const paths = options.files ?? findMarkdownFiles(options.root, config.ignore);
  for (const path of paths) {
    const read = readDocument(path, { maxBytes: config.maxFileSize, root: options.root }, cache);
    if (!read.doc) {
      notices.push({ path, message: `skipped (${read.skipped})` });
      continue;
    }
    if (read.encoding !== 'utf-8') notices.push({ path, message: `decoded as ${read.encoding}; consider saving it as UTF-8` });
    documents.push(read.doc);
  }
  if (cache) {
    if (!options.files) cache.retain(paths);
    try {
      cache.save();
    } catch (e) {
      notices.push({ path: cache.file, message: `cache not written: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    }
  }
  const result = analyzeFolder({
    root: options.root,
    config,
    catalogs: registry,
    documents,
    fs: { exists: existsSync },
    locale: options.locale,
    now: options.now,
  });
  return { ...result, config, catalogs: registry, configProblems, notices, documents, inputs: [...settingsFiles, ...paths] };
}
