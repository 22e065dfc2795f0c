// evidence/export: the server makes the same deliverables as `evidence-lint --export`
// from its own analysis, so what the editor exports and what CI checks never disagree.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import * as XLSX from 'xlsx';
import { ExportRequest } from '../../server/src/protocol/protocol';
import { runCli } from '../cli/helpers/runCli';
import { sofficeConvert } from '../helpers/office';
import { makeWorkspace, removeWorkspace } from './helpers/fixture';
import { LspSession, uriOf } from './helpers/lspSession';

const EXAMPLES = resolve(__dirname, '../../examples');

describe('LSP evidence/export', function () {
  this.timeout(180000);
  let root: string;
  let out: string;
  let session: LspSession;

  before(async () => {
    root = makeWorkspace({});
    cpSync(EXAMPLES, root, { recursive: true });
    out = makeWorkspace({});
    session = await LspSession.start({ root, locale: 'zh-CN' });
    await session.waitForCoverage((c) => c.length === 1);
  });
  after(async () => {
    await session?.stop();
    removeWorkspace(root);
    removeWorkspace(out);
  });

  /** The server's bytes, written to a file, and the CLI's export of the same folder. */
  async function both(format: 'xlsx' | 'docx' | 'html'): Promise<{ server: string; cli: string }> {
    const result = await session.connection.sendRequest(ExportRequest.type, { format, uri: uriOf(join(root, '01-售后服务体系.md')) });
    assert.ok(result, 'an export');
    mkdirSync(join(out, 'server'), { recursive: true });
    const server = join(out, 'server', `deliverable.${format}`);
    writeFileSync(server, Buffer.from(result.data, 'base64'));
    const cli = join(out, 'cli', `deliverable.${format}`);
    const r = runCli(['.', '--export', format, '--out', cli, '--locale', 'zh-CN'], root);
    assert.equal(r.stderr, '');
    return { server, cli };
  }

  it("the workbook equals the CLI's, and LibreOffice recalculates it to 78.4", async () => {
    const { server, cli } = await both('xlsx');
    const sheets = (file: string) => {
      const book = XLSX.readFile(file);
      return book.SheetNames.map((name) => XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1, raw: true }));
    };
    assert.deepEqual(sheets(server), sheets(cli));
    const recalculated = XLSX.readFile(sofficeConvert(server, 'xlsx', join(out, 'recalc')));
    const table = XLSX.utils.sheet_to_json<unknown[]>(recalculated.Sheets['自评表'], { header: 1, raw: true });
    assert.equal(table.find((r) => r[0] === '最终得分')?.[6], 78.4);
  });

  it("the dossier and the HTML report equal the CLI's", async () => {
    const docx = await both('docx');
    const html = async (file: string) => (await mammoth.convertToHtml({ path: file })).value;
    assert.equal(await html(docx.server), await html(docx.cli));
    const report = await both('html');
    assert.equal(readFileSync(report.server, 'utf8'), readFileSync(report.cli, 'utf8'));
  });

  it('answers null where there is no evidence set', async () => {
    const result = await session.connection.sendRequest(ExportRequest.type, { format: 'xlsx', uri: uriOf('/nonexistent/x.md') });
    assert.equal(result, null);
  });
});
