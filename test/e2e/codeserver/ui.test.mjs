// End-to-end test in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven by playwright-core
// in Debian chromium: the extension is installed from the built .vsix, the workspace is a copy of
// examples/, and the UI language is zh-cn. Each step saves a screenshot to test-results/e2e-codeserver/.
//   prerequisites: bash test/e2e/codeserver/setup.sh && npm run package
//   run:           npx mocha --config test/e2e/codeserver/.mocharc.json
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, RESULTS } from './harness.mjs';
import { closeSession, openSession, workbench } from './workbench.mjs';

const VSIX = process.env.EVIDENCE_VSIX ?? path.join(ROOT, 'compliance-evidence.vsix');
const UI_TIMEOUT = 45_000;

describe('compliance-evidence in code-server (zh-cn)', function () {
  /** @type {Awaited<ReturnType<typeof import('./harness.mjs').startCodeServer>>} */
  let server;
  let session;
  /** @type {import('playwright-core').Page} */
  let page;
  const { screenshot, runCommand, openFile, gotoLine, clickUntil } = workbench(() => page, RESULTS);
  const problems = () => page.locator('.markers-panel');
  const sidebar = () => page.locator('.part.sidebar');

  before(async function () {
    this.timeout(180_000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} missing: run npm run package`);
    fs.rmSync(RESULTS, { recursive: true, force: true });
    fs.mkdirSync(RESULTS, { recursive: true });
    session = await openSession({ vsix: VSIX, workspaceSource: path.join(ROOT, 'examples'), timeout: UI_TIMEOUT });
    ({ server, page } = session);
    await page.locator('.explorer-folders-view').waitFor();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await screenshot(`FAILED-${this.currentTest.title.replace(/[^\w]+/g, '-').slice(0, 60)}`).catch(() => undefined);
    }
  });

  after(async function () {
    this.timeout(30_000);
    await closeSession(session);
  });

  it('Problems panel lists missing-clause and weak diagnostics in zh-CN', async () => {
    await openFile('01-售后服务体系.md');
    await page.keyboard.press('Control+Shift+M');
    await problems().waitFor();
    // missing-clause (on the ### 5.1.6 heading), weak-subitem and weak-thin, all in Chinese. The list is
    // virtualised and longer than the panel: filter it to each clause so the row is rendered.
    const filter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
    for (const [clause, message] of [
      ['5.1.6.2', '条款 5.1.6.2 服务研究 在本证据集中没有证据章节。'],
      ['5.1.3.2', '章节 5.1.3.2 未涉及条款子项 c)。'],
      ['5.1.7.3', /章节 5\.1\.7\.3 的证据正文只有 \d+ 字/],
    ]) {
      await filter.fill(clause);
      await problems().getByText(message).first().waitFor();
    }
    await filter.fill('');
    await screenshot('problems-zh-cn');
  });

  it('typing §5.1. offers clause completions with titles', async () => {
    await openFile('04-附录.md');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('参见 §5.1.');
    const suggest = page.locator('.suggest-widget.visible');
    await suggest.waitFor();
    await suggest.locator('.monaco-list-row', { hasText: '5.1.1' }).first().waitFor();
    await suggest.getByText('组织架构').first().waitFor();
    await screenshot('completion');
    await page.keyboard.press('Escape');
    await runCommand('File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
  });

  it('hovering a clause id shows the clause text', async () => {
    await openFile('01-售后服务体系.md');
    await gotoLine(13);
    const line = page.locator('.editor-group-container.active .view-line', { hasText: '#### 5.1.1.1 售后服务部门及职能岗位' }).first();
    await line.waitFor();
    const id = line.locator('span > span', { hasText: /^5\.1\.1\.1$/ }).first();
    await id.hover();
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await hover.getByText('设立或指定专门从事售后服务工作的部门', { exact: false }).first().waitFor();
    await screenshot('hover');
    await page.keyboard.press('Escape');
  });

  it('the quick fix inserts the missing section, which is then reported as still empty', async () => {
    await openFile('01-售后服务体系.md');
    const message = '条款 5.1.6.2 服务研究 在本证据集中没有证据章节。';
    await problems().getByText(message).first().waitFor();
    await gotoLine(124);
    await page.keyboard.press('Control+.');
    const action = page.locator('.action-widget').getByText('插入 5.1.6.2 服务研究 章节').first();
    await action.waitFor();
    await screenshot('quick-fix-menu');
    // The menu is keyboard driven (a pointer-block overlay swallows clicks): move to the item, Enter.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !((await focused.count()) ? await focused.innerText() : '').includes('5.1.6.2'); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.locator('.action-widget .monaco-list-row.focused', { hasText: '插入 5.1.6.2 服务研究 章节' }).waitFor();
    await page.keyboard.press('Enter');
    await problems().getByText(message).waitFor({ state: 'detached' });
    // The section went after 5.1.6.1's section (line 134 of the original file).
    await gotoLine(134);
    await page
      .locator('.editor-group-container.active .view-line', { hasText: /#+\s5\.1\.6\.2\s服务研究/ })
      .first()
      .waitFor();
    // The stub is the place to write: reported on itself as still empty until the writer writes.
    await problems().getByText('5.1.6.2 服务研究 的章节仍是空的：请在此写明做法并链接记录文件。在此之前该条款按缺失计。').first().waitFor();
    // The other missing clause under 5.1.6 is still reported.
    await problems().getByText('条款 5.1.6.4 服务标准化 在本证据集中没有证据章节。').first().waitFor();
    await screenshot('quick-fix-applied');
  });

  it('the coverage tree shows the hierarchy with statuses and the score', async () => {
    await page
      .getByRole('tab', { name: /^合规证据/ })
      .first()
      .click();
    const tree = page.locator('.pane', { has: page.locator('.pane-header', { hasText: '条款覆盖' }) });
    // Widen the side bar (drag its sash) so descriptions are readable in the screenshots.
    const box = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(box.x + box.width + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 160, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    // Root: the standard, with the estimated score, the coverage and the estimated level, each labelled.
    await tree
      .getByRole('treeitem', { name: /^GB\/T 27922-2011 商品售后服务评价体系, 估算得分 \d+(\.\d+)? · 覆盖率 \d+% · 预估等级 .+级$/ })
      .first()
      .waitFor();
    await tree
      .getByText(/^估算得分 \d+(\.\d+)? · 覆盖率 \d+% · 预估等级 .+级$/)
      .first()
      .waitFor();
    // Groups: 部分覆盖 covered/applicable · earned/available points; leaves their status and points (groups with gaps start expanded).
    await tree
      .getByRole('treeitem', { name: /^5\.1 售后服务体系, 部分覆盖 \d+\/\d+ · [\d.]+\/40 分$/ })
      .first()
      .waitFor();
    // 5.1.3: three leaves of 5/3 points, 5.1.3.2 weak at half → 4.2 of 5.
    await tree
      .getByRole('treeitem', { name: /^5\.1\.3 资源配置, 部分覆盖 2\/3 · 4\.2\/5 分$/ })
      .first()
      .waitFor();
    await tree
      .getByRole('treeitem', { name: /^5\.1\.3\.2 内部保障, 薄弱 · 1\.7 分$/ })
      .first()
      .waitFor();
    await tree
      .getByRole('treeitem', { name: /^5\.1\.6\.4 服务标准化, 缺失 · [\d.]+ 分$/ })
      .first()
      .waitFor();
    await tree
      .getByRole('treeitem', { name: /^5\.2\.6 .+, 不适用$/ })
      .first()
      .waitFor();
    // A fully covered group starts collapsed: expand it to see its covered leaves.
    await tree
      .getByRole('treeitem', { name: /^5\.1\.1 组织架构, 已覆盖 2\/2 · 5\/5 分$/ })
      .first()
      .click();
    await tree
      .getByRole('treeitem', { name: /^5\.1\.1\.1 售后服务部门及职能岗位, 已覆盖 · 2\.5 分$/ })
      .first()
      .waitFor();
    await screenshot('coverage-tree');
    // "Show only gaps": covered clauses disappear, missing ones further down come into view.
    const sidebar = page.locator('.part.sidebar');
    await sidebar.getByRole('button', { name: '只显示缺口' }).click();
    await tree.getByRole('treeitem', { name: /^5\.1\.1 组织架构/ }).waitFor({ state: 'detached' });
    await tree
      .getByRole('treeitem', { name: /^5\.2\.5 质量保证, 缺失 · [\d.]+ 分$/ })
      .first()
      .waitFor();
    await tree
      .getByRole('treeitem', { name: /^5\.2 商品服务, 部分覆盖 \d+\/\d+ · [\d.]+\/29\.2 分$/ })
      .first()
      .waitFor();
    await screenshot('coverage-tree-gaps-only');
    await sidebar.getByRole('button', { name: '显示全部条款' }).click();
    await tree
      .getByRole('treeitem', { name: /^5\.1\.1 组织架构/ })
      .first()
      .waitFor();
  });

  it('clicking a missing clause in the tree offers to insert its section (evidence/insertSections)', async () => {
    // The localized palette command (the activity-bar tab would toggle the already open side bar).
    await runCommand('合规证据: 显示条款覆盖树');
    const tree = page.locator('.pane', { has: page.locator('.pane-header', { hasText: '条款覆盖' }) });
    const sidebar = page.locator('.part.sidebar');
    await sidebar.getByRole('button', { name: '只显示缺口' }).click();
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: '5.2.5 质量保证 还没有证据章节' }).first();
    // The gaps-only tree can still be settling after the toggle and move rows under the pointer: click again if the offer did not come.
    await clickUntil(tree.getByRole('treeitem', { name: /^5\.2\.5 质量保证, 缺失 · [\d.]+ 分$/ }).first(), toast);
    await screenshot('tree-offer-insert');
    await toast.getByRole('button', { name: '插入章节' }).click();
    await page.locator('.tab.active', { hasText: '02-商品服务.md' }).waitFor();
    // The document had no 5.2 heading: "# 5.2 商品服务" goes above its first child (5.2.1, line 11), the 5.2.5 section after 5.2.4.1 (line 59).
    await page
      .locator('.editor-group-container.active .view-line', { hasText: /#\s5\.2\s商品服务/ })
      .first()
      .waitFor();
    await gotoLine(59);
    await page
      .locator('.editor-group-container.active .view-line', { hasText: /#+\s5\.2\.5\s质量保证/ })
      .first()
      .waitFor();
    // The stub is the place to write, not evidence: the clause stays missing, now reported on the stub itself.
    await problems().getByText('条款 5.2.5 质量保证 在本证据集中没有证据章节。').waitFor({ state: 'detached' });
    await problems().getByText('5.2.5 质量保证 的章节仍是空的：请在此写明做法并链接记录文件。在此之前该条款按缺失计。').first().waitFor();
    await tree
      .getByRole('treeitem', { name: /^5\.2\.5 质量保证, 缺失 · [\d.]+ 分$/ })
      .first()
      .waitFor();
    await screenshot('tree-section-inserted');
  });

  it('"mark not applicable" from the tree writes the reason into the index frontmatter', async () => {
    const tree = page.locator('.pane', { has: page.locator('.pane-header', { hasText: '条款覆盖' }) });
    await tree
      .getByRole('treeitem', { name: /^5\.1\.6\.4 服务标准化, 缺失 · [\d.]+ 分$/ })
      .first()
      .click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.getByRole('menuitem', { name: /标记为不适用/ }).waitFor();
    // Keyboard, not a click: the menu's pointer handling races with its opening.
    const focusedItem = menu.locator('.action-item.focused');
    for (let i = 0; i < 6 && !/标记为不适用/.test((await focusedItem.count()) ? await focusedItem.innerText() : ''); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await menu.locator('.action-item.focused', { hasText: '标记为不适用' }).waitFor();
    await page.keyboard.press('Enter');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('本公司未参与标准制定，测试用删减理由');
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: '00-总览.md' }).first().waitFor();
    // Not applicable is not a gap: it leaves the gaps-only tree, and 5.1.6 has one applicable leaf less
    // (5.1.6.1 and 5.1.6.3 covered; 5.1.6.2 still an empty stub from the quick-fix step).
    await tree.getByRole('treeitem', { name: /^5\.1\.6\.4 服务标准化/ }).waitFor({ state: 'detached' });
    await tree
      .getByRole('treeitem', { name: /^5\.1\.6 改进, 部分覆盖 2\/3 · 2\.5\/3\.8 分$/ })
      .first()
      .waitFor();
    await sidebar().getByRole('button', { name: '显示全部条款' }).click();
    await page.locator('.tab', { hasText: '00-总览.md' }).first().click();
    await page
      .locator('.editor-group-container.active .view-line', { hasText: /"5\.1\.6\.4"(\s?›\s?服务标准化)?:\s本公司未参与标准制定/ })
      .first()
      .waitFor();
    await screenshot('tree-marked-not-applicable');
  });

  it('restarts a language server that died, and its diagnostics come back', async function () {
    this.timeout(90_000);
    // The extension's server runs as `node …/dist/server.js --node-ipc` under this test's code-server.
    const serverPids = () => {
      try {
        return execFileSync('pgrep', ['-f', `${server.dir}.*dist/server\\.js --node-ipc`], { encoding: 'utf8' })
          .split('\n')
          .filter(Boolean);
      } catch {
        return []; // pgrep exits 1 when nothing matches
      }
    };
    const [before] = serverPids();
    assert.ok(before, 'the language server process is running');
    process.kill(Number(before), 'SIGKILL');
    // Wait for the client to start a new server process (polling a condition, not a fixed delay).
    const deadline = Date.now() + 60_000;
    let after = [];
    while (!(after = serverPids()).some((p) => p !== before)) {
      assert.ok(Date.now() < deadline, 'no new language server within 60 s');
      await page.waitForTimeout(250);
    }
    // Diagnostics survive a restart in the client, so prove the new server works: an edit gets a new one.
    await openFile('00-总览.md');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n另见 §5.4.4\n');
    await page.keyboard.press('Control+Shift+M');
    await problems().getByText('引用 §5.4.4 不是 GB/T 27922-2011 的条款。').first().waitFor();
    await screenshot('server-restarted');
  });

  it('"insert all missing sections" from the palette inserts the missing sections and the score stays where it was', async function () {
    this.timeout(90_000);
    // The tree root shows the score estimate. Inserted stubs are places to write, not evidence: the score must not move.
    const root = page.locator('.part.sidebar .monaco-list-row', { hasText: 'GB/T 27922-2011' }).first();
    const scoreOf = async () => Number(/估算得分 ([\d.]+)/.exec(await root.innerText())?.[1]);
    await root.waitFor();
    const before = await scoreOf();
    assert.ok(before > 0, 'the tree shows a score');
    await runCommand('插入所有缺失章节');
    // The command reveals the first inserted section in its document; its clause is then reported as still empty.
    await page
      .locator('.editor-group-container.active .view-line', { hasText: /#+\s5\.2\.1\.5\s系统性缺陷信息公开/ })
      .first()
      .waitFor();
    await problems().getByText('5.2.1.5 系统性缺陷信息公开 的章节仍是空的：请在此写明做法并链接记录文件。在此之前该条款按缺失计。').first().waitFor();
    assert.equal(await scoreOf(), before, 'inserting stubs changed the score');
    await screenshot('insert-all-missing');
  });

  it('the status bar shows the coverage percentage of the active document’s set', async () => {
    await openFile('02-商品服务.md');
    const item = page.locator('.statusbar-item', { hasText: /覆盖率 \d+% · .+级/ }).first();
    await item.waitFor();
    const text = (await item.innerText()).trim();
    assert.match(text, /覆盖率 \d+% · /);
    await screenshot('status-bar');
    // Clicking it reveals the set in the coverage tree.
    await page
      .getByRole('tab', { name: /^资源管理器|^Explorer/ })
      .first()
      .click();
    await item.click();
    await page.locator('.part.sidebar .monaco-list-row.selected', { hasText: 'GB/T 27922-2011' }).first().waitFor();
  });

  it('"导出…" writes the workbook, the dossier and the printable report made by the server (evidence/export)', async function () {
    this.timeout(150_000);
    const input = page.locator('.quick-input-widget input');
    const exports = [
      { label: '自评表（Excel）', file: '自评表.xlsx', magic: 'PK' },
      { label: '证据汇编（Word）', file: '证据汇编.docx', magic: 'PK' },
      { label: '可打印报告（HTML）', file: '证据覆盖报告.html', magic: '<!DOCTYPE html>' },
    ];
    for (const { label, file, magic } of exports) {
      const target = path.join(server.workspace, file);
      fs.rmSync(target, { force: true });
      await openFile('02-商品服务.md'); // the active document picks the evidence set
      await runCommand('合规证据: 导出…');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
      await input.fill(label);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).first().waitFor();
      await page.keyboard.press('Enter');
      // code-server has no native dialogs: the save dialog is a quick input holding the proposed path.
      await page.waitForFunction((name) => document.querySelector('.quick-input-widget input')?.value.endsWith(name), file);
      if (file === '自评表.xlsx') await screenshot('export-save-dialog');
      await page.keyboard.press('Enter');
      const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: `已导出到 ${file}。` }).first();
      await toast.waitFor();
      if (file === '自评表.xlsx') await screenshot('exported');
      assert.ok(fs.existsSync(target), `${target} written`);
      assert.equal(fs.readFileSync(target).subarray(0, magic.length).toString('utf8'), magic);
      await toast
        .locator('.codicon-notifications-clear, .codicon-close')
        .first()
        .click()
        .catch(() => undefined);
    }
    // The printable report names the organization and follows the UI language.
    const html = fs.readFileSync(path.join(server.workspace, '证据覆盖报告.html'), 'utf8');
    assert.match(html, /<html lang="zh-CN">/);
    assert.ok(html.includes('申请组织：杭州明澜电器有限公司'));
  });
});
