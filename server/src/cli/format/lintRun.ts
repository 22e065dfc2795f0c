import type { EvidenceDiagnostic, Locale, SetCoverage } from '../../core';

/** Everything one CLI run found, as the formatters consume it. */
export interface LintRun {
  diagnostics: EvidenceDiagnostic[];
  coverage: SetCoverage[];
  locale: Locale;
  /** Path as shown to the user: relative to the current directory, `/` separators. */
  file: (path: string) => string;
}

export function compareDiagnostics(a: EvidenceDiagnostic, b: EvidenceDiagnostic): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
