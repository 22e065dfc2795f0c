// What the code-server e2e files do in the workbench, written once: numbered screenshots into a
// folder, running a palette command, opening a file by name, going to a line (or line:column).
import path from 'node:path';

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
