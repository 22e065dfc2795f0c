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
 * sections of its clause that the related information points to.
 */
function fingerprint(list: EvidenceDiagnostic[], view: SetView | undefined): string {
  const parts: string[] = [];
  for (const d of list) {
    const { start, end } = d.range;
    parts.push(`${d.rule}|${d.severity}|${start.line}:${start.character}-${end.line}:${end.character}|${d.message}`);
    for (const r of d.related ?? []) parts.push(`>${r.path}:${r.range.start.line}:${r.range.start.character}`);
    if (view && d.clause) for (const s of view.sections(d.clause).slice(0, MAX_RELATED + 1)) parts.push(`@${s.doc.path}:${s.candidate.heading.line}:${s.candidate.heading.range.end.character}`);
  }
  return parts.join('\n');
}

export class DiagnosticsPublisher {
  /** Fingerprint digests of the last published diagnostics per folder root and URI. */
  private readonly published = new Map<string, Map<string, string>>();

  constructor(
    private readonly connection: Connection,
    private readonly locale: Locale,
  ) {}

  publish(index: WorkspaceIndex): void {
    const before = this.published.get(index.root) ?? new Map<string, string>();
    const after = new Map<string, string>();
    const views = new Map<Catalog, SetView>();
    for (const [path, list] of diagnosticsByPath(index)) {
      const uri = pathToUri(path);
      const doc = index.document(path);
      const catalog = doc && index.catalogOf(doc);
      let view = catalog && views.get(catalog);
      if (catalog && !view) views.set(catalog, (view = SetView.forCatalog(index, catalog)));
      // Converting is the costly part of publishing: compare a cheap fingerprint first,
      // kept as a digest so a thousand documents' diagnostics do not stay in memory twice.
      const digest = createHash('sha1').update(fingerprint(list, view)).digest('base64');
      after.set(uri, digest);
      if (before.get(uri) === digest) continue;
      const diagnostics = list.map((d) => toLspDiagnostic(d, view ? this.otherSections(view, d) : []));
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of before.keys()) {
      if (!after.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.published.set(index.root, after);
  }

  /** A folder went away: its documents keep no diagnostics. */
  clear(root: string): void {
    for (const uri of this.published.get(root)?.keys() ?? []) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.delete(root);
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
