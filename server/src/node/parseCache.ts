// Keeps what parsing found in each file (its pieces' facts) by content hash,
// so a restart on an unchanged workspace reads and hashes files instead of
// parsing them. One JSON file per workspace folder, written atomically.
// An entry is used only if this version wrote it for exactly this path and
// content: each carries an HMAC under a per-user key kept outside the folder,
// checked on read, so a planted or edited entry is ignored.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { restoreChunks, type EarlierVersion, type MarkdownFacts, type ParsedDocument } from '../core';
import { defaultCacheKeyFile, loadCacheKey } from './cacheKey';
import { isInside, readWorkspaceText } from './readWorkspaceFile';

declare const CLI_VERSION: string | undefined;
/** Bump FORMAT when the facts change shape; a new build invalidates the cache anyway. */
const FORMAT = 2;
const VERSION = `${FORMAT}:${typeof CLI_VERSION === 'string' ? CLI_VERSION : 'dev'}`;
/** A cache file larger than this is not read (it would be a folder of some 100,000 documents). */
const CACHE_FILE_CAP = 512 * 1024 * 1024;

interface Entry {
  hash: string;
  facts: MarkdownFacts[];
  mac: string;
}

export interface ParseCacheOptions {
  /** The folder the cache file must stay in (the CLI's .evidence-cache/); omitted for the editor's storage. */
  root?: string;
  /** Where the signing key lives (default: the user's cache folder). */
  keyFile?: string;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

export class ParseCache {
  private entries = new Map<string, Entry>();
  private changed = false;
  private key: Buffer | undefined;

  constructor(
    readonly file: string,
    private readonly options: ParseCacheOptions = {},
  ) {}

  private macOf(path: string, hash: string, facts: MarkdownFacts[]): string {
    return createHmac('sha256', this.key!)
      .update(`${VERSION}\0${path}\0${hash}\0${JSON.stringify(facts)}`)
      .digest('base64');
  }

  /** A missing, unreadable or outdated cache file is an empty cache; without a key nothing is cached. */
  load(): this {
    this.entries = new Map();
    this.key = loadCacheKey(this.options.keyFile ?? defaultCacheKeyFile());
    if (!this.key) return this;
    const read = readWorkspaceText(this.file, { maxBytes: CACHE_FILE_CAP, root: this.options.root });
    if (!read.ok) return this;
    try {
      const data = JSON.parse(read.text) as { version?: string; entries?: Record<string, Entry> };
      if (data.version === VERSION && data.entries && typeof data.entries === 'object') this.entries = new Map(Object.entries(data.entries));
    } catch {
      this.entries = new Map();
    }
    return this;
  }

  /** The cached pieces of a file whose text is unchanged since this version stored them. */
  earlierVersion(path: string, text: string): EarlierVersion | undefined {
    const entry = this.entries.get(path);
    if (!this.key || !entry || typeof entry.mac !== 'string' || !Array.isArray(entry.facts)) return undefined;
    const hash = hashOf(text);
    if (entry.hash !== hash) return undefined;
    const expected = Buffer.from(this.macOf(path, hash, entry.facts), 'base64');
    const actual = Buffer.from(entry.mac, 'base64');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
    const chunks = restoreChunks(text, entry.facts);
    return chunks && { chunks };
  }

  remember(doc: ParsedDocument): void {
    if (!this.key) return;
    const hash = hashOf(doc.text);
    const facts = doc.chunks.map((c) => c.facts);
    this.entries.set(doc.path, { hash, facts, mac: this.macOf(doc.path, hash, facts) });
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
    // A planted .evidence-cache that links out of the folder is not written through.
    if (this.options.root !== undefined && !isInside(realpathSync(this.options.root), realpathSync(dirname(this.file)))) {
      throw new Error(`${dirname(this.file)} leads outside the folder`);
    }
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.entries) }));
    renameSync(tmp, this.file);
    this.changed = false;
  }
}
