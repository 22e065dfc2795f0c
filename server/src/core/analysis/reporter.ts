import type { EvidenceConfig } from '../config/config';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { EvidenceDiagnostic, Severity } from '../types';

/** What the reporter needs of a rule. */
export interface ReportingRule {
  id: string;
  defaultSeverity: Severity;
}

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export type DraftDiagnostic = Omit<EvidenceDiagnostic, 'severity' | 'rule'>;

/** Collects diagnostics, applying configured severities and inline disable comments. */
export class Reporter {
  readonly diagnostics: EvidenceDiagnostic[] = [];
  private readonly docs = new Map<string, ParsedDocument>();

  constructor(
    private readonly config: EvidenceConfig,
    documents: ParsedDocument[],
  ) {
    for (const d of documents) this.docs.set(d.path, d);
  }

  severity(rule: ReportingRule): Severity | undefined {
    const setting = this.config.rules[rule.id] ?? rule.defaultSeverity;
    return setting === 'off' ? undefined : setting;
  }

  /** Whether the rule would report at this place (enabled, not disabled inline). */
  isActive(rule: ReportingRule, path: string, line: number): boolean {
    if (!this.severity(rule)) return false;
    const doc = this.docs.get(path);
    return !doc || !doc.control.isDisabled(rule.id, line);
  }

  /** Diagnostics a rule reported through a reporter of the same config before, for the very same input (memoised). */
  keep(diagnostics: readonly EvidenceDiagnostic[]): void {
    for (const d of diagnostics) this.diagnostics.push(d);
  }

  /**
   * Reports a diagnostic; returns whether it was kept. `cap` lowers the severity for
   * findings an auditor would only mention (an inferred aspect, an id under an inferred clause).
   */
  report(rule: ReportingRule, draft: DraftDiagnostic, cap?: Severity): boolean {
    const configured = this.severity(rule);
    if (!configured || !this.isActive(rule, draft.path, draft.range.start.line)) return false;
    const severity = cap && SEVERITY_RANK[cap] < SEVERITY_RANK[configured] ? cap : configured;
    this.diagnostics.push({ ...draft, rule: rule.id, severity });
    return true;
  }
}
