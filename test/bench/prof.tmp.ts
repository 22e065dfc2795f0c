import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generateSet } from './generate';
import { LspSession } from '../lsp/helpers/lspSession';
(async () => {
  const set = generateSet(join(mkdtempSync(join(tmpdir(), 'p-')), 's'), 1000);
  const session = await LspSession.start({ root: set.root, locale: 'zh-CN' });
  await session.waitFor('indexing', () => session.progress.some((p) => p.kind === 'end'));
  const text = readFileSync(set.files[0], 'utf8');
  const uri = await session.open(set.files[0], text);
  await session.waitForDiagnostics(uri, () => true);
  await session.connection.sendRequest('$/startProfile').catch(() => undefined);
  const line = text.split('\n').length - 2;
  let previous = '';
  const t0 = Date.now();
  for (let i = 0; i < 60; i++) {
    const insert = ` [x](附件/nope-${i}.pdf)`;
    const lineText = session.text(uri).split('\n')[line];
    await session.edit(uri, [{ range: { start: { line, character: lineText.length - previous.length }, end: { line, character: lineText.length } }, newText: insert }]);
    await session.waitForDiagnostics(uri, (d) => d.some((x) => x.message.includes(`nope-${i}.pdf`)));
    previous = insert;
  }
  console.log('edits ms', Date.now() - t0);
  const pid = session.pid;
  await session.connection.sendRequest('shutdown');
  await session.connection.sendNotification('exit');
  for (let i = 0; i < 100; i++) { try { process.kill(pid, 0); } catch { break; } await new Promise((r) => setTimeout(r, 100)); }
  process.exit(0);
})();
