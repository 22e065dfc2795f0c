// A markdown-it plugin for VS Code's own markdown preview: a status badge after
// each clause heading (已覆盖 / 薄弱 / 缺失 / 不适用, the requirement as its tooltip)
// and `§` references as links to the clause's section. It reads the coverage
// trees the server sent: which heading is a clause is decided by the server (a
// tree node lists its sections by document and line), not guessed here.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { statusLabel } from './coverageTree';
import type { CoverageTreeNode } from './lsp_ext';

/* The parts of markdown-it this plugin uses. */
interface Token {
  type: string;
  map: [number, number] | null;
  content: string;
  children: Token[] | null;
  attrs: [string, string][] | null;
}
interface TokenConstructor {
  new (type: string, tag: string, nesting: number): Token;
}
interface MarkdownIt {
  renderer: { rules: Record<string, ((tokens: Token[], idx: number, options: unknown, env: PreviewEnv, self: Renderer) => string) | undefined> };
  core: { ruler: { push(name: string, rule: (state: { tokens: Token[]; env: PreviewEnv; Token: TokenConstructor }) => void): void } };
  utils: { escapeHtml(s: string): string };
}
interface Renderer {
  renderToken(tokens: Token[], idx: number, options: unknown): string;
}
interface PreviewEnv {
  currentDocument?: vscode.Uri;
}

/** `§ 5.1.4.1` as written in text (the link is made only for ids the server's tree knows). */
const REFERENCE = /§\s*(\d+(?:\.\d+)*)/g;

export function evidencePreviewPlugin(ctx: Ctx): (md: MarkdownIt) => MarkdownIt {
  /** The clause node whose section starts at this line of this document. */
  const clauseAtLine = (uri: string | undefined, line: number): CoverageTreeNode | undefined => {
    if (!uri) return undefined;
    for (const set of ctx.sets) for (const n of set.nodes) if (n.sections.some((s) => s.uri === uri && s.line === line)) return n;
    return undefined;
  };
  const clauseById = (uri: string | undefined, id: string): CoverageTreeNode | undefined => {
    const set = ctx.sets.find((s) => uri !== undefined && s.documents.includes(uri)) ?? ctx.sets[0];
    return set?.nodes.find((n) => n.id === id);
  };

  return (md) => {
    const close = md.renderer.rules.heading_close;
    md.renderer.rules.heading_close = (tokens, idx, options, env, self) => {
      const open = tokens[idx - 2];
      const node = open?.map ? clauseAtLine(env.currentDocument?.toString(), open.map[0]) : undefined;
      const badge = node
        ? ` <span class="evidence-badge evidence-${node.status}" title="${md.utils.escapeHtml(node.text ?? node.title)}">${md.utils.escapeHtml(statusLabel(node.status))}</span>`
        : '';
      return badge + (close ? close(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options));
    };
    md.core.ruler.push('evidence_references', (state) => {
      const uri = state.env.currentDocument?.toString();
      for (const block of state.tokens) {
        if (block.type !== 'inline' || !block.children) continue;
        const out: Token[] = [];
        for (const token of block.children) {
          if (token.type !== 'text' || !REFERENCE.test(token.content)) {
            out.push(token);
            continue;
          }
          REFERENCE.lastIndex = 0;
          let last = 0;
          for (const m of token.content.matchAll(REFERENCE)) {
            const target = clauseById(uri, m[1])?.sections[0];
            if (!target) continue;
            const before = new state.Token('text', '', 0);
            before.content = token.content.slice(last, m.index);
            const open = new state.Token('link_open', 'a', 1);
            open.attrs = [
              ['href', `${target.uri}#L${target.line + 1}`],
              ['class', 'evidence-reference'],
            ];
            const text = new state.Token('text', '', 0);
            text.content = m[0];
            out.push(before, open, text, new state.Token('link_close', 'a', -1));
            last = m.index + m[0].length;
          }
          const rest = new state.Token('text', '', 0);
          rest.content = token.content.slice(last);
          out.push(rest);
        }
        block.children = out;
      }
    });
    return md;
  };
}

/** Refreshes open previews when the coverage changes, so badges follow the live status. */
export function refreshPreviewsOnCoverage(ctx: Ctx): vscode.Disposable {
  return ctx.onDidChangeCoverage(() => void vscode.commands.executeCommand('markdown.preview.refresh'));
}
