// Wires the LSP connection to the workspace indexes and the feature providers.
// No rule logic here: every answer comes from the core through the providers.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
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
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeLocale, type Locale } from '../core';
import { catalogRegistry } from '../node/builtinCatalogs';
import { exportDeliverable } from '../node/export/exportDeliverable';
import { NodeFolderFiles } from '../node/nodeFolderFiles';
import { bundledRuleDocHref } from '../node/ruleDocHref';
import {
  CatalogsRequest,
  CoverageReportRequest,
  CoverageRequest,
  CoverageTreeRequest,
  ExportRequest,
  InsertSectionsRequest,
  MarkNotApplicableRequest,
  NextGapRequest,
  RemoveEmptySectionsRequest,
  StarterSetRequest,
} from '../protocol/protocol';
import { rememberClientUri, uriToPath } from '../service/conversions';
import { FIX_ALL_KIND } from '../service/features/codeActions';
import type { ProgressReporter } from '../service/folderIndex';
import { WATCHED_GLOBS } from '../service/fileEvents';
import { createLanguageService, type EvidenceLanguageService, type LanguageServiceHost } from '../service/languageService';
import { CoverageNotifier } from './coverageNotifier';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { guarded, guardedNotification } from './guard';
import { SettingsSource } from './settings';

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
  let support: ClientSupport;
  let settings: SettingsSource;
  let publisher: DiagnosticsPublisher;
  let initialFolders: { uri: string }[] = [];
  /** A folder of the client's for the parse cache (VS Code: the extension's workspace storage). */
  let cacheDir: string | undefined;

  const host: LanguageServiceHost = {
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
    cacheFile: (root) => (cacheDir ? join(cacheDir, `${createHash('sha1').update(root).digest('hex').slice(0, 16)}.parse-cache`) : undefined),
    analyzed: (index) => {
      publisher.publish(index);
      coverage.update();
      if (support.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type);
    },
    files: (root) => new NodeFolderFiles(root),
    builtinCatalogs: () => catalogRegistry([], '/').registry,
    writeDeliverable: exportDeliverable,
    ruleDocHref: bundledRuleDocHref,
  };
  const service: EvidenceLanguageService = createLanguageService(host);
  const coverage = new CoverageNotifier(connection, () => service);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = normalizeLocale(params.locale);
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
    publisher = new DiagnosticsPublisher(connection, locale, bundledRuleDocHref);
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
        inlayHintProvider: true,
        renameProvider: { prepareProvider: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'compliance-evidence' },
    };
  });

  connection.onInitialized(() => {
    // Folders first, synchronously: documents opened right after must find them.
    for (const folder of initialFolders) {
      const root = uriToPath(folder.uri);
      if (root) service.addFolder(root.replace(/\/$/, ''), folder.uri);
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
          if (root) for (const gone of service.removeFolder(root)) publisher.clear(gone);
        }
        for (const f of e.added) {
          const root = uriToPath(f.uri)?.replace(/\/$/, '');
          if (root) for (const gone of service.addFolder(root, f.uri)) publisher.clear(gone);
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
    service.openText(path, e.document.getText());
  });
  documents.onDidClose((e) => {
    const path = uriToPath(e.document.uri);
    const gone = path ? service.closeText(path) : undefined;
    if (gone) {
      publisher.clear(gone);
      coverage.update();
    }
  });

  connection.onDidChangeWatchedFiles(
    guardedNotification(connection, 'didChangeWatchedFiles', (p: DidChangeWatchedFilesParams) => service.fileEvents(p.changes)),
  );
  connection.onDidChangeConfiguration(
    guardedNotification(connection, 'didChangeConfiguration', () => {
      void service.reload();
    }),
  );

  connection.onCompletion(
    guarded(connection, 'completion', null, (p) => {
      const text = documents.get(p.textDocument.uri);
      return text ? service.completion(p.textDocument.uri, text, p.position) : null;
    }),
  );
  connection.onHover(guarded(connection, 'hover', null, (p) => service.hover(p.textDocument.uri, p.position)));
  connection.onDefinition(guarded(connection, 'definition', [], (p) => service.definition(p.textDocument.uri, p.position)));
  connection.onReferences(guarded(connection, 'references', [], (p) => service.references(p.textDocument.uri, p.position, p.context.includeDeclaration)));
  connection.onDocumentSymbol(guarded(connection, 'documentSymbol', [], (p) => service.documentSymbols(p.textDocument.uri)));
  connection.onWorkspaceSymbol(guarded(connection, 'workspaceSymbol', [], (p) => service.workspaceSymbols(p.query)));
  connection.onCodeAction(guarded(connection, 'codeAction', [], (p) => service.codeActions(p)));
  connection.onCodeLens(guarded(connection, 'codeLens', [], (p) => service.codeLenses(p.textDocument.uri)));
  connection.languages.inlayHint.on(guarded(connection, 'inlayHint', [], (p) => service.inlayHints(p.textDocument.uri, p.range)));
  connection.onPrepareRename(guarded(connection, 'prepareRename', null, (p) => service.prepareRename(p.textDocument.uri, p.position)));
  connection.onRenameRequest(
    guarded(connection, 'rename', null, async (p) => {
      const result = await service.rename(p.textDocument.uri, p.position, p.newName);
      if (result && 'error' in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
      return result?.edit ?? null;
    }),
  );

  connection.onRequest(
    CoverageRequest.type,
    guarded(connection, CoverageRequest.method, [], (p) => service.coverage(p)),
  );
  connection.onRequest(
    CoverageTreeRequest.type,
    guarded(connection, CoverageTreeRequest.method, [], async () => {
      await service.flush();
      return service.coverageTree();
    }),
  );
  connection.onRequest(
    CoverageReportRequest.type,
    guarded(connection, CoverageReportRequest.method, '', (p) => service.report(p, p.format)),
  );
  connection.onRequest(
    ExportRequest.type,
    guarded(connection, ExportRequest.method, null, async (p) => {
      const bytes = await service.exportDeliverable(p, p.format);
      return bytes ? { data: bytes.toString('base64') } : null;
    }),
  );
  connection.onRequest(
    InsertSectionsRequest.type,
    guarded(connection, InsertSectionsRequest.method, null, (p) => service.insertSections(p, p.clauses)),
  );
  connection.onRequest(
    RemoveEmptySectionsRequest.type,
    guarded(connection, RemoveEmptySectionsRequest.method, null, (p) => service.removeEmptySections(p, p.clause)),
  );
  connection.onRequest(
    NextGapRequest.type,
    guarded(connection, NextGapRequest.method, null, (p) => service.nextGap(p.uri, p.position)),
  );
  connection.onRequest(
    StarterSetRequest.type,
    guarded(connection, StarterSetRequest.method, null, (p) => service.starterSet(p?.standard, new Date().toISOString().slice(0, 10))),
  );
  connection.onRequest(
    CatalogsRequest.type,
    guarded(connection, CatalogsRequest.method, [], () => service.catalogs()),
  );
  connection.onRequest(
    MarkNotApplicableRequest.type,
    guarded(connection, MarkNotApplicableRequest.method, null, (p) => service.markNotApplicable(p, p.clause, p.reason)),
  );

  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));

  documents.listen(connection);
  connection.listen();
}
