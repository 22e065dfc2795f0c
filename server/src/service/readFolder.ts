// The one folder pipeline of the CLI and the server: list the folder's markdown
// files, read each through the workspace, keep the parse cache. Reading is an
// asynchronous generator: with a read-ahead, the next window of files is parsed
// in worker threads while this window's models are built, and the server
// answers requests while it waits and between slices of a large folder.
import type { EvidenceConfig, ParsedDocument } from '../core';
import type { DocumentCache, FolderFiles, ReadAhead } from './folderFiles';

/** Files read ahead at a time: enough to keep the workers busy, few enough that only a window's texts wait in memory. */
const WINDOW = 256;

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
  reads(): AsyncGenerator<FileRead>;
  /** How many of the files read were parsed in a worker thread. */
  parsedInWorkers(): number;
  /** After the reads: drops cache entries of files that are gone and writes the cache; an error message if it could not. */
  finish(): string | undefined;
}

export function readFolder(files: FolderFiles, config: EvidenceConfig, options: ReadFolderOptions = {}): FolderReading {
  const { cache } = options;
  const paths = options.paths ?? files.listMarkdown(config);
  let ahead: ReadAhead | undefined;
  return {
    paths,
    parsedInWorkers: () => ahead?.parsedInWorkers ?? 0,
    async *reads() {
      ahead = files.readAhead?.(config, cache);
      if (!ahead) {
        for (const path of paths) yield { path, ...files.readMarkdown(path, config, cache) };
        return;
      }
      let next: Promise<void> | undefined;
      try {
        next = ahead.prepare(paths.slice(0, WINDOW));
        for (let i = 0; i < paths.length; i += WINDOW) {
          await next;
          next = i + WINDOW < paths.length ? ahead.prepare(paths.slice(i + WINDOW, i + 2 * WINDOW)) : undefined;
          for (const path of paths.slice(i, i + WINDOW)) yield { path, ...ahead.read(path) };
        }
      } finally {
        // Also when the reader stops early (a newer load): no worker stays, no window waits.
        ahead.close();
        next?.catch(() => undefined);
      }
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
