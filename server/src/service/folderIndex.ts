// One workspace folder as the server sees it: every markdown file read from
// disk, overlaid by the open documents, the folder's config and catalogs, and
// the latest analysis. Re-analysis is debounced, so a burst of edits costs one run.
// A file outside every folder gets an index of its own that holds only that file.
import {
  analyzeFolder,
  catalogOf,
  DEFAULT_CONFIG,
  localizer,
  parseEvidenceDocument,
  type Catalog,
  type CatalogRegistry,
  type ConfigOverrides,
  type EvidenceConfig,
  type FileSystemView,
  type FolderResult,
  type Locale,
  type EvidenceDiagnostic,
  type ParsedDocument,
  type SetResult,
} from '../core';
import { formatProblem } from '../core/catalog/formatProblem';
import type { FolderFiles } from './folderFiles';
import { readFolder, type FileRead } from './readFolder';

export const ANALYSIS_DELAY_MS = 150;
const FILES_PER_SLICE = 50;

export interface ProgressReporter {
  report(percentage: number, message?: string): void;
  done(): void;
}

/** What the index needs from the server around it. */
export interface IndexHost {
  readonly locale: Locale;
  log(message: string): void;
  /** A problem the user must see (broken config or catalog); analysis continues. */
  warn(message: string): void;
  settings(rootUri: string): Promise<ConfigOverrides>;
  beginProgress(title: string): Promise<ProgressReporter>;
  analyzed(index: FolderIndex): void;
  /** Where the folder's parse cache lives, when the client gave the server a storage folder. */
  cacheFile(root: string): string | undefined;
  /** The workspace of a folder (Node: the disk under the safety policy; tests: memory). */
  files(root: string): FolderFiles;
  /** The catalogs a folder without config knows. */
  builtinCatalogs(): CatalogRegistry;
}

interface OpenDocument {
  text: string;
  /** UTF-8 size of the text, compared with maxFileSize as a file on disk would be. */
  bytes: number;
  /** Whether the folder scan would leave this file out (ignored, node_modules, behind a symlinked folder, a nested folder's). */
  excluded: boolean;
  /** Whether the user was told that it is above maxFileSize (once while it stays so). */
  toldTooLarge: boolean;
  parsed?: ParsedDocument;
  previous?: ParsedDocument;
}

export interface IndexOptions {
  /** The only file of an index for a file outside every workspace folder: nothing else is read. */
  onlyFile?: string;
}

function isUnder(folder: string, path: string): boolean {
  return path.startsWith(folder.endsWith('/') ? folder : folder + '/');
}

export class FolderIndex {
  config: EvidenceConfig = DEFAULT_CONFIG;
  catalogs!: CatalogRegistry;
  result?: FolderResult;
  private setsByPath = new Map<string, SetResult>();
  private readonly disk = new Map<string, ParsedDocument>();
  private readonly open = new Map<string, OpenDocument>();
  /** Files on disk that were decoded as GB18030 rather than UTF-8. */
  private readonly legacyEncoded = new Set<string>();
  private timer?: NodeJS.Timeout;
  /** Counts changes; an analysis remembers the count it started from. */
  private changes = 0;
  private analyzedChanges = -1;
  private loading?: Promise<void>;
  private loadGeneration = 0;
  /** Files the last load took from the parse cache. */
  private cacheHits = 0;
  /**
   * Markdown files and folders that file events named while a scan ran: the
   * scan's listing and reads may predate the event, so they are read again
   * once the scan's results are in.
   */
  private readonly changedDuringLoad = new Set<string>();
  private readonly foldersGoneDuringLoad = new Set<string>();
  /** Roots of workspace folders inside this one: their files belong to them only. */
  private nested: string[] = [];
  readonly onlyFile?: string;
  readonly files: FolderFiles;
  /** Why readDisk last skipped a file (the load's warning names the real reasons). */
  private lastSkipKind = '';

  constructor(
    readonly root: string,
    readonly rootUri: string,
    private readonly host: IndexHost,
    options: IndexOptions = {},
  ) {
    this.onlyFile = options.onlyFile;
    this.files = host.files(root);
    this.catalogs = host.builtinCatalogs();
  }

  contains(path: string): boolean {
    if (this.onlyFile) return path === this.onlyFile;
    return path === this.root || isUnder(this.root, path);
  }

  /** Sets the roots of the workspace folders nested in this one; returns whether they changed. */
  setNested(roots: string[]): boolean {
    const sorted = [...roots].sort();
    if (sorted.join('\n') === this.nested.join('\n')) return false;
    this.nested = sorted;
    return true;
  }

  /**
   * Whether a markdown file at this path is part of this folder's evidence, as
   * the folder scan decides it: not ignored, not in a nested folder, not
   * reached through a symbolic link that leads elsewhere.
   */
  belongs(path: string): boolean {
    if (!this.contains(path)) return false;
    if (this.nested.some((n) => isUnder(n, path))) return false;
    return this.files.scanTakes(path, this.config);
  }

  /** (Re)reads config, catalogs and every markdown file; a newer call supersedes a running one. */
  load(): Promise<void> {
    const generation = ++this.loadGeneration;
    this.forgetExistence();
    const run = this.doLoad(generation).catch((e) => this.host.log(`indexing ${this.root} failed: ${(e as Error).stack ?? e}`));
    this.loading = run.finally(() => {
      if (this.loadGeneration === generation) this.loading = undefined;
    });
    return this.loading;
  }

  private async doLoad(generation: number): Promise<void> {
    await this.loadConfig();
    if (generation !== this.loadGeneration) return;
    for (const [path, open] of this.open) {
      open.excluded = !this.belongs(path);
      this.checkSize(path, open);
    }
    if (this.onlyFile) {
      // A file outside every folder: its folder's config, and no scan.
      if (!(await this.analyze()) && !this.timer) this.schedule();
      return;
    }
    const progress = await this.host.beginProgress(`Indexing evidence: ${this.root}`);
    try {
      const started = Date.now();
      const cacheFile = this.host.cacheFile(this.root);
      const cache = cacheFile ? this.files.openCache(cacheFile) : undefined;
      const all = this.files.listMarkdown(this.config);
      const reading = readFolder(this.files, this.config, { paths: all.filter((f) => !this.nested.some((n) => isUnder(n, f))), cache });
      const files = reading.paths;
      const fresh = new Map<string, ParsedDocument>();
      let skipped: string[] = [];
      const skipKinds = new Set<string>();
      this.cacheHits = 0;
      let i = 0;
      for await (const read of reading.reads()) {
        const doc = this.took(read);
        if (doc) fresh.set(read.path, doc);
        else {
          skipped.push(read.path);
          skipKinds.add(this.lastSkipKind);
        }
        if (++i % FILES_PER_SLICE === 0) {
          progress.report(Math.round((i / files.length) * 100), `${i}/${files.length}`);
          // Let requests and edits in between slices of a large folder.
          await new Promise((resolve) => setImmediate(resolve));
          if (generation !== this.loadGeneration) return;
        }
      }
      this.disk.clear();
      for (const [path, doc] of fresh) this.disk.set(path, doc);
      this.rereadChangedDuringLoad();
      const fromCache = cache ? ` (${this.cacheHits} from the parse cache)` : '';
      const inWorkers = reading.parsedInWorkers() ? `, ${reading.parsedInWorkers()} parsed in worker threads` : '';
      this.host.log(`indexed ${fresh.size} markdown files in ${this.root} in ${Date.now() - started} ms${inWorkers}${fromCache}`);
      const cacheError = reading.finish();
      if (cacheError) this.host.log(`parse cache not written to ${cacheFile}: ${cacheError}`);
      // One notice per load, not one per file: the log names each file and why.
      // A file that was listed but is gone now (deleted or renamed meanwhile) was not skipped.
      skipped = skipped.filter((p) => !this.disk.has(p) && this.files.exists(p));
      if (skipped.length) {
        const first = skipped[0].slice(this.root.length + 1);
        this.host.warn(localizer(this.host.locale)('notice.skipped', skipped.length, this.root, [...skipKinds].join(', '), first));
      }
    } finally {
      progress.done();
    }
    // Edits made while indexing cancel this run; theirs was skipped while loading, so start it.
    if (!(await this.analyze()) && !this.timer) this.schedule();
  }

  /** The scan's results are in: files that events named meanwhile are read again, so the index equals the disk. */
  private rereadChangedDuringLoad(): void {
    const paths = new Set(this.changedDuringLoad);
    for (const folder of this.foldersGoneDuringLoad) for (const p of this.disk.keys()) if (isUnder(folder, p)) paths.add(p);
    this.changedDuringLoad.clear();
    this.foldersGoneDuringLoad.clear();
    for (const path of paths) this.readFromDisk(path);
    if (paths.size) this.forgetExistence();
  }

  private async loadConfig(): Promise<void> {
    let overrides: ConfigOverrides = {};
    try {
      overrides = await this.host.settings(this.rootUri);
    } catch (e) {
      this.host.log(`cannot read settings: ${(e as Error).message}`);
    }
    const { config, catalogs, problems } = this.files.settings({ overrides, locale: this.host.locale });
    this.config = config;
    this.catalogs = catalogs;
    for (const p of problems) this.host.warn(formatProblem(p));
  }

  /** Reads and parses a file from disk. */
  private readDisk(path: string): ParsedDocument | undefined {
    return this.took({ path, ...this.files.readMarkdown(path, this.config) });
  }

  /** Logs why a read file was skipped or re-encoded; the document, if it was read. */
  private took(read: FileRead): ParsedDocument | undefined {
    const { path } = read;
    if (!read.doc) {
      this.host.log(`${path}: skipped (${read.skipped})`);
      this.lastSkipKind = read.skipped.split(':')[0].replace(/-/g, ' '); // "too-large: 9 bytes…" names "too large"
      return undefined;
    }
    if (read.encoding === 'utf-8') this.legacyEncoded.delete(path);
    else {
      this.host.log(`${path}: decoded as ${read.encoding}`);
      this.legacyEncoded.add(path);
    }
    if (read.fromCache) this.cacheHits++;
    return read.doc;
  }

  setOpen(path: string, text: string): void {
    // An editor that decodes a GB18030/GBK file as UTF-8 shows U+FFFD; say what the file is, once per opening.
    if (!this.open.has(path) && text.includes('\uFFFD') && this.legacyEncoded.has(path)) {
      this.host.warn(localizer(this.host.locale)('notice.gbkAsUtf8', path));
    }
    const before = this.open.get(path);
    const excluded = before?.excluded ?? !this.belongs(path);
    // The previous version lets the parser reuse the pieces an edit did not touch.
    const previous = before?.parsed ?? before?.previous ?? this.disk.get(path);
    const open: OpenDocument = { text, bytes: Buffer.byteLength(text, 'utf8'), excluded, toldTooLarge: before?.toldTooLarge ?? false, previous };
    this.open.set(path, open);
    this.checkSize(path, open);
    this.schedule();
  }

  /** Too large to parse, as on disk: say so when it opens that way, grows past the limit, or the limit drops below it. */
  private checkSize(path: string, open: OpenDocument): void {
    const tooLarge = open.bytes > this.config.maxFileSize;
    if (tooLarge && !open.toldTooLarge) this.host.warn(localizer(this.host.locale)('notice.openTooLarge', path, open.bytes, this.config.maxFileSize));
    open.toldTooLarge = tooLarge;
  }

  /** The editor closed a document: from now on the disk version counts. */
  close(path: string): void {
    if (!this.open.delete(path)) return;
    this.refreshFromDisk(path);
  }

  isOpen(path: string): boolean {
    return this.open.has(path);
  }

  /**
   * Whether a linked file exists, remembered between analyses: a keystroke must
   * not stat every attachment of the workspace again. File events forget it.
   */
  private readonly existence = new Map<string, boolean>();
  private readonly exists = (path: string): boolean => {
    let known = this.existence.get(path);
    if (known === undefined) this.existence.set(path, (known = this.files.exists(path)));
    return known;
  };

  /**
   * The file system as analyses see it. A new object whenever what exists may
   * have changed: the core keeps per-document results only while it is the same.
   */
  private fsView: FileSystemView = { exists: this.exists };

  /** A file other than markdown appeared, changed or went away (an attachment): re-check links. */
  filesChanged(): void {
    this.forgetExistence();
    this.schedule();
  }

  private forgetExistence(): void {
    this.existence.clear();
    this.fsView = { exists: this.exists };
  }

  /** A watched markdown file was created, changed or deleted on disk. */
  refreshFromDisk(path: string): void {
    if (this.onlyFile) return; // only the open text of its one file counts
    // Results that relied on this file existing (or not) are stale only if that changed.
    if (this.existence.has(path) && this.existence.get(path) !== this.files.exists(path)) this.forgetExistence();
    if (this.loading) this.changedDuringLoad.add(path);
    this.readFromDisk(path);
    this.schedule();
  }

  /** Puts the disk's version of a markdown file into the index, or takes it out. */
  private readFromDisk(path: string): void {
    const doc = this.files.exists(path) && this.belongs(path) ? this.readDisk(path) : undefined;
    if (doc) this.disk.set(path, doc);
    else this.disk.delete(path);
  }

  /** A deleted folder (or attachment): drop the documents under it, re-check links. */
  forgetUnder(path: string): void {
    if (this.loading) this.foldersGoneDuringLoad.add(path);
    for (const p of [...this.disk.keys()]) if (isUnder(path, p)) this.disk.delete(p);
    this.filesChanged();
  }

  /**
   * The text the server uses for a path: the editor's when open, else the disk's.
   * None for an open file the folder scan would leave out or one above maxFileSize:
   * which files are open must not change what counts.
   */
  document(path: string): ParsedDocument | undefined {
    const open = this.open.get(path);
    if (open) {
      if (open.excluded || open.bytes > this.config.maxFileSize) return undefined;
      return (open.parsed ??= parseEvidenceDocument(path, open.text, open.previous));
    }
    return this.disk.get(path);
  }

  documents(): ParsedDocument[] {
    const paths = new Set([...this.disk.keys(), ...this.open.keys()]);
    const docs: ParsedDocument[] = [];
    for (const p of paths) {
      const doc = this.document(p);
      if (doc) docs.push(doc);
    }
    return docs;
  }

  /** All diagnostics of the latest analysis, by path. */
  diagnosticsByPath(): Map<string, EvidenceDiagnostic[]> {
    const out = new Map<string, EvidenceDiagnostic[]>();
    const result = this.result;
    if (!result) return out;
    for (const list of [result.diagnostics, ...result.sets.map((s) => s.diagnostics)]) {
      for (const d of list) {
        const mine = out.get(d.path);
        if (mine) mine.push(d);
        else out.set(d.path, [d]);
      }
    }
    return out;
  }

  /** The evidence set a path belongs to in the latest analysis (the snapshot editor features read). */
  setOf(path: string): SetResult | undefined {
    return this.setsByPath.get(path);
  }

  /** The set a document would belong to: its own set, else the analysed set of its standard. */
  setFor(path: string): SetResult | undefined {
    const own = this.setsByPath.get(path);
    if (own) return own;
    const doc = this.document(path);
    const catalog = doc ? this.catalogOf(doc) : undefined;
    return catalog ? this.result?.sets.find((s) => s.model.catalog === catalog) : undefined;
  }

  setById(id: string): SetResult | undefined {
    return this.result?.sets.find((s) => s.id === id);
  }

  catalogOf(doc: ParsedDocument): Catalog | undefined {
    return catalogOf(doc, this.config, this.catalogs).catalog;
  }

  /** Something changed: a running analysis is now stale, and a new one runs after the debounce delay. */
  schedule(): void {
    this.changes++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.loading) void this.analyze();
    }, ANALYSIS_DELAY_MS);
  }

  /** Brings the analysis up to date with every change so far (for requests that must see it). */
  async flush(): Promise<void> {
    if (this.loading) await this.loading;
    while (this.timer || !this.result || this.analyzedChanges !== this.changes) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      await this.analyze();
    }
  }

  /**
   * Re-parses the edited documents one at a time, yielding in between, then
   * analyses the folder. A change that arrives meanwhile cancels the run: its
   * stale result is never published, and the change's own run replaces it.
   */
  private async analyze(): Promise<boolean> {
    const changes = this.changes;
    for (const [path, open] of this.open) {
      if (open.parsed || !this.document(path)) continue;
      await new Promise((resolve) => setImmediate(resolve));
      if (changes !== this.changes) return false;
    }
    this.result = analyzeFolder(
      {
        root: this.root,
        config: this.config,
        catalogs: this.catalogs,
        documents: this.documents(),
        fs: this.fsView,
        locale: this.host.locale,
        now: new Date(),
      },
      this.result,
    );
    this.setsByPath = new Map(this.result.sets.flatMap((set) => set.model.documents.map((d) => [d.path, set] as const)));
    this.analyzedChanges = changes;
    this.host.analyzed(this);
    return true;
  }

  dispose(): void {
    this.loadGeneration++;
    if (this.timer) clearTimeout(this.timer);
  }
}
