// Wires the LSP connection to the workspace indexes and the feature providers.
// No rule logic here: every answer comes from the core through the providers.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type Connection,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogJson, localizer, normalizeLocale, type Locale, type Localize } from '../core';
import { builtinCatalogs } from '../node/builtinCatalogs';
import { CatalogsRequest, CoverageReportRequest, CoverageRequest, ExportRequest, InsertSectionsRequest, MarkNotApplicableRequest } from '../protocol/protocol';
import { rememberClientUri, uriToPath } from './conversions';
import { FIX_ALL_KIND, provideCodeActions } from './features/codeActions';
import { provideCodeLenses } from './features/codeLens';
import { provideCompletion } from './features/completion';
import { CoverageNotifier, coverageReport, coverageSets, insertSections, markNotApplicable, toCoverageJson } from './features/coverage';
import { DiagnosticsPublisher } from './features/diagnostics';
import { exportForClient } from './features/export';
import { provideHover } from './features/hover';
import { provideDefinition, provideReferences } from './features/navigation';
import { provideDocumentSymbols, provideWorkspaceSymbols } from './features/symbols';
import { guarded, guardedNotification } from './guard';
import { SettingsSource } from './settings';
import { applyFileEvents, WATCHED_GLOBS } from './watchedFiles';
import { Workspaces } from './workspaces';
import type { IndexHost, ProgressReporter, WorkspaceIndex } from './workspaceIndex';

interface ClientSupport {
  configuration: boolean;
  configurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  workspaceFolders: boolean;
  codeLensRefresh: boolean;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'en';
  let t: Localize = localizer(locale);
  let support: ClientSupport;
  let settings: SettingsSource;
  let publisher: DiagnosticsPublisher;
  let initialFolders: { uri: string }[] = [];
  /** A folder of the client's for the parse cache (VS Code: the extension's workspace storage). */
  let cacheDir: string | undefined;

  const host: IndexHost = {
    get locale() {
      return locale;
    },
    log: (message) => connection.console.log(message),
    warn: (message) => {
      connection.console.warn(message);
      // A notification, not a request: nothing to answer, nothing to wait for.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Compliance Evidence: ${message}` });
    },
    settings: (rootUri) => settings.forFolder(rootUri),
    beginProgress: async (title) => {
      try {
        const progress = await connection.window.createWorkDoneProgress();
        progress.begin(title, 0, undefined, false);
        return {
          report: (percentage, message) => (message === undefined ? progress.report(percentage) : progress.report(percentage, message)),
          done: () => progress.done(),
        };
      } catch {
        return { report: () => undefined, done: () => undefined } satisfies ProgressReporter;
      }
    },
    cacheFile: (root) => (cacheDir ? join(cacheDir, `${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`) : undefined),
    analyzed: (index) => {
      publisher.publish(index);
      coverage.update();
      if (support.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type);
    },
  };
  const workspaces = new Workspaces(host);
  const coverage = new CoverageNotifier(connection, workspaces);

  /** The folder and path of a document the client names. */
  const target = (doc: TextDocumentIdentifier): { index: WorkspaceIndex; path: string } | undefined => {
    const path = uriToPath(doc.uri);
    const index = path ? workspaces.find(path) : undefined;
    return index && path ? { index, path } : undefined;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = normalizeLocale(params.locale);
    t = localizer(locale);
    const options = params.initializationOptions as { cacheDir?: unknown } | undefined;
    cacheDir = typeof options?.cacheDir === 'string' && options.cacheDir ? options.cacheDir : undefined;
    const caps = params.capabilities;
    support = {
      configuration: caps.workspace?.configuration === true,
      configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      workspaceFolders: caps.workspace?.workspaceFolders === true,
      codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    };
    settings = new SettingsSource(connection, support.configuration);
    publisher = new DiagnosticsPublisher(connection, locale);
    initialFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['.', '§', '#', ':'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'compliance-evidence' },
    };
  });

  connection.onInitialized(() => {
    // Folders first, synchronously: documents opened right after must find them.
    for (const folder of initialFolders) {
      const root = uriToPath(folder.uri);
      if (root) workspaces.add(root.replace(/\/$/, ''), folder.uri);
    }
    if (support.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          ...WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
          // Attachments appearing or vanishing change broken-attachment results.
          { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
        ],
      });
    }
    if (support.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'complianceEvidence' });
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) {
          const root = uriToPath(f.uri)?.replace(/\/$/, '');
          if (root) for (const gone of workspaces.remove(root)) publisher.clear(gone);
        }
        for (const f of e.added) {
          const root = uriToPath(f.uri)?.replace(/\/$/, '');
          if (root) for (const gone of workspaces.add(root, f.uri)) publisher.clear(gone);
        }
        coverage.update();
      });
    }
  });

  const isMarkdown = (doc: TextDocument) => doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);

  documents.onDidChangeContent((e) => {
    const path = uriToPath(e.document.uri);
    if (!path || !isMarkdown(e.document)) return;
    rememberClientUri(e.document.uri);
    workspaces.setOpen(path, e.document.getText());
  });
  documents.onDidClose((e) => {
    const path = uriToPath(e.document.uri);
    const gone = path ? workspaces.close(path) : undefined;
    if (gone) {
      publisher.clear(gone);
      coverage.update();
    }
  });

  connection.onDidChangeWatchedFiles(
    guardedNotification(connection, 'didChangeWatchedFiles', (p: DidChangeWatchedFilesParams) => applyFileEvents(workspaces, p.changes)),
  );
  connection.onDidChangeConfiguration(
    guardedNotification(connection, 'didChangeConfiguration', () => {
      for (const index of workspaces.all()) void index.load();
    }),
  );

  connection.onCompletion(
    guarded(connection, 'completion', null, (p) => {
      const at = target(p.textDocument);
      const text = documents.get(p.textDocument.uri);
      return at && text ? provideCompletion({ ...at, text, position: p.position, locale, t }) : null;
    }),
  );
  connection.onHover(
    guarded(connection, 'hover', null, (p) => {
      const at = target(p.textDocument);
      return at ? provideHover(at.index, at.path, p.position, locale, t) : null;
    }),
  );
  connection.onDefinition(
    guarded(connection, 'definition', [], (p) => {
      const at = target(p.textDocument);
      return at ? provideDefinition(at.index, at.path, p.position) : [];
    }),
  );
  connection.onReferences(
    guarded(connection, 'references', [], (p) => {
      const at = target(p.textDocument);
      return at ? provideReferences(at.index, at.path, p.position, p.context.includeDeclaration) : [];
    }),
  );
  connection.onDocumentSymbol(
    guarded(connection, 'documentSymbol', [], (p) => {
      const at = target(p.textDocument);
      return at ? provideDocumentSymbols(at.index, at.path, t) : [];
    }),
  );
  connection.onWorkspaceSymbol(guarded(connection, 'workspaceSymbol', [], (p) => provideWorkspaceSymbols(workspaces.all(), p.query)));
  connection.onCodeAction(
    guarded(connection, 'codeAction', [], async (p) => {
      const at = target(p.textDocument);
      if (!at) return [];
      await at.index.flush(); // fixes must be computed on the text the client has now
      return provideCodeActions(at.index, at.path, p, t, locale);
    }),
  );
  connection.onCodeLens(
    guarded(connection, 'codeLens', [], async (p) => {
      const at = target(p.textDocument);
      if (!at) return [];
      await at.index.flush();
      return provideCodeLenses(at.index, at.path, t);
    }),
  );

  connection.onRequest(
    CoverageRequest.type,
    guarded(connection, CoverageRequest.method, [], async (p) => {
      await Promise.all(workspaces.all().map((i) => i.flush()));
      return toCoverageJson(coverageSets(workspaces, p?.uri));
    }),
  );
  connection.onRequest(
    CoverageReportRequest.type,
    guarded(connection, CoverageReportRequest.method, '', async (p) => {
      await Promise.all(workspaces.all().map((i) => i.flush()));
      return coverageReport(workspaces, p, locale);
    }),
  );
  connection.onRequest(
    ExportRequest.type,
    guarded(connection, ExportRequest.method, null, async (p) => {
      await Promise.all(workspaces.all().map((i) => i.flush()));
      return exportForClient(workspaces, p, locale);
    }),
  );
  connection.onRequest(
    InsertSectionsRequest.type,
    guarded(connection, InsertSectionsRequest.method, null, async (p) => {
      await Promise.all(workspaces.all().map((i) => i.flush()));
      return insertSections(workspaces, p, locale);
    }),
  );
  connection.onRequest(
    CatalogsRequest.type,
    guarded(connection, CatalogsRequest.method, [], async () => {
      await Promise.all(workspaces.all().map((i) => i.flush()));
      const byId = new Map(builtinCatalogs().map((c) => [c.id, c]));
      for (const index of workspaces.all()) for (const c of index.catalogs.all()) if (!byId.has(c.id)) byId.set(c.id, c);
      return [...byId.values()].map((c) => catalogJson(c, locale));
    }),
  );
  connection.onRequest(
    MarkNotApplicableRequest.type,
    guarded(connection, MarkNotApplicableRequest.method, null, async (p) => {
      await Promise.all(workspaces.all().map((i) => i.flush()));
      return markNotApplicable(workspaces, p);
    }),
  );

  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));

  documents.listen(connection);
  connection.listen();
}
