// Status bar item for the active document's evidence set: `覆盖率 72% · 达标级`; click reveals the tree.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { figuresText, type CoverageTreeProvider } from './coverageTree';

export class EvidenceStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('complianceEvidence.status', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly ctx: Ctx,
    private readonly tree: CoverageTreeProvider,
  ) {
    this.item.name = vscode.l10n.t('Evidence coverage');
    this.item.command = 'complianceEvidence.revealCoverage';
    this.disposables.push(
      this.item,
      ctx.onDidChangeCoverage(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('complianceEvidence.statusBar.enabled')) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    if (!this.ctx.config.statusBarEnabled || !doc || doc.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    const set = this.tree.setFor(doc.uri);
    if (!set) {
      this.item.hide();
      return;
    }
    const { figures, standard } = set.set;
    this.item.text = `$(checklist) ${vscode.l10n.t('Coverage {0}% · {1}', figures.coveragePercent, figures.level)}`;
    this.item.tooltip = `${standard}: ${figuresText(figures)}. ${vscode.l10n.t('Click to show the coverage tree.')}`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
