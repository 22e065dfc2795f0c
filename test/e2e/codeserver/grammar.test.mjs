// Tokenizes markdown with VS Code's own markdown grammar plus our injection grammar, using the
// vscode-textmate and vscode-oniguruma that code-server ships (in .tools, see setup.sh).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, TOOLS } from './harness.mjs';

const VS = path.join(TOOLS, 'node_modules', 'code-server', 'lib', 'vscode');
const require = createRequire(path.join(VS, 'package.json'));

describe('injection grammar (syntaxes/evidence.injection.tmLanguage.json)', function () {
  let grammar;

  before(async function () {
    if (!fs.existsSync(VS)) this.skip();
    const tm = require('vscode-textmate');
    const onig = require('vscode-oniguruma');
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const grammars = {
      'text.html.markdown': path.join(VS, 'extensions/markdown-basics/syntaxes/markdown.tmLanguage.json'),
      'markdown.evidence.injection': path.join(ROOT, 'syntaxes/evidence.injection.tmLanguage.json'),
    };
    const registry = new tm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) }),
      loadGrammar: async (scope) => (grammars[scope] ? tm.parseRawGrammar(fs.readFileSync(grammars[scope], 'utf8'), grammars[scope]) : null),
      getInjections: (scope) => (scope === 'text.html.markdown' ? ['markdown.evidence.injection'] : []),
    });
    grammar = await registry.loadGrammar('text.html.markdown');
  });

  /** token text -> scopes, for every token of the given lines */
  function tokenize(text) {
    let stack = null;
    const out = [];
    for (const line of text.split('\n')) {
      const r = grammar.tokenizeLine(line, stack);
      for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
      stack = r.ruleStack;
    }
    return out;
  }
  const scopesOf = (tokens, text) => tokens.find((t) => t.text === text)?.scopes ?? [];

  it('scopes the clause id of an ATX heading and keeps the heading scopes', () => {
    const tokens = tokenize('#### 5.1.1.1 售后服务部门及职能岗位');
    assert.ok(
      scopesOf(tokens, '5.1.1.1').some((s) => s.startsWith('constant.numeric.clause-id.evidence')),
      JSON.stringify(tokens),
    );
    assert.ok(scopesOf(tokens, '5.1.1.1').some((s) => s.startsWith('markup.heading.markdown')));
  });

  it('scopes § references in text', () => {
    const tokens = tokenize('详见 §5.1.4.1 的规定');
    assert.ok(
      scopesOf(tokens, '5.1.4.1').some((s) => s.startsWith('constant.numeric.clause-id.evidence')),
      JSON.stringify(tokens),
    );
    assert.ok(scopesOf(tokens, '§').some((s) => s.startsWith('punctuation.definition.clause-reference.evidence')));
  });

  it('scopes <!-- clause: … --> tags', () => {
    const tokens = tokenize('<!-- clause: 5.1.5.1 -->');
    assert.ok(
      scopesOf(tokens, '5.1.5.1').some((s) => s.startsWith('constant.numeric.clause-id.evidence')),
      JSON.stringify(tokens),
    );
    assert.ok(scopesOf(tokens, 'clause').some((s) => s.startsWith('keyword.other.clause-tag.evidence')));
  });

  it("leaves a document's own numbering and code blocks alone", () => {
    const own = tokenize('### 1.1 适用范围');
    assert.ok(!own.some((t) => t.scopes.some((s) => s.includes('clause-id'))), JSON.stringify(own));
    const code = tokenize('```\n§5.1.2\n```');
    assert.ok(!code.some((t) => t.scopes.some((s) => s.includes('clause-id'))), JSON.stringify(code));
  });
});
