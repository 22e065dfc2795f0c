// Everything the rules of one evidence set share: its documents, the clause
// sections they contain, and the not-applicable declarations.
import type { Catalog, Clause } from '../catalog/catalog';
import type { EvidenceConfig } from '../config/config';
import type { Localize } from '../l10n/messages';
import type { NotApplicableEntry } from '../parse/frontmatter';
import type { ParsedDocument, SectionCandidate } from '../parse/evidenceDocument';
import type { Locale } from '../types';

export interface SetSection {
  doc: ParsedDocument;
  candidate: SectionCandidate;
  /** The catalog clause, when the id is known. */
  clause?: Clause;
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
  declarations: NotApplicableDeclaration[];
  /** Leaves excluded by a valid not-applicable entry, with the reason. */
  notApplicable: Map<string, string>;
  fs: FileSystemView;
  now: Date;
  locale: Locale;
  t: Localize;
}

/** Whether a section candidate tags a clause of this catalog; numbered headings outside its id space are the document's own numbering. */
export function isClauseTag(catalog: Catalog, candidate: SectionCandidate): boolean {
  return candidate.kind === 'comment' || candidate.section || catalog.inIdSpace(candidate.id);
}

export function clauseTitle(clause: Clause, locale: Locale): string {
  return locale === 'en' ? clause.title.en ?? clause.title.zh : clause.title.zh;
}

export function buildSetContext(
  base: Omit<SetContext, 'sections' | 'sectionsByDoc' | 'byClause' | 'declarations' | 'notApplicable' | 'indexDocument'>,
): SetContext {
  const { catalog, documents, config } = base;
  const sections: SetSection[] = [];
  const byClause = new Map<string, SetSection[]>();
  const sectionsByDoc = new Map<ParsedDocument, SetSection[]>();
  for (const doc of documents) {
    const own: SetSection[] = [];
    sectionsByDoc.set(doc, own);
    for (const candidate of doc.sections) {
      if (!isClauseTag(catalog, candidate)) continue;
      const clause = catalog.get(candidate.id);
      const section: SetSection = { doc, candidate, clause };
      sections.push(section);
      own.push(section);
      if (clause) {
        const list = byClause.get(clause.id) ?? [];
        list.push(section);
        byClause.set(clause.id, list);
      }
    }
  }
  const declarations: NotApplicableDeclaration[] = [];
  if (config.file) for (const entry of config.notApplicable) declarations.push({ entry, path: config.file });
  for (const doc of documents) for (const entry of doc.frontmatter?.notApplicable ?? []) declarations.push({ entry, path: doc.path });

  const notApplicable = new Map<string, string>();
  for (const { entry } of declarations) {
    if (!entry.reason || !catalog.get(entry.id)) continue;
    for (const leaf of catalog.leavesUnder(entry.id)) if (!notApplicable.has(leaf.id)) notApplicable.set(leaf.id, entry.reason);
  }
  const indexDocument = documents.find((d) => d.frontmatter?.index === true) ?? documents[0];
  return { ...base, sections, sectionsByDoc, byClause, declarations, notApplicable, indexDocument };
}
