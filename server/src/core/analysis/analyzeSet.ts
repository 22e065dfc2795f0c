// Runs every rule of spec §4 over one evidence set and computes its coverage.
import { computeCoverage, type SetCoverage } from '../coverage/coverage';
import { brokenAttachment } from '../rules/attachmentRule';
import { frontmatterInvalid, naWithoutReason, staleEvidence } from '../rules/documentRules';
import { duplicateSection } from '../rules/duplicateSection';
import { noncanonicalId, titleMismatch, unknownClause } from '../rules/idRules';
import { missingClause } from '../rules/missingClause';
import type { SetRule } from '../rules/rule';
import { weaknessRules } from '../rules/weaknessRules';
import type { EvidenceDiagnostic } from '../types';
import { Reporter } from './reporter';
import type { SetContext } from './setContext';

const INDEPENDENT_RULES: SetRule[] = [
  frontmatterInvalid,
  unknownClause,
  noncanonicalId,
  titleMismatch,
  duplicateSection,
  brokenAttachment,
  naWithoutReason,
  staleEvidence,
];

export interface SetResult {
  coverage: SetCoverage;
  diagnostics: EvidenceDiagnostic[];
}

export function analyzeSet(ctx: SetContext): SetResult {
  const reporter = new Reporter(ctx.config, ctx.documents);
  for (const rule of INDEPENDENT_RULES) rule(ctx, reporter);
  // Status depends on the weakness rules; missing-clause depends on status.
  const weak = weaknessRules(ctx, reporter);
  const coverage = computeCoverage(ctx, weak);
  missingClause(ctx, reporter, coverage);
  return { coverage, diagnostics: reporter.diagnostics };
}
