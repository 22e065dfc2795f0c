// The workspace folders of the session, each with its own index. Without a
// folder (single-file mode) the directory of an opened document is the folder.
import { posix } from 'node:path';
import { pathToUri } from './conversions';
import { WorkspaceIndex, type IndexHost } from './workspaceIndex';

export class Workspaces {
  private readonly indexes = new Map<string, WorkspaceIndex>();

  constructor(private readonly host: IndexHost) {}

  all(): WorkspaceIndex[] {
    return [...this.indexes.values()];
  }

  add(root: string, rootUri = pathToUri(root)): WorkspaceIndex {
    const existing = this.indexes.get(root);
    if (existing) return existing;
    const index = new WorkspaceIndex(root, rootUri, this.host);
    this.indexes.set(root, index);
    void index.load();
    return index;
  }

  remove(root: string): WorkspaceIndex | undefined {
    const index = this.indexes.get(root);
    index?.dispose();
    this.indexes.delete(root);
    return index;
  }

  /** The innermost folder containing the path. */
  find(path: string): WorkspaceIndex | undefined {
    let best: WorkspaceIndex | undefined;
    for (const index of this.indexes.values()) {
      if (index.contains(path) && (!best || index.root.length > best.root.length)) best = index;
    }
    return best;
  }

  /** The folder of a document, creating a single-file-mode folder when no folder contains it. */
  findOrCreate(path: string): WorkspaceIndex {
    return this.find(path) ?? this.add(posix.dirname(path));
  }
}
