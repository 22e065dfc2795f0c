// The CLI's run over one workspace folder: the language service's folder
// pipeline over the Node workspace, then the core's analysis.
import { analyzeFolder, type CatalogProblem, type CatalogRegistry, type EvidenceConfig, type FolderResult, type Locale, type ParsedDocument } from '../core';
import type { DocumentCache } from '../service/folderFiles';
import { readFolder, readNotice } from '../service/readFolder';
import { NodeFolderFiles } from './nodeFolderFiles';

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
  cache?: DocumentCache;
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

export async function lintFolder(options: LintFolderOptions): Promise<LintFolderResult> {
  const files = new NodeFolderFiles(options.root);
  const { config, catalogs, problems: configProblems, files: settingsFiles } = files.settings({ configFile: options.configFile, locale: options.locale });
  const notices: FileNotice[] = [];
  const documents: ParsedDocument[] = [];
  const reading = readFolder(files, config, { paths: options.files, cache: options.cache });
  for await (const read of reading.reads()) {
    const notice = readNotice(read);
    if (notice) notices.push({ path: read.path, message: notice });
    if (read.doc) documents.push(read.doc);
  }
  const cacheError = reading.finish();
  if (cacheError && options.cache) notices.push({ path: options.cache.file, message: `cache not written: ${cacheError}` });
  const result = analyzeFolder({ root: options.root, config, catalogs, documents, fs: files, locale: options.locale, now: options.now });
  return { ...result, config, catalogs, configProblems, notices, documents, inputs: [...settingsFiles, ...reading.paths] };
}
