// Drives the real language server (node dist/server.js --stdio) with generated
// documents and edits, and checks after every step:
// - the server is alive and answers (each request within a bound);
// - its view of the text equals the client's: the diagnostics it publishes are
//   exactly what the core computes from the client's copy of the text (ranges
//   and messages depend on every character), and document symbols lie inside it;
// - every diagnostic range lies inside the document;
// - a quick fix applies cleanly (edits inside the document, not overlapping, all
//   for the open document), keeps the document's line endings, removes its
//   diagnostic, and adds no error;
// - no handler failure, analysis failure or uncaught exception in the server log.
import { bundledRuleDocHref } from '../../../server/src/node/ruleDocHref';
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import {
  CodeActionRequest,
  DocumentSymbolRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeFolder, mergeConfig, parseEvidenceDocument } from '../../../server/src/core';
import { toLspDiagnostic } from '../../../server/src/service/conversions';
import { catalogRegistry } from '../../../server/src/node/builtinCatalogs';
import { findConfigFile, readConfigFile } from '../../../server/src/node/configFile';
import { existsSync } from 'node:fs';
import type { LspSession } from '../../lsp/helpers/lspSession';
import type { GeneratedDoc, Op } from './evidenceArbitraries';

const ANSWER_MS = 10000;

export const FUZZ_WORKSPACE: Record<string, string> = {
  'evidence.config.yaml': 'standard: GB/T 27922-2011\nminChars: 10\n',
  '附件/证据.pdf': '%PDF-1.4 fuzz',
  '附件/图.png': 'png',
};

export interface FuzzStats {
  runs: number;
  edits: number;
  fixes: number;
  fixesTried: number;
}

function within<T>(what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`server stopped answering: ${what} (${ANSWER_MS} ms)`)), ANSWER_MS);
    }),
  ]);
}

type Key = { range: Range; severity?: number; code?: string | number; message: string };
const key = (d: Diagnostic | Key): Key => ({ range: d.range, severity: d.severity, code: d.code, message: d.message });
const sortKeys = (list: Key[]) => list.map((k) => JSON.stringify(k)).sort();

function eolOf(text: string): '\n' | '\r\n' | 'mixed' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  const cr = (text.match(/\r/g) ?? []).length;
  if (crlf === 0 && cr === 0) return '\n';
  if (crlf === lf && crlf === cr) return '\r\n';
  return 'mixed';
}

function inside(doc: TextDocument, r: Range): boolean {
  const last = doc.lineCount - 1;
  const ok = (p: Range['start']) => {
    if (p.line < 0 || p.line > last || p.character < 0) return false;
    const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    return p.character <= lineText.length;
  };
  return ok(r.start) && ok(r.end) && doc.offsetAt(r.start) <= doc.offsetAt(r.end);
}

/** An offset that does not split a surrogate pair or a CRLF (no editor produces those). */
function snap(text: string, offset: number): number {
  let o = Math.max(0, Math.min(text.length, offset));
  const hi = (c: number) => c >= 0xd800 && c <= 0xdbff;
  if (o > 0 && o < text.length && hi(text.charCodeAt(o - 1)) && !hi(text.charCodeAt(o)) && text.charCodeAt(o) >= 0xdc00 && text.charCodeAt(o) <= 0xdfff) o--;
  if (o > 0 && text[o - 1] === '\r' && text[o] === '\n') o--;
  return o;
}

export class ServerFuzzer {
  readonly stats: FuzzStats = { runs: 0, edits: 0, fixes: 0, fixesTried: 0 };
  private logSeen = 0;
  lastFailure = '';

  constructor(
    private readonly session: LspSession,
    private readonly root: string,
  ) {}

  /** One property run: open a fresh document, apply the ops, close it. */
  async run(initial: GeneratedDoc, ops: Op[]): Promise<void> {
    const n = ++this.stats.runs;
    const path = join(this.root, `fuzz-${n}.md`);
    const uri = await this.session.open(path, initial.text);
    const trail: string[] = [`open ${JSON.stringify(initial.text)}`];
    try {
      await this.check(uri, path, trail);
      for (const op of ops) {
        if (op.kind === 'edit') await this.edit(uri, path, initial.eol, op, trail);
        else await this.fix(uri, path, op.pick, trail);
      }
    } catch (e) {
      // fast-check shows the generated values; the concrete steps are easier to replay.
      this.lastFailure = `steps (last 4):\n  ${trail.slice(-4).join('\n  ')}`;
      if (process.env.FUZZ_VERBOSE) console.error(this.lastFailure);
      throw e;
    } finally {
      await this.session.close(uri);
    }
  }

  private async edit(uri: string, path: string, eol: '\n' | '\r\n', op: Extract<Op, { kind: 'edit' }>, trail: string[]): Promise<void> {
    const text = this.session.text(uri);
    const doc = TextDocument.create(uri, 'markdown', 0, text);
    const spans = op.edits
      .map((e) => {
        const from = snap(text, text.length ? e.from % (text.length + 1) : 0);
        const to = Math.max(from, snap(text, from + e.len));
        return { from, to, text: e.text.replace(/\r?\n/g, eol) };
      })
      .sort((a, b) => a.from - b.from)
      .filter((s, i, all) => i === 0 || s.from >= all[i - 1].to); // non-overlapping
    const edits: TextEdit[] = spans.map((s) => ({ range: { start: doc.positionAt(s.from), end: doc.positionAt(s.to) }, newText: s.text }));
    trail.push(`edit ${JSON.stringify(edits)}`);
    await this.session.edit(uri, edits);
    this.stats.edits++;
    await this.check(uri, path, trail);
  }

  private async actions(uri: string): Promise<CodeAction[]> {
    const doc = TextDocument.create(uri, 'markdown', 0, this.session.text(uri));
    const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
    const result = await within(
      'codeAction',
      this.session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: whole,
        context: { diagnostics: this.session.diagnostics.get(uri) ?? [] },
      }),
    );
    return (result ?? []) as CodeAction[];
  }

  private async fix(uri: string, path: string, pick: number, trail: string[]): Promise<void> {
    const actions = (await this.actions(uri)).filter((a) => a.edit);
    this.stats.fixesTried++;
    if (!actions.length) return;
    const action = actions[pick % actions.length];
    const before = this.session.text(uri);
    const doc = TextDocument.create(uri, 'markdown', 0, before);
    const diagsBefore = this.session.diagnostics.get(uri) ?? [];
    trail.push(`fix ${JSON.stringify(action.title)} on ${JSON.stringify(before)}: ${JSON.stringify(action.edit)}`);

    // Applies cleanly: only this document, ranges inside it, no two overlapping.
    const changes = action.edit!.changes ?? {};
    assert.deepEqual(Object.keys(changes), [uri], `fix "${action.title}" edits other files: ${Object.keys(changes).join(', ')}`);
    const edits = changes[uri];
    for (const e of edits) assert.ok(inside(doc, e.range), `fix "${action.title}" edit outside the document: ${JSON.stringify(e.range)}`);
    const offsets = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i][0] >= offsets[i - 1][1], `fix "${action.title}" has overlapping edits`);

    await this.session.edit(uri, edits);
    this.stats.fixes++;
    const after = this.session.text(uri);
    // Keeps the line endings of a document that has one style.
    const style = eolOf(before);
    if (style !== 'mixed' && before.includes('\n')) {
      for (const e of edits) {
        if (style === '\n') assert.ok(!e.newText.includes('\r'), `fix "${action.title}" inserts CR into an LF document`);
        else assert.ok(!/(^|[^\r])\n/.test(e.newText), `fix "${action.title}" inserts a bare LF into a CRLF document: ${JSON.stringify(e.newText)}`);
      }
      assert.equal(eolOf(after), style, `fix "${action.title}" changed the line endings`);
    }
    const diagsAfter = await this.check(uri, path, trail);

    // Its diagnostic is gone (one fewer of that rule and message), and no new error.
    const count = (list: Diagnostic[], d: Diagnostic) => list.filter((x) => x.code === d.code && x.message === d.message).length;
    if (action.kind === 'quickfix') {
      for (const d of action.diagnostics ?? []) {
        assert.ok(count(diagsAfter, d) < count(diagsBefore, d), `fix "${action.title}" left its diagnostic: ${d.code} ${d.message}`);
      }
    }
    const errors = (list: Diagnostic[]) => list.filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`);
    const remaining = [...errors(diagsBefore)];
    const added = errors(diagsAfter).filter((e) => {
      const i = remaining.indexOf(e);
      if (i < 0) return true;
      remaining.splice(i, 1);
      return false;
    });
    assert.deepEqual(added, [], `fix "${action.title}" added errors`);
  }

  /** Syncs with the server, then compares its answers with the client's text. */
  private async check(uri: string, path: string, trail: string[]): Promise<Diagnostic[]> {
    // codeAction flushes the debounced analysis; its diagnostics are published before the answer.
    await this.actions(uri);
    const text = this.session.text(uri);
    const doc = TextDocument.create(uri, 'markdown', 0, text);
    const published = this.session.diagnostics.get(uri) ?? [];
    for (const d of published) {
      assert.ok(inside(doc, d.range), `diagnostic outside the document: ${d.code} ${JSON.stringify(d.range)}`);
    }

    const expected = expectedDiagnostics(this.root, path, text);
    assert.deepEqual(sortKeys(published.map(key)), sortKeys(expected.map(key)), "the server's diagnostics differ from the core's on the client's text");

    const symbols = (await within('documentSymbol', this.session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }))) as
      DocumentSymbol[] | null;
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    for (const s of all(symbols ?? [])) {
      assert.ok(inside(doc, s.range) && inside(doc, s.selectionRange), `symbol ${s.name} outside the document`);
    }

    const log = this.session.log.slice(this.logSeen);
    this.logSeen = this.session.log.length;
    const bad = log.filter((l) => /failed|uncaught|unhandled/i.test(l));
    assert.deepEqual(bad, [], 'the server logged a failure');
    if (trail.length > 200) trail.splice(0, trail.length - 50);
    return published;
  }
}

/** What the core says about the client's text, converted as the server converts it. */
export function expectedDiagnostics(root: string, path: string, text: string): Diagnostic[] {
  const { config: fileConfig } = readConfigFile(findConfigFile(root));
  const config = mergeConfig(fileConfig, {});
  const { registry } = catalogRegistry(config.catalogs, root);
  const result = analyzeFolder({
    root,
    config,
    catalogs: registry,
    documents: [parseEvidenceDocument(path, text)],
    fs: { exists: existsSync },
    locale: 'en',
    now: new Date(),
  });
  return [...result.diagnostics, ...result.sets.flatMap((s) => s.diagnostics)]
    .filter((d) => d.path === path)
    .map((d) => toLspDiagnostic(d, 'en', bundledRuleDocHref));
}
