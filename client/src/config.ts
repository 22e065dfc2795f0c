// Typed access to the `complianceEvidence.*` settings (package.json `contributes.configuration`).
import * as vscode from 'vscode';

export const SECTION = 'complianceEvidence';

/** Settings that, when changed, need a server restart (the rest go through didChangeConfiguration). */
const RESTART_KEYS = ['server.path', 'server.extraEnv'];

export class Config {
  private get cfg(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION);
  }

  /** An absolute path to another server bundle (development); empty: the bundled dist/server.js. */
  get serverPath(): string {
    return this.cfg.get<string>('server.path', '') ?? '';
  }

  get serverExtraEnv(): Record<string, string> {
    return this.cfg.get<Record<string, string>>('server.extraEnv', {}) ?? {};
  }

  /** Clause titles after § references and not_applicable keys. */
  get inlayHintsEnabled(): boolean {
    return this.cfg.get<boolean>('inlayHints.enabled', true) ?? true;
  }

  get statusBarEnabled(): boolean {
    return this.cfg.get<boolean>('statusBar.enabled', true) ?? true;
  }

  needsRestart(e: vscode.ConfigurationChangeEvent): boolean {
    return RESTART_KEYS.some((k) => e.affectsConfiguration(`${SECTION}.${k}`));
  }
}
