// Node front-end helper: reads one workspace folder from disk and runs the core over it.
import { existsSync } from 'node:fs';
import {
  analyzeFolder,
  parseEvidenceDocument,
  type CatalogProblem,
  type EvidenceConfig,
  type FolderResult,
  type Locale,
  type ParsedDocument,
} from '../core';
import { findMarkdownFiles } from './findMarkdownFiles';
import { loadFolderSettings } from './folderSettings';
import { readTextFile } from './readTextFile';

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
}

export interface LintFolderResult extends FolderResult {
  config: EvidenceConfig;
  /** Problems that make the run unusable (broken config or catalog, unknown standard). */
  configProblems: CatalogProblem[];
  notices: FileNotice[];
  documents: ParsedDocument[];
}

export function lintFolder(options: LintFolderOptions): LintFolderResult {
  const { config, catalogs: registry, problems: configProblems } = loadFolderSettings(options.root, { configFile: options.configFile });
  const notices: FileNotice[] = [];
  const documents: ParsedDocument[] = [];
  for (const path of options.files ?? findMarkdownFiles(options.root, config.ignore)) {
    const read = readTextFile(path, config.maxFileSize);
    if (!read.ok) {
      notices.push({ path, message: `skipped (${read.reason}: ${read.detail})` });
      continue;
    }
    if (read.encoding !== 'utf-8') notices.push({ path, message: `decoded as ${read.encoding}; consider saving it as UTF-8` });
    documents.push(parseEvidenceDocument(path, read.text));
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
  return { ...result, config, configProblems, notices, documents };
}
