// Quick manual check: node test/e2e/codeserver/smoke.mjs -> test-results/e2e-codeserver/smoke.png
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, RESULTS, startCodeServer, launchBrowser } from './harness.mjs';

fs.mkdirSync(RESULTS, { recursive: true });
const server = await startCodeServer({ vsix: path.join(ROOT, 'compliance-evidence.vsix'), workspaceSource: path.join(ROOT, 'examples'), locale: 'zh-cn' });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') console.log('console:', m.text().slice(0, 300));
  });
  page.on('requestfailed', (r) => console.log('reqfail:', r.url().slice(0, 200)));
  await page.goto(`${server.url}/?folder=${encodeURIComponent(server.workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page
    .getByRole('treeitem', { name: /01-售后服务体系\.md/ })
    .first()
    .click();
  await page.locator('.monaco-editor').first().waitFor();
  await page.keyboard.press('Control+Shift+M');
  await page
    .getByText(process.argv[2] ?? '在本证据集中没有证据章节')
    .first()
    .waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(RESULTS, 'smoke.png') });
  console.log('ok', server.dir);
} catch (e) {
  const [p0] = browser.contexts()[0]?.pages() ?? [];
  if (p0) await p0.screenshot({ path: path.join(RESULTS, 'smoke-failed.png') });
  throw e;
} finally {
  await browser.close();
  server.stop();
}
