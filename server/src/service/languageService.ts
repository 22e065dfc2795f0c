// The language service: every editor feature over the workspace folders it is
// given, in the spirit of vscode-markdown-languageservice's createLanguageService.
// It reads nothing itself: the host injects each folder's files (FolderFiles),
// settings, progress and logging. The LSP server (lsp/server.ts) only wires a
// connection to it; tests drive it in-process over an in-memory workspace.
import type {
  CodeAction,
  CodeActionParams,
  CodeLens,
  CompletionList,
  DocumentSymbol,
  FileEvent,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  catalogJson,
  documentAt,
  localizer,
  starterSet,
  type StarterSet,
  type Catalog,
  type CatalogJson,
  type CoverageJson,
  type CoverageTreeSet,
  type ParsedDocument,
  type SetResult,
} from '../core';
import { removeEmptySections } from '../core/fixes/removeEmptySections';
import { toWorkspaceEdit, uriToPath, type RuleDocHref } from './conversions';
import { provideCodeActions } from './features/codeActions';
import { provideCodeLenses } from './features/codeLens';
import { provideCompletion } from './features/completion';
import type { SetAddress } from '../protocol/protocol';
import { allSets, coverageReport, insertSections, markNotApplicable, setsAt, toCoverageJson, toCoverageTree } from './features/coverage';
import { exportSet, type DeliverableFormat, type DeliverableWriter } from './features/export';
import { provideHover } from './features/hover';
import { nextGap, type NextGap } from './features/nextGap';
import { provideInlayHints } from './features/inlayHints';
import { prepareRename, provideRename, type RenameResult } from './features/rename';
import { provideDefinition, provideReferences } from './features/navigation';
import { provideDocumentSymbols, provideWorkspaceSymbols } from './features/symbols';
import { applyFileEvents } from './fileEvents';
import type { FolderIndex, IndexHost } from './folderIndex';
import { Workspaces } from './workspaces';

export interface LanguageServiceHost extends IndexHost {
  /** Where a diagnostic's code link opens. */
  ruleDocHref: RuleDocHref;
  /** Writes office deliverables; without it, export answers null. */
  writeDeliverable?: DeliverableWriter;
}

/** A document of an analysed set, as that analysis saw it. */
interface Snapshot {
  index: FolderIndex;
  set: SetResult;
  doc: ParsedDocument;
}

export type EvidenceLanguageService = ReturnType<typeof createLanguageService>;

export function createLanguageService(host: LanguageServiceHost) {
  const workspaces = new Workspaces(host);
  const t = () => localizer(host.locale);

  /** The folder index and path of a document URI. */
  const locate = (uri: string): { index: FolderIndex; path: string } | undefined => {
    const path = uriToPath(uri);
    const index = path ? workspaces.find(path) : undefined;
    return index && path ? { index, path } : undefined;
  };

  /** Brings the document's folder up to date, then answers from that analysis (positions agree with the text). */
  const snapshot = async (uri: string): Promise<Snapshot | undefined> => {
    const at = locate(uri);
    if (!at) return undefined;
    await at.index.flush();
    const set = at.index.setOf(at.path);
    const doc = set && documentAt(set.model, at.path);
    return set && doc ? { index: at.index, set, doc } : undefined;
  };

  /** The built-in catalogs, then those the folders name (the first of an id wins). */
  const knownCatalogs = (): Catalog[] => {
    const byId = new Map(
      host
        .builtinCatalogs()
        .all()
        .map((c) => [c.id, c]),
    );
    for (const index of workspaces.all()) for (const c of index.catalogs.all()) if (!byId.has(c.id)) byId.set(c.id, c);
    return [...byId.values()];
  };

  const flushAll = () => Promise.all(workspaces.all().map((i) => i.flush()));

  /** The one set an address names (the first, when a folder holds several). */
  const oneSet = async (address: SetAddress | null | undefined): Promise<SetResult | undefined> => {
    await flushAll();
    return setsAt(workspaces, address)[0];
  };

  return {
    workspaces,

    // --- documents and files -------------------------------------------------------------------
    addFolder: (root: string, uri?: string) => workspaces.add(root, uri),
    removeFolder: (root: string) => workspaces.remove(root),
    openText: (path: string, text: string) => workspaces.setOpen(path, text),
    /** Returns the file's own index when it went away with the document. */
    closeText: (path: string) => workspaces.close(path),
    fileEvents: (events: FileEvent[]) => applyFileEvents(workspaces, events),
    reload: () => Promise.all(workspaces.all().map((i) => i.load())),
    flush: flushAll,

    // --- editor features -----------------------------------------------------------------------
    completion(uri: string, text: TextDocument, position: Position): CompletionList | null {
      const at = locate(uri);
      if (!at) return null;
      const doc = at.index.document(at.path);
      const catalog = doc ? at.index.catalogOf(doc) : undefined;
      return provideCompletion({
        text,
        doc,
        catalog,
        set: at.index.setFor(at.path),
        catalogs: at.index.catalogs,
        position,
        locale: host.locale,
        t: t(),
      });
    },

    async hover(uri: string, position: Position): Promise<Hover | null> {
      const s = await snapshot(uri);
      return s ? provideHover(s.set, s.doc, position, host.locale, t()) : null;
    },

    async definition(uri: string, position: Position): Promise<Location[]> {
      const s = await snapshot(uri);
      return s ? provideDefinition(s.set, s.doc, position) : [];
    },

    async references(uri: string, position: Position, includeDeclaration: boolean): Promise<Location[]> {
      const s = await snapshot(uri);
      return s ? provideReferences(s.set, s.doc, position, includeDeclaration) : [];
    },

    async documentSymbols(uri: string): Promise<DocumentSymbol[]> {
      const s = await snapshot(uri);
      return s ? provideDocumentSymbols(s.set, s.doc, t()) : [];
    },

    async workspaceSymbols(query: string): Promise<SymbolInformation[]> {
      await flushAll();
      return provideWorkspaceSymbols(allSets(workspaces), query);
    },

    async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
      const at = locate(params.textDocument.uri);
      if (!at) return [];
      await at.index.flush(); // fixes must be computed on the text the client has now
      return provideCodeActions(at.index.diagnosticsByPath().get(at.path) ?? [], params, t(), host.locale, host.ruleDocHref);
    },

    async inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
      const s = await snapshot(uri);
      return s ? provideInlayHints(s.set, s.doc, range, host.locale) : [];
    },

    async prepareRename(uri: string, position: Position): Promise<{ range: Range; placeholder: string } | null> {
      const s = await snapshot(uri);
      return s ? prepareRename(s.set, s.doc, position) : null;
    },

    /** The edit renaming the clause id at a position across its set, or an error message for the user. */
    async rename(uri: string, position: Position, newName: string): Promise<RenameResult | null> {
      const s = await snapshot(uri);
      return s ? provideRename(s.set, s.doc, position, newName, t()) : null;
    },

    /** The next weak or missing clause after the cursor's, in catalog order, and where to go for it. */
    async nextGap(uri: string, position: Position): Promise<NextGap | null> {
      const at = locate(uri);
      if (!at) return null;
      await at.index.flush();
      const set = at.index.setFor(at.path) ?? at.index.result?.sets[0];
      return set ? nextGap(set, documentAt(set.model, at.path), position) : null;
    },

    async codeLenses(uri: string): Promise<CodeLens[]> {
      const s = await snapshot(uri);
      return s ? provideCodeLenses(s.set, s.doc, t(), host.locale) : [];
    },

    // --- the custom protocol (spec §8) ---------------------------------------------------------
    /** The CLI's coverage JSON of the addressed sets (all without an address). */
    async coverage(address?: SetAddress | null): Promise<CoverageJson[]> {
      await flushAll();
      return toCoverageJson(setsAt(workspaces, address));
    },

    /** The coverage tree of every set as it stands (no flush: sent after each analysis). */
    coverageTree(): CoverageTreeSet[] {
      return toCoverageTree(allSets(workspaces), host.locale);
    },

    async report(address: SetAddress | null | undefined, format: 'html' | 'markdown'): Promise<string> {
      await flushAll();
      return coverageReport(workspaces, setsAt(workspaces, address), format, host.locale);
    },

    /** A deliverable's bytes, or undefined when there is no set (or no writer). */
    async exportDeliverable(address: SetAddress | null | undefined, format: DeliverableFormat): Promise<Buffer | undefined> {
      const set = await oneSet(address);
      const index = set && workspaces.find(set.model.indexDocument.path);
      if (!set || !index || !host.writeDeliverable) return undefined;
      return exportSet(host.writeDeliverable, index, set, format, host.locale);
    },

    async insertSections(address: SetAddress, clauses?: string[]): Promise<WorkspaceEdit | null> {
      const set = await oneSet(address);
      return set ? insertSections(set, clauses) : null;
    },

    async markNotApplicable(address: SetAddress, clause: string, reason: string): Promise<WorkspaceEdit | null> {
      const set = await oneSet(address);
      return set ? markNotApplicable(set, clause, reason) : null;
    },

    /** The edit removing a clause's empty stub sections, or null when it has none. */
    async removeEmptySections(address: SetAddress, clause: string): Promise<WorkspaceEdit | null> {
      const set = await oneSet(address);
      const edits = set ? removeEmptySections(set.model, clause) : [];
      return edits.length ? toWorkspaceEdit(edits) : null;
    },

    /** The starter set for a standard the server knows (built-in or named by a folder). */
    starterSet(standard: string | undefined, today: string): StarterSet | null {
      const known = knownCatalogs();
      const catalog = standard ? known.find((c) => c.id === standard) : known[0];
      return catalog ? starterSet(catalog, host.locale, today) : null;
    },

    /** Every catalog known: the built-in ones and those the folders name. */
    async catalogs(): Promise<CatalogJson[]> {
      await flushAll();
      return knownCatalogs().map((c) => catalogJson(c, host.locale));
    },
  };
}
