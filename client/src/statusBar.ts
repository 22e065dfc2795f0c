// Status bar item for the active document's evidence set: `证据 72% · 达标（估）`; click reveals the tree.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import type { CoverageTreeProvider } from './coverageTree';

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
    const { summary, score } = set.coverage;
    this.item.text = `$(checklist) ${vscode.l10n.t('Evidence {0}% · {1}', Math.round(summary.percent), score.label)}`;
    this.item.tooltip = vscode.l10n.t(
      '{0}: {1} of {2} applicable leaf clauses covered, {3} weak, {4} missing. Estimated score {5}. Click to show the coverage tree.',
      set.coverage.standard,
      summary.covered,
      summary.leaves - summary.notApplicable,
      summary.weak,
      summary.missing,
      score.value,
    );
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
