// The one folder pipeline of the CLI and the server: list the folder's markdown
// files, read each through the workspace, keep the parse cache. Reading is a
// generator, so the CLI drains it at once and the server yields to requests
// between slices of a large folder.
import type { EvidenceConfig, ParsedDocument } from '../core';
import type { DocumentCache, FolderFiles } from './folderFiles';

export type FileRead =
  { path: string; doc: ParsedDocument; encoding: 'utf-8' | 'gb18030'; fromCache: boolean } | { path: string; doc?: undefined; skipped: string };

export interface ReadFolderOptions {
  /** Only these files (absolute); default: every markdown file the scan takes. */
  paths?: string[];
  cache?: DocumentCache;
}

export interface FolderReading {
  /** The files that will be read, in order. */
  paths: string[];
  reads(): Generator<FileRead>;
  /** After the reads: drops cache entries of files that are gone and writes the cache; an error message if it could not. */
  finish(): string | undefined;
}

export function readFolder(files: FolderFiles, config: EvidenceConfig, options: ReadFolderOptions = {}): FolderReading {
  const { cache } = options;
  const paths = options.paths ?? files.listMarkdown(config);
  return {
    paths,
    *reads() {
      for (const path of paths) yield { path, ...files.readMarkdown(path, config, cache) };
    },
    finish() {
      if (!cache) return undefined;
      // A partial run (named files) must not forget the others' entries.
      if (!options.paths) cache.retain(paths);
      try {
        cache.save();
        return undefined;
      } catch (e) {
        return (e as NodeJS.ErrnoException).code ?? String(e);
      }
    },
  };
}

/** What a user is told about a file that was skipped or decoded from a legacy encoding. */
export function readNotice(read: FileRead): string | undefined {
  if (!read.doc) return `skipped (${read.skipped})`;
  return read.encoding === 'utf-8' ? undefined : `decoded as ${read.encoding}; consider saving it as UTF-8`;
}
