// Shared value types of the language service core. Positions follow LSP:
// zero-based line, character counted in UTF-16 code units.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type Locale = 'zh-CN' | 'en';

/** A text edit on one file. */
export interface FileEdit {
  path: string;
  range: Range;
  newText: string;
}

/** A quick fix the core computes; front ends turn it into their own edit type. */
export interface Fix {
  title: string;
  edits: FileEdit[];
  isPreferred?: boolean;
}

export interface RelatedLocation {
  path: string;
  range: Range;
  message: string;
}

export interface EvidenceDiagnostic {
  path: string;
  range: Range;
  rule: string;
  severity: Severity;
  message: string;
  /** Canonical clause id the diagnostic is about, when there is one. */
  clause?: string;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

export type ClauseStatus = 'covered' | 'weak' | 'missing' | 'not-applicable';
