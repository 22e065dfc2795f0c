// The same scenario as the code-server UI test, through the VS Code API, on a copy of examples/.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'compliance-evidence.compliance-evidence';
const workspace = process.env.EVIDENCE_E2E_WORKSPACE;

async function waitFor(what, fn, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function diagnostics(uri, rule) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'evidence' && String(typeof d.code === 'object' ? d.code.value : d.code) === rule);
}

describe('compliance-evidence (VS Code desktop)', function () {
  let api;
  const doc01 = () => vscode.Uri.file(path.join(workspace, '01-售后服务体系.md'));

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension installed');
    await vscode.window.showTextDocument(doc01());
    api = await ext.activate();
    await waitFor('the language client', () => api.client && api.client.isRunning());
  });

  it('reports missing-clause and weak diagnostics in zh-CN', async () => {
    const missing = await waitFor('missing-clause', () => diagnostics(doc01(), 'missing-clause').length >= 2 && diagnostics(doc01(), 'missing-clause'));
    assert.ok(
      missing.some((d) => d.message === '条款 5.1.6.2 服务研究 在本证据集中没有证据章节。'),
      missing.map((d) => d.message).join('\n'),
    );
    assert.ok(diagnostics(doc01(), 'weak-subitem').length > 0);
    assert.ok(diagnostics(doc01(), 'weak-thin').length > 0);
  });

  it('offers clause completions with titles after §5.1.', async () => {
    const editor = await vscode.window.showTextDocument(doc01());
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n参见 §5.1.'));
    const pos = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, pos, '.');
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '5.1.1');
    assert.ok(item, 'completion 5.1.1');
    assert.equal(typeof item.label === 'string' ? undefined : item.label.description, '组织架构');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hover on a clause id shows the clause text', async () => {
    const editor = await vscode.window.showTextDocument(doc01());
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('#### 5.1.1.1 '));
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 7));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /设立或指定专门从事售后服务工作的部门/);
  });

  it('the quick fix inserts the section and the diagnostic goes away', async () => {
    const uri = doc01();
    const diag = diagnostics(uri, 'missing-clause').find((d) => d.message.includes('5.1.6.2'));
    assert.ok(diag);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === '插入 5.1.6.2 服务研究 章节');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await waitFor('the diagnostic to go away', () => !diagnostics(uri, 'missing-clause').some((d) => d.message.includes('5.1.6.2')));
    assert.match((await vscode.workspace.openTextDocument(uri)).getText(), /#+ 5\.1\.6\.2 服务研究/);
  });

  it('coverage reaches the client (tree and status bar data)', async () => {
    const coverage = await waitFor('coverage', () => api.ctx.coverage.length > 0 && api.ctx.coverage);
    assert.equal(coverage[0].standard, 'GB/T 27922-2011');
    assert.equal(coverage[0].summary.leaves, 40);
    await vscode.commands.executeCommand('complianceEvidence.revealCoverage');
  });
});
