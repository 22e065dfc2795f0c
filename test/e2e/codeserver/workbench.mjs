// What the code-server e2e files do in the workbench, written once: starting and stopping a
// code-server session in zh-cn, numbered screenshots into a folder, running a palette command,
// opening a file by name, going to a line (or line:column).
import fs from 'node:fs';
import path from 'node:path';
import { collectLogs, launchBrowser, startCodeServer } from './harness.mjs';

/**
 * code-server in zh-cn on a copy of `workspaceSource` with the .vsix installed, and a Chromium page on it.
 * @param {{ vsix: string, workspaceSource: string, settings?: Record<string, unknown>, timeout: number }} opts
 */
export async function openSession(opts) {
  const server = await startCodeServer({ vsix: opts.vsix, workspaceSource: opts.workspaceSource, locale: 'zh-cn', settings: opts.settings });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(opts.timeout);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return { server, browser, page };
}

/** Closes the browser, keeps code-server's logs in the results, stops it and removes its folder. */
export async function closeSession(session) {
  await session?.browser.close().catch(() => undefined);
  if (!session) return;
  collectLogs(session.server);
  session.server.stop();
  fs.rmSync(session.server.dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * @param {() => import('playwright-core').Page} page the page (set in `before`)
 * @param {string} shots the folder for this file's screenshots
 */
export function workbench(page, shots) {
  let shot = 0;
  return {
    /** Saves `NN-name.png` in the shots folder and returns its path. */
    async screenshot(name) {
      shot += 1;
      const file = path.join(shots, `${String(shot).padStart(2, '0')}-${name}.png`);
      await page().screenshot({ path: file });
      return file;
    },
    async runCommand(title) {
      const p = page();
      await p.keyboard.press('F1');
      const input = p.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`>${title}`);
      await p.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
      await p.keyboard.press('Enter');
    },
    async openFile(name) {
      const p = page();
      await p.keyboard.press('Control+p');
      const input = p.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(name);
      await p.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
      await p.locator('.tab.active', { hasText: name }).waitFor();
      await p.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
    },
    /**
     * Clicks `target` until `expected` shows, at most three times: a tree that is still settling
     * can move its rows under the pointer, so a click may land on the row that was there before.
     */
    async clickUntil(target, expected) {
      for (let attempt = 1; ; attempt++) {
        await target.click();
        try {
          await expected.waitFor({ timeout: 10_000 });
          return;
        } catch (e) {
          if (attempt === 3) throw e;
        }
      }
    },
    /** `line` or `'line:column'`, 1-based. */
    async gotoLine(line) {
      const p = page();
      await p.keyboard.press('Control+g');
      const input = p.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`:${line}`);
      await p.keyboard.press('Enter');
      await p.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    },
  };
}
