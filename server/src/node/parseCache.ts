// Keeps what parsing found in each file (its pieces' facts) by content hash,
// so a restart on an unchanged workspace reads and hashes files instead of
// parsing them. One JSON file per workspace folder, written atomically.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { restoreChunks, type EarlierVersion, type MarkdownFacts, type ParsedDocument } from '../core';

declare const CLI_VERSION: string | undefined;
/** Bump FORMAT when the facts change shape; a new build invalidates the cache anyway. */
const FORMAT = 1;
const VERSION = `${FORMAT}:${typeof CLI_VERSION === 'string' ? CLI_VERSION : 'dev'}`;

interface Entry {
  hash: string;
  facts: MarkdownFacts[];
}

function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

export class ParseCache {
  private entries = new Map<string, Entry>();
  private changed = false;

  constructor(readonly file: string) {}

  /** A missing, unreadable or outdated cache file is an empty cache. */
  load(): this {
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { version?: string; entries?: Record<string, Entry> };
      if (data.version === VERSION && data.entries) this.entries = new Map(Object.entries(data.entries));
    } catch {
      this.entries = new Map();
    }
    return this;
  }

  /** The cached pieces of a file whose text is unchanged since they were stored. */
  earlierVersion(path: string, text: string): EarlierVersion | undefined {
    const entry = this.entries.get(path);
    if (!entry || entry.hash !== hashOf(text)) return undefined;
    const chunks = restoreChunks(text, entry.facts);
    return chunks && { chunks };
  }

  remember(doc: ParsedDocument): void {
    this.entries.set(doc.path, { hash: hashOf(doc.text), facts: doc.chunks.map((c) => c.facts) });
    this.changed = true;
  }

  /** Keeps only these paths (the files of the folder as just read). */
  retain(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const path of this.entries.keys()) {
      if (!keep.has(path)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
  }

  save(): void {
    if (!this.changed) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.entries) }));
    renameSync(tmp, this.file);
    this.changed = false;
  }
}
