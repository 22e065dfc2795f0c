// Starts one server on a fresh copy of a workspace for a describe block. In
// single-file mode the client names no folder; opening index.md makes its
// directory the folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoverageTreeRequest } from '../../../server/src/protocol/protocol';
import { makeWorkspace, removeWorkspace } from './fixture';
import { LspSession, uriOf, type Mode } from './lspSession';

export interface Started {
  session: LspSession;
  root: string;
  uri(rel: string): string;
  path(rel: string): string;
}

export function useServer(mode: Mode, files: Record<string, string>, settings: Record<string, unknown> = {}): Started {
  const started = {} as Started;
  before(async function () {
    this.timeout(30000);
    const root = makeWorkspace(files);
    started.root = root;
    started.path = (rel) => join(root, rel);
    started.uri = (rel) => uriOf(join(root, rel));
    started.session = await LspSession.start({ root: mode === 'workspace' ? root : undefined, locale: 'zh-CN', settings });
    if (files['index.md'] !== undefined) await started.session.open(started.path('index.md'), readFileSync(started.path('index.md'), 'utf8'));
    // The folder is indexed and analysed before the first test: any test can run alone (--grep).
    await started.session.connection.sendRequest(CoverageTreeRequest.type);
  });
  after(async () => {
    await started.session?.stop();
    if (started.root) removeWorkspace(started.root);
  });
  return started;
}
