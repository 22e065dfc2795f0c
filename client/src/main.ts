// Extension entry point: starts the evidence language server and wires the coverage tree, the status
// bar item and the commands. `activate` returns `{ client }` so tests can reach the LanguageClient.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { CoverageTreeProvider, VIEW_ID, type CoverageNode } from './coverageTree';
import { Ctx } from './ctx';
import { evidencePreviewPlugin, refreshPreviewsOnCoverage } from './previewPlugin';
import { EvidenceStatusBar } from './statusBar';

export interface ComplianceEvidenceApi {
  /** The running LanguageClient (undefined while stopped). */
  readonly client: LanguageClient | undefined;
  readonly ctx: Ctx;
  /** VS Code's markdown preview calls this (contributes["markdown.markdownItPlugins"]). */
  extendMarkdownIt(md: unknown): unknown;
}

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ComplianceEvidenceApi> {
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  const tree = new CoverageTreeProvider(ctx);
  const treeView = vscode.window.createTreeView<CoverageNode>(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new EvidenceStatusBar(ctx, tree);
  context.subscriptions.push(tree, treeView, statusBar, ...registerCommands({ ctx, tree, treeView }));

  const updateBadge = (): void => {
    const gaps = ctx!.sets.reduce((n, s) => n + s.figures.counts.missing + s.figures.counts.weak, 0);
    treeView.badge = gaps > 0 ? { value: gaps, tooltip: vscode.l10n.t('{0} clauses missing or weak', gaps) } : undefined;
  };
  context.subscriptions.push(
    ctx.onDidChangeCoverage(updateBadge),
    refreshPreviewsOnCoverage(ctx),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (ctx && ctx.config.needsRestart(e)) await ctx.restart();
      else if (e.affectsConfiguration('complianceEvidence.inlayHints.enabled')) ctx?.refreshInlayHints();
    }),
  );

  try {
    await ctx.start();
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The evidence language server failed to start: {0}', String(e)));
  }
  const current = ctx;
  return {
    get client() {
      return current.client;
    },
    ctx: current,
    extendMarkdownIt: (md) => evidencePreviewPlugin(current)(md as Parameters<ReturnType<typeof evidencePreviewPlugin>>[0]),
  };
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
