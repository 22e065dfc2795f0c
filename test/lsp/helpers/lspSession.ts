// A real LSP client for tests: spawns `node dist/server.js --stdio`, speaks
// JSON-RPC over its pipes, records what the server pushes, and lets tests await
// pushed notifications (never fixed sleeps).
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type Diagnostic,
  type ProtocolConnection,
  type ShowMessageParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CoverageChangedNotification, type CoverageTreeSet } from '../../../server/src/protocol/protocol';

export const SERVER = resolve(__dirname, '../../../dist/server.js');
const WAIT_MS = 15000;

export type Mode = 'workspace' | 'single-file';

export interface StartOptions {
  /** Workspace folder; omitted in single-file mode. */
  root?: string;
  /** More workspace folders after `root` (nested ones, for instance). */
  moreFolders?: string[];
  locale?: string;
  settings?: Record<string, unknown>;
  /** Sent as initializationOptions.cacheDir (the parse cache's folder). */
  cacheDir?: string;
}

interface Waiter<T> {
  test: () => T | undefined;
  resolve: (value: T) => void;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export class LspSession {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** The URIs of publishDiagnostics notifications, in the order they arrived. */
  readonly publishOrder: string[] = [];
  readonly coverageEvents: CoverageTreeSet[][] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly progress: { token: string | number; kind: string }[] = [];
  readonly registrations: string[] = [];
  readonly log: string[] = [];
  settings: Record<string, unknown>;
  private readonly docs = new Map<string, TextDocument>();
  private waiters: Waiter<unknown>[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly proc: ChildProcess,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions): Promise<LspSession> {
    // EVIDENCE_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server (node refuses these in NODE_OPTIONS).
    const nodeArgs = process.env.EVIDENCE_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const proc = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const session = new LspSession(connection, proc, options.settings ?? {});
    proc.stderr.on('data', (d: Buffer) => session.log.push(d.toString()));
    session.listen();
    connection.listen();
    const rootUri = options.root ? uriOf(options.root) : null;
    const more = (options.moreFolders ?? []).map((f, i) => ({ uri: uriOf(f), name: `ws${i + 2}` }));
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }, ...more] : null,
      locale: options.locale ?? 'en',
      initializationOptions: options.cacheDir ? { cacheDir: options.cacheDir } : undefined,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { documentationFormat: ['markdown'] } },
          hover: { contentFormat: ['markdown'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.publishOrder.push(p.uri);
      this.poke();
    });
    c.onNotification(CoverageChangedNotification.type, (p) => {
      this.coverageEvents.push(p.sets);
      this.poke();
    });
    c.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.poke();
    });
    c.onNotification(LogMessageNotification.type, (p) => this.log.push(p.message));
    c.onNotification('$/progress', (p: { token: string | number; value: { kind: string } }) => {
      this.progress.push({ token: p.token, kind: p.value.kind });
      this.poke();
    });
    c.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    c.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      this.poke();
    });
    c.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.settings));
    c.onRequest('workspace/codeLens/refresh', () => null);
  }

  private poke(): void {
    this.waiters = this.waiters.filter((w) => {
      const value = w.test();
      if (value === undefined) return true;
      w.resolve(value);
      return false;
    });
  }

  /** Resolves with the first truthy `test()` result, now or after a later notification. */
  /** `waitMs`: a hang guard, longer for work that scales with the machine's load (indexing a large folder). */
  waitFor<T>(what: string, test: () => T | undefined | false, waitMs = WAIT_MS): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}\n${JSON.stringify([...this.diagnostics], null, 1).slice(0, 3000)}`));
      }, waitMs);
      const waiter: Waiter<T> = {
        test: () => test() || undefined,
        resolve: (v) => {
          clearTimeout(timer);
          resolvePromise(v);
        },
      };
      this.waiters.push(waiter as Waiter<unknown>);
      this.poke();
    });
  }

  /** The latest diagnostics published for the URI, once they satisfy the predicate. */
  waitForDiagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean, what = uri, waitMs = WAIT_MS): Promise<Diagnostic[]> {
    return this.waitFor(
      `diagnostics: ${what}`,
      () => {
        const d = this.diagnostics.get(uri);
        return d && predicate(d) ? d : undefined;
      },
      waitMs,
    );
  }

  waitForCoverage(predicate: (c: CoverageTreeSet[]) => boolean, what = 'coverage'): Promise<CoverageTreeSet[]> {
    return this.waitFor(`coverageChanged: ${what}`, () => this.coverageEvents.find(predicate));
  }

  async open(path: string, text: string): Promise<string> {
    const uri = uriOf(path);
    this.docs.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    return uri;
  }

  /** The server's process id (the benchmark reads its peak memory). */
  get pid(): number {
    return this.proc.pid!;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  isOpen(uri: string): boolean {
    return this.docs.has(uri);
  }

  /** Applies edits to our copy and sends them as incremental changes (last edit first, so ranges stay valid). */
  async edit(uri: string, edits: TextEdit[]): Promise<void> {
    const doc = this.docs.get(uri)!;
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    const version = doc.version + 1;
    TextDocument.update(
      doc,
      sorted.map((e) => ({ range: e.range, text: e.newText })),
      version,
    );
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async fileEvent(path: string, type: 'created' | 'changed' | 'deleted'): Promise<void> {
    const kind = { created: FileChangeType.Created, changed: FileChangeType.Changed, deleted: FileChangeType.Deleted }[type];
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path), type: kind }] });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { complianceEvidence: settings } });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
