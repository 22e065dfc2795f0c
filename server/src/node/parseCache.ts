// Keeps what parsing found in each file (its pieces' facts and its
// frontmatter) by content hash,
// so a restart on an unchanged workspace reads and hashes files instead of
// parsing them. One file per workspace folder, written atomically: a header
// line, then a line per document (JSON path, content hash, HMAC, the parse
// as JSON), brotli-compressed, which makes it several times smaller than the
// markdown it describes. An entry is used only if this version wrote it for
// exactly this path and content: each carries an HMAC under a per-user key
// kept outside the folder, checked on read, so a planted or edited entry is
// ignored. The HMAC signs the stored parse text itself, so checking an entry
// does not serialize anything, and only an entry that is used is parsed.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { restorePieces, type EarlierVersion, type ParsedDocument, type ParsedPieces } from '../core';
import { defaultCacheKeyFile, loadCacheKey } from './cacheKey';
import { isInside, readWorkspaceFile } from './readWorkspaceFile';

declare const CLI_VERSION: string | undefined;
/** Bump FORMAT when the facts or the file change shape; a new build invalidates the cache anyway. */
const FORMAT = 3;
const VERSION = `${FORMAT}:${typeof CLI_VERSION === 'string' ? CLI_VERSION : 'dev'}`;
/** A cache file larger than this is not read, nor one that unpacks to more (either would be a folder of some 100,000 documents). */
const CACHE_FILE_CAP = 512 * 1024 * 1024;
/** Brotli's quality 2 of 11: a few times faster to write than the default, and still about a tenth of the markdown's size. */
const QUALITY = 2;

interface Entry {
  hash: string;
  /** The parse as stored and signed: JSON of ParsedPieces. */
  facts: string;
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

  private macOf(path: string, hash: string, facts: string): string {
    return createHmac('sha256', this.key!).update(`${VERSION}\0${path}\0${hash}\0${facts}`).digest('base64');
  }

  /** A missing, unreadable or outdated cache file is an empty cache; without a key nothing is cached. */
  load(): this {
    this.entries = new Map();
    this.key = loadCacheKey(this.options.keyFile ?? defaultCacheKeyFile());
    if (!this.key) return this;
    const read = readWorkspaceFile(this.file, { maxBytes: CACHE_FILE_CAP, root: this.options.root });
    if (!read.ok) return this;
    try {
      const lines = brotliDecompressSync(read.bytes, { maxOutputLength: CACHE_FILE_CAP }).toString('utf8').split('\n');
      if ((JSON.parse(lines[0]) as { version?: unknown }).version !== VERSION) return this;
      for (let i = 1; i < lines.length; i++) {
        const [path, hash, mac, facts] = lines[i].split('\t');
        if (facts !== undefined) this.entries.set(JSON.parse(path) as string, { hash, mac, facts });
      }
    } catch {
      this.entries = new Map();
    }
    return this;
  }

  /** The cached pieces of a file whose text is unchanged since this version stored them. */
  earlierVersion(path: string, text: string): EarlierVersion | undefined {
    const entry = this.entries.get(path);
    if (!this.key || !entry) return undefined;
    const hash = hashOf(text);
    if (entry.hash !== hash) return undefined;
    const expected = Buffer.from(this.macOf(path, hash, entry.facts), 'base64');
    const actual = Buffer.from(entry.mac, 'base64');
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
    let pieces: ParsedPieces;
    try {
      pieces = JSON.parse(entry.facts) as ParsedPieces;
    } catch {
      return undefined;
    }
    return Array.isArray(pieces?.facts) ? restorePieces(text, pieces) : undefined;
  }

  remember(doc: ParsedDocument): void {
    if (!this.key) return;
    const hash = hashOf(doc.text);
    const pieces: ParsedPieces = { facts: doc.chunks.map((c) => c.facts), frontmatter: doc.frontmatter };
    const facts = JSON.stringify(pieces);
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
    // JSON escapes tabs and line breaks in the path and the facts; hashes and HMACs are base64.
    const lines = [JSON.stringify({ version: VERSION })];
    for (const [path, e] of this.entries) lines.push(`${JSON.stringify(path)}\t${e.hash}\t${e.mac}\t${e.facts}`);
    writeFileSync(tmp, brotliCompressSync(lines.join('\n'), { params: { [constants.BROTLI_PARAM_QUALITY]: QUALITY } }));
    renameSync(tmp, this.file);
    this.changed = false;
  }
}
