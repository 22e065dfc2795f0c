// A catalog as the editor client shows it (tree tooltips, starter evidence
// set): ids, structure, and titles and texts in one language.
import type { Catalog, LocalizedText } from '../catalog/catalog';
import type { Locale } from '../types';

export interface CatalogClauseJson {
  id: string;
  parent?: string;
  title: string;
  text?: string;
  isLeaf: boolean;
  confidence: string;
  /** The title is editorial (a 简称): the standard prints the clause untitled. */
  editorialTitle?: boolean;
  countsFor?: string;
}

export interface CatalogJson {
  id: string;
  title: string;
  roots: string[];
  clauses: CatalogClauseJson[];
}

export function catalogJson(catalog: Catalog, locale: Locale): CatalogJson {
  const text = (t: LocalizedText | undefined): string | undefined => (t ? (locale === 'en' ? (t.en ?? t.zh) : t.zh) : undefined);
  return {
    id: catalog.id,
    title: text(catalog.data.standard.title)!,
    roots: catalog.data.standard.roots,
    clauses: catalog.clauses.map((c) => ({
      id: c.id,
      parent: c.parent,
      title: text(c.title)!,
      text: text(c.text),
      isLeaf: catalog.isLeaf(c.id),
      confidence: c.confidence,
      ...(c.editorialTitle ? { editorialTitle: true } : {}),
      ...(c.countsFor ? { countsFor: c.countsFor } : {}),
    })),
  };
}
