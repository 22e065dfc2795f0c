// The Node read-ahead of a folder's first read: each window of files is read
// through the safe reader, looked up in the parse cache, and the rest parsed in
// the worker pool while the reader builds the models of the window before.
// Only the windows in flight are held, never the whole folder twice.
import type { DocumentCache, DocumentRead, ReadAhead } from '../service/folderFiles';
import { openParsePool, type ParsePool } from './parsePool';
import { readDocument, type PreparedRead } from './readDocument';
import { readTextFile } from './readTextFile';
import type { ReadLimits } from './readWorkspaceFile';

/** Fewer files to parse than this, and starting workers costs more than it saves: they are parsed on the main thread. */
export const MIN_FILES_FOR_WORKERS = 16;

export class NodeReadAhead implements ReadAhead {
  private readonly prepared = new Map<string, PreparedRead>();
  private pool: ParsePool | undefined;
  private closed = false;
  parsedInWorkers = 0;

  constructor(
    private readonly limits: ReadLimits,
    private readonly cache: DocumentCache | undefined,
    private readonly workers: number,
  ) {}

  /** Reads the window at once (no yield in between: the reader is busy with the window before and the workers should start now), then waits for the workers. */
  async prepare(paths: string[]): Promise<void> {
    if (this.closed) return;
    const toParse: { entry: PreparedRead; text: string }[] = [];
    for (let i = 0; i < paths.length; i++) {
      const read = readTextFile(paths[i], this.limits);
      const entry: PreparedRead = { read };
      this.prepared.set(paths[i], entry);
      if (!read.ok) continue;
      entry.cached = this.cache?.earlierVersion(paths[i], read.text);
      if (!entry.cached) toParse.push({ entry, text: read.text });
    }
    if (!this.pool && toParse.length < MIN_FILES_FOR_WORKERS) return;
    this.pool ??= openParsePool(this.workers);
    if (!this.pool) return;
    const pieces = await this.pool.parse(toParse.map((p) => p.text));
    toParse.forEach((p, i) => (p.entry.parsed = pieces[i]));
  }

  read(path: string): DocumentRead {
    const prepared = this.prepared.get(path);
    this.prepared.delete(path);
    if (prepared?.parsed) this.parsedInWorkers++;
    return readDocument(path, this.limits, this.cache, prepared);
  }

  close(): void {
    this.closed = true;
    this.pool?.close();
    this.pool = undefined;
    this.prepared.clear();
  }
}
