// Command implementations. Every palette command is declared in package.json `contributes.commands`
// with a localized title; tree-only commands are hidden from the palette there.
import * as vscode from 'vscode';
import type { ClauseNode, CoverageNode, CoverageTreeProvider, SetNode } from './coverageTree';
import { VIEW_ID } from './coverageTree';
import type { Ctx } from './ctx';
import type { Location as LspLocation, Position as LspPosition } from 'vscode-languageclient/node';
import {
  CoverageReportRequest,
  ExportRequest,
  InsertSectionsRequest,
  MarkNotApplicableRequest,
  NextGapRequest,
  RemoveEmptySectionsRequest,
  StarterSetRequest,
} from './lsp_ext';

export interface CommandDeps {
  ctx: Ctx;
  tree: CoverageTreeProvider;
  treeView: vscode.TreeView<CoverageNode>;
}

// Command arguments come from VS Code (tree items, code lenses, the palette): each handler narrows its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (deps: CommandDeps, ...args: any[]) => unknown;

const handlers: Record<string, Handler> = {
  'complianceEvidence.restartServer': async ({ ctx }) => {
    await ctx.restart();
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Evidence language server restarted'), 3000);
  },
  'complianceEvidence.showOutput': ({ ctx }) => ctx.outputChannel.show(true),
  'complianceEvidence.refreshCoverage': ({ ctx }) => ctx.fetchCoverage(),
  'complianceEvidence.showGapsOnly': ({ tree }) => tree.setGapsOnly(true),
  'complianceEvidence.showAllClauses': ({ tree }) => tree.setGapsOnly(false),
  'complianceEvidence.revealCoverage': revealCoverage,
  'complianceEvidence.openClause': (_deps, node: ClauseNode) => openClause(node),
  'complianceEvidence.offerInsertSection': offerInsertSection,
  'complianceEvidence.insertSection': (deps, node?: ClauseNode) => insertSections(deps, node),
  'complianceEvidence.insertAllMissing': (deps, node?: CoverageNode) => insertSections(deps, undefined, node && node.kind === 'set' ? node : undefined),
  'complianceEvidence.markNotApplicable': markNotApplicable,
  'complianceEvidence.copyClauseId': async (_deps, node?: ClauseNode) => {
    if (!node) return;
    await vscode.env.clipboard.writeText(node.clause.id);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', node.clause.id), 2000);
  },
  'complianceEvidence.export': exportDeliverable,
  // Code lens commands (the server names them): a peek at a clause's sections; the missing sections of a group.
  'complianceEvidence.showSections': showSections,
  'complianceEvidence.nextGap': goToNextGap,
  'complianceEvidence.insertSections': (deps, address?: { setId: string; clauses: string[] }) => insertSectionsOf(deps, address),
  'complianceEvidence.createStarterSet': createStarterSet,
};

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return Object.entries(handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(deps, ...args);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        deps.ctx.outputChannel.error(`${id}: ${message}`);
        void vscode.window.showErrorMessage(message);
        return undefined;
      }
    }),
  );
}

// ---------------------------------------------------------------------------------------------------

async function revealCoverage({ ctx, tree, treeView }: CommandDeps): Promise<void> {
  await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  const set = tree.setFor(vscode.window.activeTextEditor?.document.uri) ?? tree.roots()[0];
  if (!set) return;
  try {
    await treeView.reveal(set, { select: true, focus: true, expand: true });
  } catch (e) {
    // Right after a reload the view may not have rendered its roots yet: focusing it is enough.
    ctx.outputChannel.info(`reveal in the coverage tree skipped: ${String(e)}`);
  }
}

async function openClause(node: ClauseNode | undefined): Promise<void> {
  const loc = node?.clause.sections[0];
  if (!loc) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.uri));
  const pos = new vscode.Position(loc.line, 0);
  await vscode.window.showTextDocument(doc, {
    selection: new vscode.Range(pos, pos),
    preview: true,
  });
  vscode.window.activeTextEditor?.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
}

async function offerInsertSection(deps: CommandDeps, node: ClauseNode): Promise<void> {
  const insert = vscode.l10n.t('Insert section');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} {1} has no evidence section yet. Insert one?', node.clause.id, node.clause.title),
    insert,
  );
  if (answer === insert) await insertSections(deps, node);
}

async function pickSet({ tree }: CommandDeps): Promise<SetNode | undefined> {
  const fromEditor = tree.setFor(vscode.window.activeTextEditor?.document.uri);
  if (fromEditor) return fromEditor;
  const sets = tree.roots();
  if (sets.length <= 1) return sets[0];
  const picked = await vscode.window.showQuickPick(
    sets.map((s) => ({ label: s.set.standard, description: vscode.workspace.asRelativePath(vscode.Uri.parse(s.set.root)), set: s })),
    { placeHolder: vscode.l10n.t('Choose an evidence set') },
  );
  return picked?.set;
}

async function insertSections(deps: CommandDeps, node?: ClauseNode, setNode?: SetNode): Promise<void> {
  const client = deps.ctx.requireClient();
  const set = node?.set ?? setNode ?? (await pickSet(deps));
  if (!set) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No evidence set found in this workspace.'));
    return;
  }
  const result = await client.sendRequest(InsertSectionsRequest.type, {
    setId: set.set.setId,
    ...(node ? { clauses: [node.clause.id] } : {}),
  });
  const edit = result ? await client.protocol2CodeConverter.asWorkspaceEdit(result) : undefined;
  if (!edit || edit.size === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No missing sections to insert.'));
    return;
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error(vscode.l10n.t('Could not apply the edit.'));
  }
  // Show where the (first) section went.
  const [target, edits] = edit.entries()[0];
  const first = edits[0];
  if (first) {
    const doc = await vscode.workspace.openTextDocument(target);
    const start = first.range.start;
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const line = Math.min(start.line + (first.newText.startsWith('\n') ? 1 : 0), doc.lineCount - 1);
    const pos = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** Moves to the next weak or missing clause in catalog order: its section, or where it would be inserted. */
async function goToNextGap({ ctx }: CommandDeps): Promise<void> {
  const client = ctx.requireClient();
  const editor = vscode.window.activeTextEditor;
  const uri = editor?.document.uri.toString() ?? ctx.sets[0]?.indexDocument;
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No evidence set found in this workspace.'));
    return;
  }
  const position = editor ? client.code2ProtocolConverter.asPosition(editor.selection.active) : { line: 0, character: 0 };
  const gap = await client.sendRequest(NextGapRequest.type, { uri, position });
  if (!gap) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No weak or missing clause left.'));
    return;
  }
  const range = client.protocol2CodeConverter.asRange(gap.range);
  const shown = await vscode.window.showTextDocument(vscode.Uri.parse(gap.uri), { selection: range, preview: false });
  shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (!gap.hasSection) void vscode.window.setStatusBarMessage(vscode.l10n.t('{0} has no section yet: it would go here.', gap.clause), 4000);
}

async function showSections({ ctx }: CommandDeps, uri?: string, position?: LspPosition, locations?: LspLocation[]): Promise<void> {
  if (!uri || !position || !locations) return;
  const c = ctx.requireClient().protocol2CodeConverter;
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    vscode.Uri.parse(uri),
    c.asPosition(position),
    locations.map((l) => c.asLocation(l)),
  );
}

async function insertSectionsOf({ ctx }: CommandDeps, address?: { setId: string; clauses: string[] }): Promise<void> {
  if (!address) return;
  const client = ctx.requireClient();
  const result = await client.sendRequest(InsertSectionsRequest.type, address);
  const edit = result ? await client.protocol2CodeConverter.asWorkspaceEdit(result) : undefined;
  if (!edit || edit.size === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No missing sections to insert.'));
    return;
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('Could not apply the edit.'));
}

// --- not applicable -------------------------------------------------------------------------------

async function markNotApplicable({ ctx }: CommandDeps, node?: ClauseNode): Promise<void> {
  if (!node) return;
  const client = ctx.requireClient();
  const reason = await vscode.window.showInputBox({
    title: vscode.l10n.t('Mark {0} {1} as not applicable', node.clause.id, node.clause.title),
    prompt: vscode.l10n.t('Why does this clause not apply? The auditor reads this reason.'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('A reason is required.') : undefined),
  });
  if (reason === undefined) return;
  // The server knows the set's index document and edits its frontmatter.
  const result = await client.sendRequest(MarkNotApplicableRequest.type, {
    setId: node.set.set.setId,
    clause: node.clause.id,
    reason: reason.trim(),
  });
  const edit = result ? await client.protocol2CodeConverter.asWorkspaceEdit(result) : undefined;
  if (!edit || edit.size === 0) {
    // The set always has an index document; the edit fails when its frontmatter cannot take the entry.
    throw new Error(
      vscode.l10n.t(
        'The frontmatter of the index document cannot take this entry (YAML with errors, or not_applicable that is not a mapping). Fix it, then try again.',
      ),
    );
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('Could not apply the edit.'));
  const [target] = edit.entries()[0];
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false, preserveFocus: true });
  // A stub inserted earlier is now a leftover: offer to remove it (the server removes only sections still empty).
  if (node.clause.sections.length > 0 && node.clause.status === 'missing') await offerRemoveStub(ctx, node);
}

async function offerRemoveStub(ctx: Ctx, node: ClauseNode): Promise<void> {
  const remove = vscode.l10n.t('Remove empty section');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} {1} is marked not applicable. Remove its empty section?', node.clause.id, node.clause.title),
    remove,
  );
  if (answer !== remove) return;
  const client = ctx.requireClient();
  const result = await client.sendRequest(RemoveEmptySectionsRequest.type, { setId: node.set.set.setId, clause: node.clause.id });
  const edit = result ? await client.protocol2CodeConverter.asWorkspaceEdit(result) : undefined;
  if (edit && edit.size > 0 && !(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('Could not apply the edit.'));
}

// --- report ----------------------------------------------------------------------------------------

interface ExportChoice extends vscode.QuickPickItem {
  format: 'xlsx' | 'docx' | 'html' | 'markdown';
  ext: string;
  fileName: string;
}

/**
 * Export…: the deliverables for the certification body (workbook, dossier, printable report)
 * and the markdown coverage report. The server makes the bytes from its own analysis, with
 * the same exporter as `evidence-lint --export`; the client only saves them.
 */
async function exportDeliverable(deps: CommandDeps, node?: CoverageNode): Promise<void> {
  const client = deps.ctx.requireClient();
  const set = node?.kind === 'set' ? node : await pickSet(deps);
  if (!set) {
    // Nothing to report on: the same answer as "insert all", not an empty file.
    void vscode.window.showInformationMessage(vscode.l10n.t('No evidence set found in this workspace.'));
    return;
  }
  const choices: ExportChoice[] = [
    { label: vscode.l10n.t('Self-assessment workbook (Excel)'), description: '.xlsx', format: 'xlsx', ext: 'xlsx', fileName: vscode.l10n.t('self-assessment') },
    { label: vscode.l10n.t('Evidence dossier (Word)'), description: '.docx', format: 'docx', ext: 'docx', fileName: vscode.l10n.t('evidence-dossier') },
    { label: vscode.l10n.t('Printable report (HTML)'), description: '.html', format: 'html', ext: 'html', fileName: vscode.l10n.t('evidence-coverage') },
    { label: vscode.l10n.t('Coverage report (Markdown)'), description: '.md', format: 'markdown', ext: 'md', fileName: vscode.l10n.t('evidence-coverage') },
  ];
  const picked = await vscode.window.showQuickPick(choices, { placeHolder: vscode.l10n.t('Export format') });
  if (!picked) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(vscode.Uri.parse(set.set.root), `${picked.fileName}.${picked.ext}`),
    filters: { [picked.label]: [picked.ext] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return;
  const address = { setId: set.set.setId };
  let bytes: Uint8Array;
  if (picked.format === 'markdown') {
    bytes = new TextEncoder().encode(await client.sendRequest(CoverageReportRequest.type, { format: 'markdown', ...address }));
  } else {
    const result = await client.sendRequest(ExportRequest.type, { format: picked.format, ...address });
    if (!result) throw new Error(vscode.l10n.t('There is no evidence set to export.'));
    bytes = Buffer.from(result.data, 'base64');
  }
  await vscode.workspace.fs.writeFile(target, bytes);
  // Opened inside the editor: an external open of a remote file does nothing in a browser-hosted editor.
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const actions = picked.format === 'html' || picked.format === 'markdown' ? [open, reveal] : [reveal];
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}.', vscode.workspace.asRelativePath(target)), ...actions);
  if (answer === reveal) await vscode.commands.executeCommand('revealInExplorer', target);
  else if (answer === open && picked.format === 'markdown') await vscode.commands.executeCommand('markdown.showPreview', target);
  else if (answer === open) showHtmlReport(target, new TextDecoder().decode(bytes));
}

/** The printable report in a webview (its own styles; no scripts run). */
function showHtmlReport(file: vscode.Uri, html: string): void {
  const panel = vscode.window.createWebviewPanel('complianceEvidence.report', vscode.workspace.asRelativePath(file), vscode.ViewColumn.Active, {
    enableScripts: false,
  });
  panel.webview.html = html;
}

// --- starter set -------------------------------------------------------------------------------------

async function createStarterSet({ ctx }: CommandDeps): Promise<void> {
  const client = ctx.requireClient();
  let folder = vscode.workspace.workspaceFolders?.[0];
  if ((vscode.workspace.workspaceFolders?.length ?? 0) > 1) {
    folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for the evidence set') });
  }
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first; the evidence set is created in it.'));
    return;
  }
  let standard: string | undefined;
  if (ctx.catalogs.length > 1) {
    const picked = await vscode.window.showQuickPick(
      ctx.catalogs.map((c) => ({ label: c.id, description: c.title })),
      { placeHolder: vscode.l10n.t('Standard') },
    );
    if (!picked) return;
    standard = picked.label;
  }
  // The server writes the set's text in the UI language; the client only creates the files.
  const starter = await client.sendRequest(StarterSetRequest.type, { standard });
  if (!starter) throw new Error(vscode.l10n.t('No clause catalog is installed.'));
  for (const dir of starter.folders) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, dir));
  const index = vscode.Uri.joinPath(folder.uri, starter.index);
  for (const file of starter.files) {
    const target = vscode.Uri.joinPath(folder.uri, file.path);
    if (await exists(target)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; opened it.', vscode.workspace.asRelativePath(target)));
      continue;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.text));
  }
  await vscode.window.showTextDocument(index, { preview: false });
  await ctx.fetchCoverage();
  // What next: the tree lists what is missing; one click inserts a section, or all of them at once.
  const showTree = vscode.l10n.t('Show clause coverage');
  const insertAll = vscode.l10n.t('Insert all missing sections');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Evidence set created. Next: click a missing clause in the clause coverage tree to insert its section, or insert all missing sections as a skeleton. Put your records into the 附件 folder and link them.',
    ),
    showTree,
    insertAll,
  );
  if (answer === showTree) await vscode.commands.executeCommand('complianceEvidence.revealCoverage');
  else if (answer === insertAll) await vscode.commands.executeCommand('complianceEvidence.insertAllMissing');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
