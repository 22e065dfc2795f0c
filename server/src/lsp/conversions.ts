// Core <-> LSP value conversions: paths and URIs, diagnostics, edits.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Location, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { ruleDocPath, type EvidenceDiagnostic, type FileEdit, type Locale, type Range, type Severity } from '../core';
import { builtinCatalogDir } from '../node/builtinCatalogs';

/** Core paths are absolute with `/` separators. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

// URIs as the client spelled them for open documents, so published URIs match exactly.
const clientUris = new Map<string, string>();

export function rememberClientUri(uri: string): void {
  const path = uriToPath(uri);
  if (path) clientUris.set(path, uri);
}

// pathToFileURL is costly and every analysis converts thousands of paths: remember them.
const derivedUris = new Map<string, string>();

export function pathToUri(path: string): string {
  let uri = clientUris.get(path) ?? derivedUris.get(path);
  if (uri === undefined) {
    uri = pathToFileURL(path).href;
    if (derivedUris.size > 100_000) derivedUris.clear();
    derivedUris.set(path, uri);
  }
  return uri;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostic's source as the Problems panel shows it; the rule id is its code. */
const SOURCE: Record<Locale, string> = { en: 'Compliance Evidence', 'zh-CN': '合规证据' };

const ruleDocHrefs = new Map<string, string>();

/** The bundled rule explanation (docs/rules/, beside clauses/ at the extension's root): opens offline, in the user's language. */
function ruleDocHref(rule: string, locale: Locale): string {
  const key = `${locale}\u0000${rule}`;
  let href = ruleDocHrefs.get(key);
  if (href === undefined) {
    href = pathToFileURL(join(dirname(builtinCatalogDir()), ruleDocPath(rule, locale))).href;
    ruleDocHrefs.set(key, href);
  }
  return href;
}

export function toLspDiagnostic(d: EvidenceDiagnostic, locale: Locale): Diagnostic {
  const related = (d.related ?? []).map((r) => ({ location: location(r.path, r.range), message: r.message }));
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocHref(d.rule, locale) },
    source: SOURCE[locale],
    message: d.message,
    ...(related.length ? { relatedInformation: related } : {}),
    ...(d.clause ? { data: { clause: d.clause } } : {}),
  };
}

export function location(path: string, range: Range): Location {
  return { uri: pathToUri(path), range };
}

export function toWorkspaceEdit(edits: FileEdit[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) (changes[pathToUri(e.path)] ??= []).push({ range: e.range, newText: e.newText });
  return { changes };
}

export function rangesEqual(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(range: Range, pos: Range['start']): boolean {
  return comparePositions(range.start, pos) <= 0 && comparePositions(pos, range.end) <= 0;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
