// The real readers the deliverables are checked with: LibreOffice headless
// (converts, and recalculates every formula on load), poppler (PDF text, page
// size, pictures) and unzip (the raw sheet XML). Missing tools fail the test
// with the command that installs them; nothing is skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

const SETUP = 'run `bash test/office/install.sh` (scripts/test-all.sh runs it)';

export function requireTool(command: string): void {
  const r = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} is not installed: ${SETUP}`);
}

function run(command: string, args: string[], timeout = 180000): string {
  requireTool(command);
  const r = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** A LibreOffice profile of its own (parallel runs would block each other) that recalculates every formula on load. */
function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-lo-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  const recalc = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${recalc('OOXMLRecalcMode')}\n${recalc('ODFRecalcMode')}\n</oor:items>\n`,
  );
  return dir;
}

/** Converts with LibreOffice headless (`pdf`, `xlsx`, `csv`…) into `outDir`; returns the new file's path. */
export function sofficeConvert(file: string, to: string, outDir: string): string {
  const home = profile();
  try {
    mkdirSync(outDir, { recursive: true });
    run('soffice', [`-env:UserInstallation=file://${home}`, '--headless', '--convert-to', to, '--outdir', outDir, file]);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  const want = `${basename(file, extname(file))}.${to.split(':')[0]}`;
  if (!readdirSync(outDir).includes(want)) throw new Error(`LibreOffice wrote no ${want} in ${outDir}`);
  return join(outDir, want);
}

/** The PDF's text in reading order (a wrapped cell stays together), or laid out as printed (`layout`). */
export function pdfText(pdf: string, layout = false): string {
  return run('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-']);
}

/** Page size in points of the first page, e.g. { width: 841.89, height: 595.276 } for A4 landscape. */
export function pdfPageSize(pdf: string): { width: number; height: number; pages: number } {
  const info = run('pdfinfo', [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  if (!size || !pages) throw new Error(`pdfinfo gave no page size: ${info}`);
  return { width: Number(size[1]), height: Number(size[2]), pages: Number(pages[1]) };
}

/** Renders page 1 of a PDF to `<prefix>-1.png` (or -01…) at `dpi`; returns the file. */
export function pdfFirstPagePng(pdf: string, prefix: string, dpi = 60): string {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

/** One member of a zip (an .xlsx or .docx part) as text. */
export function zipEntry(file: string, entry: string): string {
  return run('unzip', ['-p', file, entry]);
}

/** Text without whitespace, for finding words a PDF wrapped across lines. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Prints an HTML file to PDF with headless Chromium, as a browser's "Print → Save as PDF" does. */
export function chromiumPrintToPdf(html: string, pdf: string): string {
  const home = mkdtempSync(join(tmpdir(), 'evidence-chromium-'));
  try {
    run('chromium', [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      `--user-data-dir=${home}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ]);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  return pdf;
}
