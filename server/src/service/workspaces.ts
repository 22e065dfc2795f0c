// The workspace folders of the session, each with its own index, and an index
// of its own for each open file outside every folder (nothing around such a
// file is scanned: opening /x.md or ~/notes.md must not index / or ~).
import { posix } from 'node:path';
import { pathToUri } from './conversions';
import { FolderIndex, type IndexHost } from './folderIndex';

export class Workspaces {
  private readonly folders = new Map<string, FolderIndex>();
  /** Indexes of open files outside every folder, by the file's path. */
  private readonly loose = new Map<string, FolderIndex>();
  /** The index each open document was given to, and its text. */
  private readonly openDocs = new Map<string, { index: FolderIndex; text: string }>();

  constructor(private readonly host: IndexHost) {}

  all(): FolderIndex[] {
    return [...this.folders.values(), ...this.loose.values()];
  }

  /** Adds a workspace folder; open documents it now holds move into it. Returns indexes that went away. */
  add(root: string, rootUri = pathToUri(root)): FolderIndex[] {
    if (this.folders.has(root)) return [];
    const index = new FolderIndex(root, rootUri, this.host);
    this.folders.set(root, index);
    this.updateNesting(index);
    void index.load();
    return this.rehome();
  }

  /** Removes a workspace folder; its open documents move to the folder or file index that holds them now. */
  remove(root: string): FolderIndex[] {
    const index = this.folders.get(root);
    if (!index) return [];
    index.dispose();
    this.folders.delete(root);
    this.updateNesting();
    return [index, ...this.rehome()];
  }

  /** The index holding a path: the innermost folder containing it, else the file's own index. */
  find(path: string): FolderIndex | undefined {
    return this.folderOf(path) ?? this.loose.get(path);
  }

  private folderOf(path: string): FolderIndex | undefined {
    let best: FolderIndex | undefined;
    for (const index of this.folders.values()) {
      if (index.contains(path) && (!best || index.root.length > best.root.length)) best = index;
    }
    return best;
  }

  /** The editor's text of a document. */
  setOpen(path: string, text: string): void {
    const held = this.openDocs.get(path);
    const index = held?.index ?? this.folderOf(path) ?? this.addLoose(path);
    this.openDocs.set(path, { index, text });
    index.setOpen(path, text);
  }

  /** The editor closed a document; returns the file's own index if it went away with it. */
  close(path: string): FolderIndex | undefined {
    const held = this.openDocs.get(path);
    if (!held) return undefined;
    this.openDocs.delete(path);
    held.index.close(path);
    return this.dropLoose(path);
  }

  private addLoose(path: string): FolderIndex {
    // Its own folder's config applies (and its editor settings), but nothing else there is read.
    const dir = posix.dirname(path);
    const index = new FolderIndex(dir, pathToUri(dir), this.host, { onlyFile: path });
    this.loose.set(path, index);
    void index.load();
    return index;
  }

  private dropLoose(path: string): FolderIndex | undefined {
    const index = this.loose.get(path);
    if (!index) return undefined;
    index.dispose();
    this.loose.delete(path);
    return index;
  }

  /** Each folder leaves the files of the folders nested in it to them; a folder whose share changed is read again. */
  private updateNesting(added?: FolderIndex): void {
    for (const outer of this.folders.values()) {
      const nested = [...this.folders.keys()].filter((root) => root !== outer.root && outer.contains(root));
      if (outer.setNested(nested) && outer !== added) void outer.load();
    }
  }

  /** Moves open documents to the index that holds them after folders changed; returns the indexes that went away. */
  private rehome(): FolderIndex[] {
    const gone: FolderIndex[] = [];
    for (const [path, held] of [...this.openDocs]) {
      const target = this.folderOf(path);
      if (target === held.index || (!target && this.loose.get(path) === held.index)) continue;
      const dropped = this.close(path);
      if (dropped) gone.push(dropped);
      this.setOpen(path, held.text);
    }
    return gone;
  }
}
