// Publishes the diagnostics of every evidence document of a folder, open or
// closed; re-sends only what changed and clears documents that lost them all.
import { createHash } from 'node:crypto';
import type { Connection } from 'vscode-languageserver/node';
import { rangeKey, type EvidenceDiagnostic, type Locale } from '../core';
import { sameElements } from '../core/lists';
import { pathToUri, toLspDiagnostic, type RuleDocHref } from '../service/conversions';
import type { FolderIndex } from '../service/folderIndex';

/** Everything a published diagnostic is made of, related sections included (the core computes them). */
function fingerprint(list: EvidenceDiagnostic[]): string {
  const parts: string[] = [];
  for (const d of list) {
    parts.push(`${d.rule}|${d.severity}|${rangeKey(d.range)}|${d.message}`);
    for (const r of d.related ?? []) parts.push(`>${r.path}:${rangeKey(r.range)}|${r.message}`);
  }
  return parts.join('\n');
}

/** What was last published for a document: the core's diagnostic objects, and a digest of what they say. */
interface Published {
  list: EvidenceDiagnostic[];
  digest: string;
}

export class DiagnosticsPublisher {
  /** The last published diagnostics per index and URI (two files outside every folder can share a root). */
  private readonly published = new Map<FolderIndex, Map<string, Published>>();

  constructor(
    private readonly connection: Connection,
    private readonly locale: Locale,
    private readonly ruleDocHref: RuleDocHref,
  ) {}

  publish(index: FolderIndex): void {
    const before = this.published.get(index) ?? new Map<string, Published>();
    const after = new Map<string, Published>();
    const all = [...index.diagnosticsByPath()];
    // Open documents first: an edit's own diagnostics are not queued behind other documents' changes.
    const ordered = [...all.filter(([path]) => index.isOpen(path)), ...all.filter(([path]) => !index.isOpen(path))];
    for (const [path, list] of ordered) {
      const uri = pathToUri(path);
      const last = before.get(uri);
      // The core keeps the diagnostics of what an edit did not touch as the same objects:
      // most documents are skipped here without looking into them.
      if (last && sameElements(last.list, list)) {
        after.set(uri, last);
        continue;
      }
      // Converting is the costly part of publishing: compare a cheap fingerprint first,
      // kept as a digest (new objects can say the same).
      const digest = createHash('sha1').update(fingerprint(list)).digest('base64');
      after.set(uri, { list, digest });
      if (last?.digest === digest) continue;
      const diagnostics = list.map((d) => toLspDiagnostic(d, this.locale, this.ruleDocHref));
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of before.keys()) {
      if (!after.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.published.set(index, after);
  }

  /** A folder (or a file's own index) went away: its documents keep no diagnostics. */
  clear(index: FolderIndex): void {
    for (const uri of this.published.get(index)?.keys() ?? []) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.delete(index);
  }
}
