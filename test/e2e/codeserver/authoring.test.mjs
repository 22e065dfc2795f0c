// Authoring aids in code-server (zh-cn) on a copy of examples/: inlay hints, rename, code lenses that
// open the sections, go to next gap, badges in the markdown preview, and whole missing sections offered
// at the start of an empty line. A screenshot per step goes to test-results/e2e-codeserver/authoring/.
//   prerequisites: bash test/e2e/codeserver/setup.sh && npm run package
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, RESULTS } from './harness.mjs';
import { closeSession, openSession, workbench } from './workbench.mjs';

const VSIX = process.env.EVIDENCE_VSIX ?? path.join(ROOT, 'compliance-evidence.vsix');
const SHOTS = path.join(RESULTS, 'authoring');

describe('authoring aids (code-server zh-cn)', function () {
  let server;
  let session;
  /** @type {import('playwright-core').Page} */
  let page;
  const { screenshot, runCommand, openFile, gotoLine } = workbench(() => page, SHOTS);
  const editor = () => page.locator('.editor-group-container.active');
  const cursorLine = async () =>
    Number(
      /行 (\d+)|Ln (\d+)/
        .exec(await page.locator('.statusbar-item[id*="status.editor.selection"]').innerText())
        ?.slice(1)
        .find(Boolean),
    );

  before(async function () {
    this.timeout(180_000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} missing: run npm run package`);
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    session = await openSession({ vsix: VSIX, workspaceSource: path.join(ROOT, 'examples'), timeout: 45_000 });
    ({ server, page } = session);
    await page.locator('.explorer-folders-view').waitFor();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(`FAILED-${this.currentTest.title.slice(0, 40)}`).catch(() => undefined);
  });

  after(async function () {
    this.timeout(30_000);
    await closeSession(session);
  });

  it('shows the clause title as an inlay hint after a known § reference, and none after an unknown one', async () => {
    await openFile('04-附录.md');
    await gotoLine(34);
    await editor().locator('.view-line', { hasText: '› 基础设施' }).first().waitFor();
    // Line 31 refers to §5.4.1, which the standard does not have: no title after it.
    const unknown = editor().locator('.view-line', { hasText: '§5.4.1' }).first();
    await unknown.waitFor();
    assert.equal((await unknown.innerText()).includes('›'), false);
    await screenshot('inlay-hints');
    // The setting turns them off (here in the workspace's settings), and back on.
    const settings = path.join(server.workspace, '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({ 'complianceEvidence.inlayHints.enabled': false }));
    await editor().locator('.view-line', { hasText: '› 基础设施' }).first().waitFor({ state: 'detached' });
    await screenshot('inlay-hints-off');
    fs.writeFileSync(settings, JSON.stringify({ 'complianceEvidence.inlayHints.enabled': true }));
    await editor().locator('.view-line', { hasText: '› 基础设施' }).first().waitFor();
  });

  it('F2 on a § reference offers to rename the clause id and refuses an id the standard does not have', async () => {
    await gotoLine('34:30');
    await page.keyboard.press('F2');
    const box = page.locator('.rename-box input');
    await box.waitFor();
    assert.equal(await box.inputValue(), '5.1.3.3');
    await box.fill('5.9');
    await page.keyboard.press('Enter');
    await page.getByText('“5.9”不是 GB/T 27922-2011 的条款：只能改为同一标准的条款编号。').first().waitFor();
    await screenshot('rename-refused');
    await page.keyboard.press('Escape');
  });

  it('a code lens over a clause heading opens its sections in a peek', async () => {
    await openFile('01-售后服务体系.md');
    const lens = editor().locator('.codelens-decoration a', { hasText: '处章节' }).first();
    await lens.click();
    await page.locator('.peekview-widget').first().waitFor();
    await screenshot('lens-peek');
    await page.keyboard.press('Escape');
    // The next step moves the cursor of the editor itself: the peek must be gone first.
    await page.locator('.peekview-widget').first().waitFor({ state: 'hidden' });
  });

  it('Ctrl+Alt+G goes to the next weak or missing clause', async () => {
    await gotoLine(1);
    // The status bar follows the cursor a moment later.
    await page.waitForFunction(() => /(行|Ln) 1[,，\s]/.test(document.querySelector('.statusbar-item[id*="status.editor.selection"]')?.textContent ?? ''));
    assert.equal(await cursorLine(), 1);
    await page.keyboard.press('Control+Alt+g');
    await page.waitForFunction(() => !/(行|Ln) 1[,，\s]/.test(document.querySelector('.statusbar-item[id*="status.editor.selection"]')?.textContent ?? ''));
    assert.ok((await cursorLine()) > 1);
    await screenshot('next-gap');
  });

  it('the markdown preview shows a status badge after each clause heading', async () => {
    await openFile('01-售后服务体系.md');
    await runCommand('Markdown: Open Preview to the Side');
    const preview = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    await preview.locator('.evidence-badge', { hasText: '已覆盖' }).first().waitFor();
    await preview.locator('a.evidence-reference', { hasText: '§5.1.4.1' }).first().waitFor();
    await screenshot('preview-badges');
  });

  it('at the start of an empty line, completion offers the missing sections whole', async () => {
    await openFile('04-附录.md');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget');
    await suggest.locator('.monaco-list-row').first().waitFor();
    assert.match(await suggest.locator('.monaco-list-row').first().innerText(), /^5\.\d/);
    await screenshot('missing-section-completion');
  });
});
