// Runs the extension tests inside a downloaded VS Code (desktop, Electron) with @vscode/test-electron.
// Needs access to update.code.visualstudio.com; it cannot run on the CI machine (use the code-server
// suite in ../codeserver there). Usage: npm run test:e2e:electron  [VSCODE_VERSION=1.100.3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-electron-'));
const workspace = path.join(tmp, 'examples');
fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test/e2e/electron/suite/index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale', 'zh-cn', '--user-data-dir', path.join(tmp, 'user-data')],
    extensionTestsEnv: { EVIDENCE_E2E_WORKSPACE: workspace },
  });
} catch (e) {
  console.error('extension tests failed:', e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
