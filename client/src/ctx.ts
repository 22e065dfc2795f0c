// The extension's context: the LanguageClient (over IPC to the bundled dist/server.js), its output
// channel, restart, and the latest coverage the server pushed. Modelled after rust-analyzer's Ctx.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { InlayHintRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Config, SECTION } from './config';
import { CatalogsRequest, CoverageChangedNotification, CoverageTreeRequest, type CatalogJson, type CoverageTreeSet } from './lsp_ext';

export type CoverageState = 'starting' | 'ready' | 'empty' | 'stopped';

export class Ctx implements vscode.Disposable {
  readonly config = new Config();
  readonly outputChannel = vscode.window.createOutputChannel(vscode.l10n.t('Compliance Evidence'), { log: true });
  private _client: LanguageClient | undefined;
  private _sets: CoverageTreeSet[] = [];
  private _catalogs: CatalogJson[] = [];
  private _state: CoverageState = 'stopped';
  private readonly onDidChangeCoverageEmitter = new vscode.EventEmitter<CoverageTreeSet[]>();
  /** Fires when the server reports new coverage (evidence/coverageChanged) or after a (re)start. */
  readonly onDidChangeCoverage = this.onDidChangeCoverageEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.outputChannel, this.onDidChangeCoverageEmitter];

  constructor(readonly extCtx: vscode.ExtensionContext) {}

  get client(): LanguageClient | undefined {
    return this._client;
  }

  /** The coverage tree of every evidence set, as the server last sent it. */
  get sets(): readonly CoverageTreeSet[] {
    return this._sets;
  }

  /** The catalogs the server knows, with titles and texts in the UI language (fetched at start). */
  get catalogs(): readonly CatalogJson[] {
    return this._catalogs;
  }

  catalog(standard: string): CatalogJson | undefined {
    return this._catalogs.find((c) => c.id === standard);
  }

  get state(): CoverageState {
    return this._state;
  }

  /** The running client, or an error message for the user. */
  requireClient(): LanguageClient {
    if (!this._client || !this._client.isRunning()) {
      throw new Error(vscode.l10n.t('The evidence language server is not running.'));
    }
    return this._client;
  }

  async start(): Promise<void> {
    if (this._client) return;
    const serverModule = this.config.serverPath || this.extCtx.asAbsolutePath(path.join('dist', 'server.js'));
    const env = { ...process.env, ...this.config.serverExtraEnv };
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { env, execArgv: ['--nolazy', '--inspect=6019'] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'markdown' }],
      synchronize: {
        configurationSection: SECTION,
        fileEvents: [vscode.workspace.createFileSystemWatcher('**/evidence.config.{yaml,yml,json}'), vscode.workspace.createFileSystemWatcher('**/*.md')],
      },
      outputChannel: this.outputChannel,
      traceOutputChannel: this.outputChannel,
      // The server's messages follow the UI language (zh-CN or en), see spec §8.
      // cacheDir: where the server keeps parse results between sessions (this workspace's storage).
      initializationOptions: { locale: vscode.env.language, cacheDir: this.extCtx.storageUri?.fsPath },
      middleware: {
        // The setting turns the clause-title hints off without restarting the server.
        provideInlayHints: (document, viewPort, token, next) => (this.config.inlayHintsEnabled ? next(document, viewPort, token) : []),
      },
    };
    // The client's name shows in its own messages (a failed start, a crash): in the UI language.
    const client = new LanguageClient('complianceEvidence', vscode.l10n.t('Compliance Evidence'), serverOptions, clientOptions);
    this._client = client;
    this.setState('starting');
    client.onNotification(CoverageChangedNotification.type, (params) => this.setCoverage(params.sets));
    try {
      await client.start();
    } catch (e) {
      this.outputChannel.error(`failed to start the language server: ${String(e)}`);
      this.setState('stopped');
      throw e;
    }
    try {
      this._catalogs = await client.sendRequest(CatalogsRequest.type);
    } catch (e) {
      this.outputChannel.warn(`evidence/catalogs failed: ${String(e)}`);
    }
    await this.fetchCoverage();
  }

  /** Asks the server for the current coverage (used after start; updates then come by notification). */
  async fetchCoverage(): Promise<void> {
    const client = this._client;
    if (!client || !client.isRunning()) return;
    try {
      this.setCoverage((await client.sendRequest(CoverageTreeRequest.type)) ?? []);
    } catch (e) {
      this.outputChannel.warn(`evidence/coverageTree failed: ${String(e)}`);
    }
  }

  /** Asks the editor for inlay hints again (the setting that hides them changed). */
  refreshInlayHints(): void {
    const feature = this._client?.getFeature(InlayHintRequest.method);
    for (const editor of vscode.window.visibleTextEditors) feature?.getProvider(editor.document)?.onDidChangeInlayHints.fire();
  }

  async stop(): Promise<void> {
    const client = this._client;
    this._client = undefined;
    this.setState('stopped');
    if (client) await client.dispose(2000).catch(() => undefined);
  }

  async restart(): Promise<void> {
    this.outputChannel.info('restarting the evidence language server');
    await this.stop();
    this._sets = [];
    this.onDidChangeCoverageEmitter.fire(this._sets);
    await this.start();
  }

  private setCoverage(sets: CoverageTreeSet[]): void {
    this._sets = sets;
    this.setState(sets.length > 0 ? 'ready' : 'empty');
    this.onDidChangeCoverageEmitter.fire(sets);
  }

  private setState(state: CoverageState): void {
    this._state = state;
    void vscode.commands.executeCommand('setContext', 'complianceEvidence.state', state);
  }

  pushDisposable(d: vscode.Disposable): void {
    this.disposables.push(d);
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
