// Everything the rules of one evidence set share: its documents, the clause
// sections they contain, and the not-applicable declarations.
import type { Catalog, Clause } from '../catalog/catalog';
import type { EvidenceConfig } from '../config/config';
import type { NotApplicableEntry } from '../parse/frontmatter';
import type { ParsedDocument, SectionCandidate } from '../parse/evidenceDocument';
import { pushTo, sameElements } from '../lists';
import type { Locale } from '../types';

export interface SetSection {
  doc: ParsedDocument;
  candidate: SectionCandidate;
  /** The catalog clause, when the id is known. */
  clause?: Clause;
  /**
   * The clause this section is evidence for: its own clause, the leaf a `countsFor`
   * line names (5.1.1.3 → 5.1.1.2), or the inferred leaf above a deeper id the
   * catalog lacks (5.2.4.1 → 5.2.4).
   */
  target?: Clause;
}

export interface NotApplicableDeclaration {
  entry: NotApplicableEntry;
  /** The document or config file that declares it. */
  path: string;
}

/** Read-only view of the file system the rules may consult; never reads content. */
export interface FileSystemView {
  exists(path: string): boolean;
}

export interface SetContext {
  root: string;
  catalog: Catalog;
  config: EvidenceConfig;
  documents: ParsedDocument[];
  indexDocument: ParsedDocument;
  sections: SetSection[];
  /** The same sections by document. */
  sectionsByDoc: Map<ParsedDocument, SetSection[]>;
  /** Sections by canonical clause id, known ids only. */
  byClause: Map<string, SetSection[]>;
  /** Sections by the id of the clause they are evidence for (`SetSection.target`). */
  evidence: Map<string, SetSection[]>;
  declarations: NotApplicableDeclaration[];
  /** Leaves excluded by a valid not-applicable entry, with the declaration that gives the reason (the first one). */
  notApplicable: Map<string, NotApplicableDeclaration>;
  /** The excluded leaf ids as one string: what per-document results depend on. */
  notApplicableKey: string;
  fs: FileSystemView;
  now: Date;
  locale: Locale;
}

/**
 * The clause tag a section candidate carries in this catalog, if any. A number outside the
 * catalog's id space is the document's own numbering: then a clause tag comment beside
 * the heading tags it (`### 3.1 客户关系` + `<!-- clause: 5.3.1 -->`), else nothing does.
 */
export function clauseTagOf(catalog: Catalog, candidate: SectionCandidate): SectionCandidate | undefined {
  if (candidate.kind === 'comment' || candidate.section || catalog.inIdSpace(candidate.id)) return candidate;
  return candidate.commentTag;
}

export function clauseTitle(clause: Clause, locale: Locale): string {
  return locale === 'en' ? (clause.title.en ?? clause.title.zh) : clause.title.zh;
}

/** What `buildSetContext` derives from the documents. */
export type DerivedSetParts = 'sections' | 'sectionsByDoc' | 'byClause' | 'evidence' | 'declarations' | 'notApplicable' | 'notApplicableKey' | 'indexDocument';

/** A document's sections in a catalog, kept per document version so an unchanged document gives the same objects. */
const sectionsOfDocument = new WeakMap<ParsedDocument, { catalog: Catalog; sections: SetSection[] }>();

function documentSections(catalog: Catalog, doc: ParsedDocument): SetSection[] {
  const known = sectionsOfDocument.get(doc);
  if (known && known.catalog === catalog) return known.sections;
  const sections: SetSection[] = [];
  for (const found of doc.sections) {
    const candidate = clauseTagOf(catalog, found);
    if (!candidate) continue;
    sections.push({ doc, candidate, clause: catalog.get(candidate.id), target: catalog.evidenceTarget(candidate.id) });
  }
  sectionsOfDocument.set(doc, { catalog, sections });
  return sections;
}

/**
 * The previous analysis's list when it holds the same sections: an unchanged clause keeps
 * the same array, so what is derived from it (duplicate sections, related sections) can be
 * reused by identity after an edit elsewhere.
 */
function keepUnchanged(lists: Map<string, SetSection[]>, previous: Map<string, SetSection[]> | undefined): void {
  if (!previous) return;
  for (const [id, list] of lists) {
    const before = previous.get(id);
    if (before && sameElements(before, list)) lists.set(id, before);
  }
}

/** `previous`: the same set's model from the last analysis, whose unchanged parts are reused. */
export function buildSetContext(base: Omit<SetContext, DerivedSetParts>, previous?: SetContext): SetContext {
  const { catalog, documents, config } = base;
  const sections: SetSection[] = [];
  const byClause = new Map<string, SetSection[]>();
  const evidence = new Map<string, SetSection[]>();
  const sectionsByDoc = new Map<ParsedDocument, SetSection[]>();
  for (const doc of documents) {
    const own = documentSections(catalog, doc);
    sectionsByDoc.set(doc, own);
    for (const section of own) {
      sections.push(section);
      if (section.clause) pushTo(byClause, section.clause.id, section);
      if (section.target) pushTo(evidence, section.target.id, section);
    }
  }
  if (previous?.catalog === catalog) {
    keepUnchanged(byClause, previous.byClause);
    keepUnchanged(evidence, previous.evidence);
  }
  const declarations: NotApplicableDeclaration[] = [];
  if (config.file) for (const entry of config.notApplicable) declarations.push({ entry, path: config.file });
  for (const doc of documents) for (const entry of doc.frontmatter?.notApplicable ?? []) declarations.push({ entry, path: doc.path });

  const notApplicable = new Map<string, NotApplicableDeclaration>();
  for (const declaration of declarations) {
    const { entry } = declaration;
    if (!entry.reason || !catalog.get(entry.id)) continue;
    for (const leaf of catalog.leavesUnder(entry.id)) if (!notApplicable.has(leaf.id)) notApplicable.set(leaf.id, declaration);
  }
  const indexDocument = documents.find((d) => d.frontmatter?.index === true) ?? documents[0];
  const notApplicableKey = [...notApplicable.keys()].join(' ');
  return { ...base, sections, sectionsByDoc, byClause, evidence, declarations, notApplicable, notApplicableKey, indexDocument };
}
