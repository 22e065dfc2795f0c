// Publishes the diagnostics of every evidence document of a folder, open or
// closed; re-sends only what changed and clears documents that lost them all.
import { createHash } from 'node:crypto';
import type { Connection, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { localizer, MAX_RELATED, type Catalog, type EvidenceDiagnostic, type Locale } from '../../core';
import { location, pathToUri, toLspDiagnostic } from '../conversions';
import { SetView } from '../setView';
import type { WorkspaceIndex } from '../workspaceIndex';

/** All diagnostics of the latest analysis of a folder, by path. */
export function diagnosticsByPath(index: WorkspaceIndex): Map<string, EvidenceDiagnostic[]> {
  const out = new Map<string, EvidenceDiagnostic[]>();
  const result = index.result;
  if (!result) return out;
  for (const d of [...result.diagnostics, ...result.sets.flatMap((s) => s.diagnostics)]) {
    const list = out.get(d.path) ?? [];
    list.push(d);
    out.set(d.path, list);
  }
  return out;
}

/**
 * Everything a published diagnostic is made of: the core diagnostic, and the
 * sections of its clause that related information points to (as one digest
 * per clause, computed once per publish: a clause can have hundreds).
 */
function fingerprint(list: EvidenceDiagnostic[], clauseDigest: (clause: string) => string): string {
  const parts: string[] = [];
  for (const d of list) {
    const { start, end } = d.range;
    parts.push(`${d.rule}|${d.severity}|${start.line}:${start.character}-${end.line}:${end.character}|${d.message}|${d.clause ? clauseDigest(d.clause) : ''}`);
    // Related locations of a clause's diagnostic are sections of that clause: the digest covers them.
    if (!d.clause) for (const r of d.related ?? []) parts.push(`>${r.path}:${r.range.start.line}:${r.range.start.character}`);
  }
  return parts.join('\n');
}

/** Digests of where each clause has sections (what related information shows), memoised for one publish. */
function sectionDigests(view: SetView | undefined): (clause: string) => string {
  const memo = new Map<string, string>();
  return (clause) => {
    let digest = memo.get(clause);
    if (digest === undefined && view) {
      const where = view.sections(clause).slice(0, MAX_RELATED + 1).map((s) => `${s.doc.path}:${s.candidate.heading.line}:${s.candidate.heading.range.end.character}`);
      digest = createHash('sha1').update(where.join('\n')).digest('base64');
      memo.set(clause, digest);
    }
    return digest ?? '';
  };
}

export class DiagnosticsPublisher {
  /** Fingerprint digests of the last published diagnostics per index and URI (two files outside every folder can share a root). */
  private readonly published = new Map<WorkspaceIndex, Map<string, string>>();

  constructor(
    private readonly connection: Connection,
    private readonly locale: Locale,
  ) {}

  publish(index: WorkspaceIndex): void {
    const before = this.published.get(index) ?? new Map<string, string>();
    const after = new Map<string, string>();
    const views = new Map<Catalog, SetView>();
    const digests = new Map<Catalog | undefined, (clause: string) => string>();
    for (const [path, list] of diagnosticsByPath(index)) {
      const uri = pathToUri(path);
      const doc = index.document(path);
      const catalog = doc && index.catalogOf(doc);
      let view = catalog && views.get(catalog);
      if (catalog && !view) views.set(catalog, (view = SetView.forCatalog(index, catalog)));
      let digestOf = digests.get(catalog);
      if (!digestOf) digests.set(catalog, (digestOf = sectionDigests(view)));
      // Converting is the costly part of publishing: compare a cheap fingerprint first,
      // kept as a digest so a thousand documents' diagnostics do not stay in memory twice.
      const digest = createHash('sha1').update(fingerprint(list, digestOf)).digest('base64');
      after.set(uri, digest);
      if (before.get(uri) === digest) continue;
      const diagnostics = list.map((d) => toLspDiagnostic(d, view ? this.otherSections(view, d) : []));
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of before.keys()) {
      if (!after.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.published.set(index, after);
  }

  /** A folder (or a file's own index) went away: its documents keep no diagnostics. */
  clear(index: WorkspaceIndex): void {
    for (const uri of this.published.get(index)?.keys() ?? []) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.delete(index);
  }

  /** Pointers to the other sections of the clause the diagnostic is about. */
  private otherSections(view: SetView, d: EvidenceDiagnostic): DiagnosticRelatedInformation[] {
    if (!d.clause) return [];
    const t = localizer(this.locale);
    const already = new Set((d.related ?? []).map((r) => `${r.path}:${r.range.start.line}`));
    const wanted = Math.max(0, MAX_RELATED - already.size);
    // Only the first few are shown: do not walk hundreds of sections of a much-repeated clause.
    return view
      .sections(d.clause)
      .slice(0, wanted + already.size + 1)
      .filter((s) => !(s.doc.path === d.path && s.candidate.heading.line === d.range.start.line))
      .filter((s) => !already.has(`${s.doc.path}:${s.candidate.heading.range.start.line}`))
      .slice(0, wanted)
      .map((s) => ({ location: location(s.doc.path, s.candidate.heading.range), message: t('related.section', d.clause!) }));
  }
}
