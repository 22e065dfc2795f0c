// Read-only questions the editor features ask about the evidence set of one
// document: which clause is under the cursor, where a clause has sections and
// references, and its coverage status.
import {
  clauseTagOf,
  type Catalog,
  type ClauseCoverage,
  type ParsedDocument,
  type Position,
  type Range,
  type SectionCandidate,
  type SetCoverage,
} from '../core';
import { containsPosition } from './conversions';
import type { WorkspaceIndex } from './workspaceIndex';

export interface ClauseSection {
  doc: ParsedDocument;
  candidate: SectionCandidate;
}

export interface ClauseReference {
  doc: ParsedDocument;
  range: Range;
}

export interface ClauseAtPosition {
  id: string;
  range: Range;
  kind: 'heading' | 'reference' | 'not-applicable';
}

export class SetView {
  private constructor(
    readonly index: WorkspaceIndex,
    readonly catalog: Catalog,
    readonly documents: ParsedDocument[],
  ) {}

  /** The set the document belongs to, if it is an evidence document. */
  static of(index: WorkspaceIndex, doc: ParsedDocument): SetView | undefined {
    const catalog = index.catalogOf(doc);
    if (!catalog) return undefined;
    return new SetView(index, catalog, SetView.members(index, catalog, doc));
  }

  static forCatalog(index: WorkspaceIndex, catalog: Catalog): SetView {
    return new SetView(index, catalog, SetView.members(index, catalog));
  }

  private static members(index: WorkspaceIndex, catalog: Catalog, extra?: ParsedDocument): ParsedDocument[] {
    const docs = index.documents().filter((d) => d === extra || index.catalogOf(d) === catalog);
    return docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get coverage(): SetCoverage | undefined {
    return this.index.result?.sets.find((s) => s.coverage.standard === this.catalog.id)?.coverage;
  }

  clauseCoverage(id: string): ClauseCoverage | undefined {
    return this.coverage?.clauses.find((c) => c.id === id);
  }

  /** The document's clause sections in this catalog (the document's own numbering left out). */
  sectionsOf(doc: ParsedDocument): SectionCandidate[] {
    return doc.sections.flatMap((c) => clauseTagOf(this.catalog, c) ?? []);
  }

  private bySection?: Map<string, ClauseSection[]>;

  sections(id: string): ClauseSection[] {
    if (!this.bySection) {
      this.bySection = new Map();
      for (const doc of this.documents) {
        for (const candidate of this.sectionsOf(doc)) {
          const list = this.bySection.get(candidate.id) ?? [];
          list.push({ doc, candidate });
          this.bySection.set(candidate.id, list);
        }
      }
    }
    return this.bySection.get(id) ?? [];
  }

  references(id: string): ClauseReference[] {
    return this.documents.flatMap((doc) => doc.references.filter((r) => r.id === id).map((r) => ({ doc, range: r.range })));
  }

  /** The known clause id at a position: in a heading, a § reference or a not_applicable key. */
  clauseAt(doc: ParsedDocument, pos: Position): ClauseAtPosition | undefined {
    const known = (id: string) => this.catalog.get(id) !== undefined;
    for (const c of this.sectionsOf(doc)) {
      if (known(c.id) && containsPosition(c.idRange, pos)) return { id: c.id, range: c.idRange, kind: 'heading' };
    }
    for (const r of doc.references) {
      if (known(r.id) && containsPosition(r.range, pos)) return { id: r.id, range: r.range, kind: 'reference' };
    }
    for (const e of doc.frontmatter?.notApplicable ?? []) {
      if (known(e.id) && containsPosition(e.keyRange, pos)) return { id: e.id, range: e.keyRange, kind: 'not-applicable' };
    }
    return undefined;
  }
}
