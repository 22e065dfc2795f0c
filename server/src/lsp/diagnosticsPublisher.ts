// Publishes the diagnostics of every evidence document of a folder, open or
// closed; re-sends only what changed and clears documents that lost them all.
import { createHash } from 'node:crypto';
import type { Connection } from 'vscode-languageserver/node';
import type { EvidenceDiagnostic, Locale } from '../core';
import { pathToUri, toLspDiagnostic, type RuleDocHref } from '../service/conversions';
import type { FolderIndex } from '../service/folderIndex';

/** Everything a published diagnostic is made of, related sections included (the core computes them). */
function fingerprint(list: EvidenceDiagnostic[]): string {
  const parts: string[] = [];
  for (const d of list) {
    const { start, end } = d.range;
    parts.push(`${d.rule}|${d.severity}|${start.line}:${start.character}-${end.line}:${end.character}|${d.message}`);
    for (const r of d.related ?? [])
      parts.push(`>${r.path}:${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character}|${r.message}`);
  }
  return parts.join('\n');
}

export class DiagnosticsPublisher {
  /** Fingerprint digests of the last published diagnostics per index and URI (two files outside every folder can share a root). */
  private readonly published = new Map<FolderIndex, Map<string, string>>();

  constructor(
    private readonly connection: Connection,
    private readonly locale: Locale,
    private readonly ruleDocHref: RuleDocHref,
  ) {}

  publish(index: FolderIndex): void {
    const before = this.published.get(index) ?? new Map<string, string>();
    const after = new Map<string, string>();
    for (const [path, list] of index.diagnosticsByPath()) {
      const uri = pathToUri(path);
      // Converting is the costly part of publishing: compare a cheap fingerprint first,
      // kept as a digest so a thousand documents' diagnostics do not stay in memory twice.
      const digest = createHash('sha1').update(fingerprint(list)).digest('base64');
      after.set(uri, digest);
      if (before.get(uri) === digest) continue;
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
