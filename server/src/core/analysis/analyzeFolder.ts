// One workspace folder: sorts its documents into evidence sets (one per
// standard) and analyses each set.
import type { CatalogRegistry } from '../catalog/catalogRegistry';
import type { EvidenceConfig } from '../config/config';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { EvidenceDiagnostic, Locale } from '../types';
import type { Catalog } from '../catalog/catalog';
import { analyzeSet, setIdOf, type SetResult } from './analyzeSet';
import { frontmatterInvalid, frontmatterText } from '../rules/frontmatterInvalid';
import { Reporter } from './reporter';
import { buildSetContext, type FileSystemView } from './setContext';

export interface FolderInput {
  root: string;
  config: EvidenceConfig;
  catalogs: CatalogRegistry;
  /** Every markdown document of the folder that was read. */
  documents: ParsedDocument[];
  fs: FileSystemView;
  locale: Locale;
  now: Date;
}

export interface FolderResult {
  sets: SetResult[];
  /** Diagnostics of documents that belong to no set (unknown standard). */
  diagnostics: EvidenceDiagnostic[];
  /** Paths of documents that are evidence documents, by set standard. */
  members: Map<string, string>;
}

/** The catalog a document belongs to, or why it belongs to none. */
export function catalogOf(doc: ParsedDocument, config: EvidenceConfig, catalogs: CatalogRegistry): { catalog?: Catalog; unknownStandard?: string } {
  const declared = doc.frontmatter?.standard?.value;
  if (declared !== undefined) {
    const catalog = catalogs.resolve(declared);
    return catalog ? { catalog } : { unknownStandard: declared };
  }
  // Without a standard of its own, a file takes the folder config's.
  return config.standard ? { catalog: catalogs.resolve(config.standard) } : {};
}

/** `previous`: the folder's last result; each set reuses what its documents' edits left unchanged. */
export function analyzeFolder(input: FolderInput, previous?: FolderResult): FolderResult {
  const { config, catalogs, locale } = input;
  const bySet = new Map<Catalog, ParsedDocument[]>();
  const orphans = new Reporter(config, input.documents);
  const members = new Map<string, string>();
  const sorted = [...input.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const doc of sorted) {
    const { catalog, unknownStandard } = catalogOf(doc, config, catalogs);
    if (unknownStandard !== undefined) {
      orphans.report(frontmatterInvalid, {
        path: doc.path,
        range: doc.frontmatter!.standard!.range,
        message: frontmatterText({ locale }, 'unknownStandard', unknownStandard, catalogs.names().join(', ')),
      });
    }
    if (!catalog) continue;
    members.set(doc.path, catalog.id);
    const list = bySet.get(catalog) ?? [];
    list.push(doc);
    bySet.set(catalog, list);
  }
  const sets = [...bySet].map(([catalog, documents]) => {
    const before = previous?.sets.find((s) => s.id === setIdOf(input.root, catalog.id));
    return analyzeSet(buildSetContext({ root: input.root, catalog, config, documents, fs: input.fs, now: input.now, locale }, before?.model));
  });
  return { sets, diagnostics: orphans.diagnostics, members };
}
