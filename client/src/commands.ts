// Command implementations. Every palette command is declared in package.json `contributes.commands`
// with a localized title; tree-only commands are hidden from the palette there.
import * as vscode from 'vscode';
import type { ClauseNode, CoverageNode, CoverageTreeProvider, SetNode } from './coverageTree';
import { VIEW_ID } from './coverageTree';
import type { Ctx } from './ctx';
import { CoverageReportRequest, ExportRequest, InsertSectionsRequest, MarkNotApplicableRequest, type CatalogJson } from './lsp_ext';

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

async function revealCoverage({ tree, treeView }: CommandDeps): Promise<void> {
  await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  const set = tree.setFor(vscode.window.activeTextEditor?.document.uri) ?? tree.roots()[0];
  if (set) await treeView.reveal(set, { select: true, focus: true, expand: true });
}

async function openClause(node: ClauseNode | undefined): Promise<void> {
  const loc = node?.clause.locations[0];
  if (!loc) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.file));
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

/** A document of the set, as the `uri` the server needs to find the set. */
function documentOf(set: SetNode): vscode.Uri {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file' && active.path.endsWith('.md')) {
    const s = active.toString();
    if (s.startsWith(set.coverage.root.replace(/\/?$/, '/'))) return active;
  }
  for (const c of set.coverage.clauses) if (c.locations[0]) return vscode.Uri.parse(c.locations[0].file);
  return vscode.Uri.parse(set.coverage.root);
}

async function pickSet({ tree }: CommandDeps): Promise<SetNode | undefined> {
  const fromEditor = tree.setFor(vscode.window.activeTextEditor?.document.uri);
  if (fromEditor) return fromEditor;
  const sets = tree.roots();
  if (sets.length <= 1) return sets[0];
  const picked = await vscode.window.showQuickPick(
    sets.map((s) => ({ label: s.coverage.standard, description: vscode.workspace.asRelativePath(vscode.Uri.parse(s.coverage.root)), set: s })),
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
  const uri = documentOf(set);
  const result = await client.sendRequest(InsertSectionsRequest.type, {
    uri: uri.toString(),
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
    uri: documentOf(node.set).toString(),
    clause: node.clause.id,
    reason: reason.trim(),
  });
  const edit = result ? await client.protocol2CodeConverter.asWorkspaceEdit(result) : undefined;
  if (!edit || edit.size === 0) throw new Error(vscode.l10n.t('No index document found for this evidence set.'));
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('Could not apply the edit.'));
  const [target] = edit.entries()[0];
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false, preserveFocus: true });
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
  const choices: ExportChoice[] = [
    { label: vscode.l10n.t('Self-assessment workbook (Excel)'), description: '.xlsx', format: 'xlsx', ext: 'xlsx', fileName: vscode.l10n.t('self-assessment') },
    { label: vscode.l10n.t('Evidence dossier (Word)'), description: '.docx', format: 'docx', ext: 'docx', fileName: vscode.l10n.t('evidence-dossier') },
    { label: vscode.l10n.t('Printable report (HTML)'), description: '.html', format: 'html', ext: 'html', fileName: 'evidence-coverage' },
    { label: vscode.l10n.t('Coverage report (Markdown)'), description: '.md', format: 'markdown', ext: 'md', fileName: 'evidence-coverage' },
  ];
  const picked = await vscode.window.showQuickPick(choices, { placeHolder: vscode.l10n.t('Export format') });
  if (!picked) return;
  const base = set ? vscode.Uri.parse(set.coverage.root) : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: base ? vscode.Uri.joinPath(base, `${picked.fileName}.${picked.ext}`) : undefined,
    filters: { [picked.label]: [picked.ext] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return;
  const uri = set ? { uri: documentOf(set).toString() } : {};
  let bytes: Uint8Array;
  if (picked.format === 'markdown') {
    bytes = new TextEncoder().encode(await client.sendRequest(CoverageReportRequest.type, { format: 'markdown', ...uri }));
  } else {
    const result = await client.sendRequest(ExportRequest.type, { format: picked.format, ...uri });
    if (!result) throw new Error(vscode.l10n.t('There is no evidence set to export.'));
    bytes = Buffer.from(result.data, 'base64');
  }
  await vscode.workspace.fs.writeFile(target, bytes);
  const open = vscode.l10n.t('Open');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}.', vscode.workspace.asRelativePath(target)), open);
  if (answer === open) {
    if (picked.format === 'markdown') await vscode.window.showTextDocument(target);
    else await vscode.env.openExternal(target);
  }
}

// --- starter set -------------------------------------------------------------------------------------

export function starterDocument(catalog: CatalogJson, language: string, today: string): string {
  const roots = catalog.roots;
  let groups = catalog.clauses.filter((c) => c.parent !== undefined && roots.includes(c.parent));
  if (groups.length === 0) groups = catalog.clauses.filter((c) => roots.includes(c.id));
  const zh = language.toLowerCase().startsWith('zh');
  const lines = [
    '---',
    `standard: ${catalog.id}`,
    'index: true',
    `updated: ${today}`,
    '---',
    '',
    `# ${catalog.id} ${catalog.title}`,
    '',
    zh
      ? '<!-- 每个条款写一节：标题以条款编号开头（如 “### 5.1.1.1 售后服务部门”），正文说明做法并链接证据文件。不适用的条款写在 frontmatter 的 not_applicable: 下并给出理由。 -->'
      : '<!-- One section per clause: a heading that starts with the clause id (e.g. "### 5.1.1.1 After-sales department"), text that says what is done, and links to the evidence files. List clauses that do not apply under not_applicable: in the frontmatter, with a reason. -->',
    '',
  ];
  for (const g of groups) lines.push(`## ${g.id} ${g.title}`, '');
  return lines.join('\n');
}

async function createStarterSet({ ctx }: CommandDeps): Promise<void> {
  let folder = vscode.workspace.workspaceFolders?.[0];
  if ((vscode.workspace.workspaceFolders?.length ?? 0) > 1) {
    folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for the evidence set') });
  }
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first; the evidence set is created in it.'));
    return;
  }
  const all = ctx.catalogs;
  if (all.length === 0) throw new Error(vscode.l10n.t('No clause catalog is installed.'));
  let catalog = all[0];
  if (all.length > 1) {
    const picked = await vscode.window.showQuickPick(
      all.map((c) => ({ label: c.id, description: c.title, catalog: c })),
      { placeHolder: vscode.l10n.t('Standard') },
    );
    if (!picked) return;
    catalog = picked.catalog;
  }
  const target = vscode.Uri.joinPath(folder.uri, vscode.l10n.t('evidence-index.md'));
  let exists = false;
  try {
    await vscode.workspace.fs.stat(target);
    exists = true;
  } catch {
    // does not exist yet
  }
  if (!exists) {
    const today = new Date().toISOString().slice(0, 10);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(starterDocument(catalog, vscode.env.language, today)));
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; opened it.', vscode.workspace.asRelativePath(target)));
  }
  await vscode.window.showTextDocument(target, { preview: false });
  void ctx.fetchCoverage();
}
