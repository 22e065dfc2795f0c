// The Node adapter of the language service's workspace: one folder on disk.
// Every read goes through readWorkspaceFile's policy (inside the folder, regular
// files only, size-capped); the scan does not follow symbolic links out.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import type { EvidenceConfig } from '../core';
import type { DocumentCache, DocumentRead, FolderFiles, FolderSettings, ReadAhead, SettingsOptions } from '../service/folderFiles';
import { findMarkdownFiles, linkStaysInside } from './findMarkdownFiles';
import { loadFolderSettings } from './folderSettings';
import { ParseCache, type ParseCacheOptions } from './parseCache';
import { parseWorkerCount } from './parsePool';
import { NodeReadAhead } from './readAhead';
import { readDocument } from './readDocument';
import { SkipRules } from './skipRules';

export class NodeFolderFiles implements FolderFiles {
  constructor(
    readonly root: string,
    private readonly cacheOptions: ParseCacheOptions = {},
  ) {}

  settings(options: SettingsOptions): FolderSettings {
    return loadFolderSettings(this.root, options);
  }

  listMarkdown(config: EvidenceConfig): string[] {
    return findMarkdownFiles(this.root, config.ignore).map((f) => f.replace(/\\/g, '/'));
  }

  readMarkdown(path: string, config: EvidenceConfig, cache?: DocumentCache): DocumentRead {
    return readDocument(path, { maxBytes: config.maxFileSize, root: this.root }, cache);
  }

  /** None with EVIDENCE_PARSE_WORKERS=0 or on one core: the files are then read and parsed one by one. */
  readAhead(config: EvidenceConfig, cache?: DocumentCache): ReadAhead | undefined {
    const workers = parseWorkerCount();
    return workers > 0 ? new NodeReadAhead({ maxBytes: config.maxFileSize, root: this.root }, cache, workers) : undefined;
  }

  scanTakes(path: string, config: EvidenceConfig): boolean {
    // Fresh rules each time: a watched file may follow an edit of a .gitignore.
    return !new SkipRules(this.root, config.ignore).skips(path) && this.staysInside(path);
  }

  /**
   * As in findMarkdownFiles: no folder on the way is a symbolic link (the scan
   * does not follow them), and a file that is a symbolic link leads to a file
   * inside the folder. A file not (yet) on disk, open in the editor, passes.
   */
  private staysInside(path: string): boolean {
    try {
      const realRoot = realpathSync(this.root);
      let dir = posix.dirname(path);
      while (dir !== this.root && !existsSync(dir)) dir = posix.dirname(dir);
      const expected = dir === this.root ? realRoot : posix.join(realRoot, posix.relative(this.root, dir));
      if (realpathSync(dir) !== expected) return false;
      let link: boolean;
      try {
        link = lstatSync(path).isSymbolicLink();
      } catch {
        return true; // not on disk
      }
      return !link || linkStaysInside(realRoot, path);
    } catch {
      return false;
    }
  }

  exists(path: string): boolean {
    return existsSync(path);
  }

  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }

  openCache(file: string): DocumentCache {
    return new ParseCache(file, this.cacheOptions).load();
  }
}
