// Starts code-server (from <repo>/.tools, see setup.sh) with the extension installed from the .vsix,
// as its own process group, and a headless Debian chromium driven by playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TOOLS = process.env.EVIDENCE_E2E_TOOLS ?? path.join(ROOT, '.tools');
export const RESULTS = path.join(ROOT, 'test-results', 'e2e-codeserver');
const CODE_SERVER = path.join(TOOLS, 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function loadPlaywright() {
  const require = createRequire(path.join(TOOLS, 'package.json'));
  return require('playwright-core');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200)); // poll interval of a readiness probe, not a UI wait
  }
  throw new Error(`code-server did not become healthy within ${timeoutMs} ms`);
}

/**
 * VS Code only switches its display language (and `vscode.env.language`, which the extension and
 * the language server follow) to a locale for which a language pack is registered in
 * <user-data>/languagepacks.json. Real packs come from the marketplace, unreachable here; a
 * registration with an empty translation file is enough: the workbench stays English, but
 * extensions run with `zh-cn`.
 */
function registerLocale(userData, locale) {
  const translations = path.join(userData, `e2e-language-pack-${locale}.i18n.json`);
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(
    path.join(userData, 'languagepacks.json'),
    JSON.stringify({
      [locale]: {
        hash: `e2e-${locale}`,
        extensions: [{ extensionIdentifier: { id: `e2e.language-pack-${locale}` }, version: '1.0.0' }],
        translations: { vscode: translations },
        label: locale,
      },
    }),
  );
}

/**
 * @param {{ vsix: string, workspaceSource: string, locale?: string, settings?: Record<string, unknown> }} opts
 */
export async function startCodeServer(opts) {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`${CODE_SERVER} missing: run test/e2e/codeserver/setup.sh`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-e2e-'));
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'workbench.enableExperiments': false,
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'workbench.tips.enabled': false,
        'chat.commandCenter.enabled': false,
        'editor.minimap.enabled': false,
        'window.commandCenter': false,
        ...opts.settings,
      },
      null,
      2,
    ),
  );
  // The workspace is a copy: the quick-fix step edits it.
  const workspace = path.join(dir, 'workspace', path.basename(opts.workspaceSource));
  fs.cpSync(opts.workspaceSource, workspace, { recursive: true });

  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', path.join(dir, 'config.yaml')];
  execFileSync(CODE_SERVER, [...common, '--install-extension', opts.vsix], { stdio: 'pipe', timeout: 120_000 });
  if (opts.locale && opts.locale !== 'en') registerLocale(userData, opts.locale);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(path.join(dir, 'code-server.log'), 'a');
  const args = [
    ...common,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(opts.locale ? ['--locale', opts.locale] : []),
    workspace,
  ];
  // detached: its own process group, so stop() can kill code-server and every child it spawned
  // (extension host, language servers, file watcher).
  const child = spawn(CODE_SERVER, args, { detached: true, stdio: ['ignore', log, log] });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        return; // group gone
      }
      execFileSync('sleep', ['0.1']);
    }
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone
    }
  };
  process.once('exit', stop);
  try {
    await waitForHealth(url, child, 60_000);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, port, dir, userData, workspace, pid: child.pid, stop, logFile: path.join(dir, 'code-server.log') };
}

export async function launchBrowser() {
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  });
}

/** Copies the extension host logs next to the screenshots (useful when a step fails). */
export function collectLogs(server) {
  const dest = path.join(RESULTS, 'logs');
  fs.mkdirSync(dest, { recursive: true });
  try {
    fs.copyFileSync(server.logFile, path.join(dest, 'code-server.log'));
    const logs = path.join(server.userData, 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(dest, 'user-data-logs'), { recursive: true });
  } catch {
    // best effort
  }
}
