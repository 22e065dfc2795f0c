// The first hour of a new quality manager, in code-server in zh-cn: an empty folder named
// 售后服务认证证据 → the starter set → the next step → one section written with a link →
// insert all → a clause marked not applicable while another file is active, and its stub removed →
// the printable report exported and opened in the editor. A screenshot per step goes to
// test-results/e2e-codeserver/first-hour/, and after each step no English word the extension
// controls may be on screen (tree, welcome view, notifications, status bar item).
//   prerequisites: bash test/e2e/codeserver/setup.sh && npm run package
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, RESULTS } from './harness.mjs';
import { closeSession, openSession, workbench } from './workbench.mjs';

const VSIX = process.env.EVIDENCE_VSIX ?? path.join(ROOT, 'compliance-evidence.vsix');
const SHOTS = path.join(RESULTS, 'first-hour');
const INDEX = '00-证据索引.md';
const TEXT = '本公司设立客户服务中心作为专门的售后服务部门，明确部门职责和岗位设置，由总经理签发任命文件。';

/** Words in Latin letters that may appear in the extension's Chinese UI: the standard's name, file types, ids. */
const ALLOWED = new Set(['GB', 'md', 'pdf', 'html']);

/** English words among a text the extension controls (three letters or more, outside the allowed ones). */
function englishWords(text) {
  return (text.match(/[A-Za-z][A-Za-z'-]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
}

describe('the first hour, in Chinese (code-server zh-cn)', function () {
  let server;
  let session;
  /** @type {import('playwright-core').Page} */
  let page;
  let empty;

  const { screenshot, runCommand, gotoLine, clickUntil } = workbench(() => page, SHOTS);
  const sidebar = () => page.locator('.part.sidebar');
  const tree = () => page.locator('.pane', { has: page.locator('.pane-header', { hasText: '条款覆盖' }) });
  const toasts = () => page.locator('.notifications-toasts');
  const toast = (text) => page.locator('.notifications-toasts .notification-list-item', { hasText: text }).first();
  const workspaceFile = (name) => path.join(server.workspace, name);
  /** Scrolls the tree to its last rows (5.3.2 is the last leaf of the catalog). */
  const treeToEnd = async () => {
    await tree()
      .getByRole('treeitem', { name: /^GB\/T 27922-2011/ })
      .click();
    await page.keyboard.press('End');
  };
  /** Saves the active editor until the file on disk satisfies `expected` (an edit may still be on its way). */
  const saveAndRead = async (file, expected) => {
    const holds = typeof expected === 'function' ? expected : (text) => expected.test(text);
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Control+s');
      await new Promise((r) => setTimeout(r, 500));
      const text = fs.readFileSync(workspaceFile(file), 'utf8');
      if (holds(text)) return text;
    }
    assert.fail(`${file} never held ${expected}`);
  };
  /** Every text the extension controls that is on screen now: no English word in it. */
  const assertNoEnglish = async (step) => {
    const parts = [];
    for (const locator of [sidebar(), toasts(), page.locator('.statusbar-item', { hasText: '覆盖率' })]) {
      for (const text of await locator.allInnerTexts()) parts.push(text);
    }
    // The workbench's own words are code-server's (no language pack can be installed offline), not ours:
    // its side bar sections and the "Source:" label of a notification.
    const ours = parts
      .join('\n')
      .replace(/^(EXPLORER|OUTLINE|TIMELINE|NO FOLDER OPENED).*$/gim, '')
      .replace(/\bSource\b:?/g, '')
      // VS Code's own message when a tree row is clicked just as the tree refreshes (its command is then re-resolved).
      .replace(/Actual command not found, wanted to execute [\w.]+/g, '');
    assert.deepEqual(englishWords(ours), [], `${step}: English on screen in the extension's UI:\n${ours}`);
  };

  before(async function () {
    this.timeout(180_000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} missing: run npm run package`);
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-first-hour-')), '售后服务认证证据');
    fs.mkdirSync(empty);
    // Typed text goes in as written (no auto-closed brackets doubling a link's); a click on a tree row selects it.
    session = await openSession({
      vsix: VSIX,
      workspaceSource: empty,
      settings: { 'editor.autoClosingBrackets': 'never', 'workbench.tree.expandMode': 'doubleClick' },
      timeout: 45_000,
    });
    ({ server, page } = session);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(`FAILED-${this.currentTest.title.slice(0, 40)}`).catch(() => undefined);
  });

  after(async function () {
    this.timeout(30_000);
    await closeSession(session);
    if (empty) fs.rmSync(path.dirname(empty), { recursive: true, force: true });
  });

  it('an empty folder: the welcome view says what to do, the starter set is created and the next step is shown', async () => {
    // The extension's own activity bar entry (the extensions are registered once it shows).
    await page.locator('.activitybar .action-item a[aria-label^="合规证据"]').first().click();
    await sidebar().getByText('这个文件夹里还没有证据文件。').waitFor();
    await assertNoEnglish('welcome view');
    await screenshot('welcome');
    // Export with no evidence set: the same answer as "insert all", and no empty report written.
    await runCommand('合规证据: 导出…');
    const none = toast('此工作区中没有找到证据集。');
    await none.waitFor();
    assert.deepEqual(fs.readdirSync(server.workspace), []);
    await none
      .locator('.codicon-notifications-clear, .codicon-close')
      .first()
      .click()
      .catch(() => undefined);
    await sidebar().getByRole('button', { name: '创建入门证据集' }).click();
    await page.locator('.tab.active', { hasText: INDEX }).waitFor();
    const next = toast('证据集已创建。下一步');
    await next.waitFor();
    await tree()
      .getByRole('treeitem', { name: /^GB\/T 27922-2011 商品售后服务评价体系, 估算得分 0 · 覆盖率 0% · 预估等级 不合格$/ })
      .waitFor();
    await assertNoEnglish('starter set created');
    await screenshot('starter-set-next-step');
    assert.ok(fs.statSync(workspaceFile('附件')).isDirectory(), 'the attachments folder is created');
    const index = fs.readFileSync(workspaceFile(INDEX), 'utf8');
    assert.ok(index.includes('末级条款用四级标题，例如：#### 5.1.1.1 售后服务部门及职能岗位'), index);
    assert.equal(/frontmatter/i.test(index), false);
    await next.getByRole('button', { name: '显示条款覆盖树' }).click();
  });

  it('clicking a missing clause inserts its section with the requirement, the typical evidence and a sample link', async () => {
    const offer = toast('5.1.1.1 售后服务部门及职能岗位 还没有证据章节');
    await clickUntil(tree().getByRole('treeitem', { name: /^5\.1\.1\.1 售后服务部门及职能岗位, 缺失 · 2\.5 分$/ }), offer);
    await offer.getByRole('button', { name: '插入章节' }).click();
    await page
      .locator('.editor-group-container.active .view-line', { hasText: /####\s5\.1\.1\.1\s售后服务部门及职能岗位/ })
      .first()
      .waitFor();
    const text = await saveAndRead(INDEX, /^#### 5\.1\.1\.1 /m);
    assert.ok(text.includes('<!-- 标准要求：设立或指定专门从事售后服务工作的部门，并有合理的职能划分和岗位设置。 -->'), text);
    assert.ok(text.includes('- [ ] 待补充：售后服务部门设立或任命文件'), text);
    assert.ok(text.includes('- [文件名](附件/文件名.pdf)'), text);
    // Still a place to write: the clause stays missing.
    await tree()
      .getByRole('treeitem', { name: /^5\.1\.1\.1 售后服务部门及职能岗位, 缺失 · 2\.5 分$/ })
      .waitFor();
    await assertNoEnglish('section inserted');
    await screenshot('section-inserted');
  });

  it('the writer replaces the stub with what the company does and a link to a record: the clause is covered', async () => {
    fs.mkdirSync(workspaceFile('附件'), { recursive: true });
    fs.writeFileSync(workspaceFile('附件/任命文件.pdf'), '%PDF-1.4 e2e');
    const lines = fs.readFileSync(workspaceFile(INDEX), 'utf8').split('\n');
    const heading = lines.findIndex((l) => l.startsWith('#### 5.1.1.1 '));
    const last = lines.findIndex((l, i) => i > heading && l === '- [文件名](附件/文件名.pdf)');
    // Select from the line below the heading to the end of the sample link line, and write over it.
    await gotoLine(heading + 2);
    await page.keyboard.press('Home');
    for (let i = heading + 1; i < last; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+End');
    await page.keyboard.insertText(`\n${TEXT}\n\n- [任命文件](附件/任命文件.pdf)`);
    const text = await saveAndRead(INDEX, /- \[任命文件\]\(附件\/任命文件\.pdf\)/);
    assert.equal(text.includes('待补充'), false, text);
    await tree()
      .getByRole('treeitem', { name: /^5\.1\.1\.1 售后服务部门及职能岗位, 已覆盖 · 2\.5 分$/ })
      .waitFor();
    await assertNoEnglish('section written');
    await screenshot('section-written');
  });

  it('"insert all missing sections" writes the skeleton, and the score does not move', async () => {
    const root = tree().getByRole('treeitem', { name: /^GB\/T 27922-2011/ });
    const scoreOf = async () => Number(/估算得分 ([\d.]+)/.exec((await root.getAttribute('aria-label')) ?? '')?.[1]);
    const before = await scoreOf();
    assert.equal(before, 2.5);
    await runCommand('插入所有缺失章节');
    await page
      .locator('.editor-group-container.active .view-line', { hasText: /#+\s5\.1\.1\.2\s/ })
      .first()
      .waitFor();
    const text = await saveAndRead(INDEX, /^#+ 5\.3\.2 /m);
    assert.ok(text.includes('- [任命文件](附件/任命文件.pdf)'), 'the written section is kept');
    await treeToEnd();
    await tree()
      .getByRole('treeitem', { name: /^5\.3\.2 .+, 缺失 · [\d.]+ 分$/ })
      .waitFor();
    assert.equal(await scoreOf(), before, 'stubs are no evidence');
    await assertNoEnglish('insert all');
    await screenshot('insert-all');
  });

  it('marks a clause not applicable from the tree while a file that is not evidence is active, and removes its empty stub', async () => {
    fs.writeFileSync(workspaceFile('会议记录.md'), '# 内部会议记录\n\n讨论了认证准备。\n');
    await page.keyboard.press('Control+p');
    await page.locator('.quick-input-widget input').fill('会议记录.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '会议记录.md' }).first().click();
    await page.locator('.tab.active', { hasText: '会议记录.md' }).waitFor();
    await treeToEnd();
    await page.locator('.tab.active', { hasText: '会议记录.md' }).waitFor();
    await tree()
      .getByRole('treeitem', { name: /^5\.3\.2 .+, 缺失 · [\d.]+ 分$/ })
      .click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.getByRole('menuitem', { name: /标记为不适用/ }).waitFor();
    const focusedItem = menu.locator('.action-item.focused');
    for (let i = 0; i < 6 && !/标记为不适用/.test((await focusedItem.count()) ? await focusedItem.innerText() : ''); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('本公司不直接受理顾客投诉，由经销商按合同处理');
    await page.keyboard.press('Enter');
    const offer = toast('已标记为不适用。删除它的空章节？');
    await offer.waitFor();
    await assertNoEnglish('offer to remove the stub');
    await screenshot('not-applicable-offer-remove');
    await offer.getByRole('button', { name: '删除空章节' }).click();
    await page.locator('.tab', { hasText: INDEX }).first().click();
    // The reason is recorded and the empty stub is gone.
    await saveAndRead(INDEX, (text) => /"5\.3\.2": 本公司不直接受理顾客投诉/.test(text) && !/^#+ 5\.3\.2 /m.test(text));
    await tree()
      .getByRole('treeitem', { name: /^5\.3\.2 .+, 不适用$/ })
      .waitFor();
    await screenshot('not-applicable');
  });

  it('"show clause coverage" right after a reload reveals the tree, with no error', async () => {
    // A reload of the browser tab is a reload of the window in code-server.
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // As soon as the palette lists the command (code-server registers contributed commands a moment after the workbench shows).
    const title = '合规证据: 显示条款覆盖树';
    for (let attempt = 0; ; attempt++) {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`>${title}`);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      if (await row.isVisible().catch(() => false)) break;
      await page.waitForTimeout(300);
      if (await row.isVisible().catch(() => false)) break;
      await page.keyboard.press('Escape');
      assert.ok(attempt < 100, 'the command never appeared in the palette');
    }
    await page.keyboard.press('Enter');
    await tree()
      .getByRole('treeitem', { name: /^GB\/T 27922-2011/ })
      .waitFor();
    // Before the tree has loaded, a reveal would have failed with "Data tree node not found".
    await page.waitForTimeout(2000);
    assert.equal(await page.locator('.notifications-toasts .notification-list-item', { hasText: /TreeError|not found/ }).count(), 0);
    await assertNoEnglish('after a reload');
    await screenshot('reload-reveal');
  });

  it('exports the printable report and opens it in the editor, in Chinese', async () => {
    await runCommand('合规证据: 导出…');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '可打印报告（HTML）' }).first().waitFor();
    await page.locator('.quick-input-widget input').fill('可打印报告（HTML）');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: '可打印报告（HTML）' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value.endsWith('证据覆盖报告.html'));
    await page.keyboard.press('Enter');
    const done = toast('已导出到 证据覆盖报告.html。');
    await done.waitFor();
    await assertNoEnglish('exported');
    await done.getByRole('button', { name: '打开' }).click();
    const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await report.getByText('标准：GB/T 27922-2011《商品售后服务评价体系》', { exact: false }).first().waitFor();
    await report.getByText('估算得分', { exact: false }).first().waitFor();
    await screenshot('report-opened');
    const html = fs.readFileSync(workspaceFile('证据覆盖报告.html'), 'utf8');
    assert.match(html, /<html lang="zh-CN">/);
  });
});
