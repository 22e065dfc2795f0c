// Runs every rule of spec §4 over one evidence set and computes its coverage.
import { commitmentTable } from '../claims/commitmentTable';
import { computeCoverage, type SectionVerdict, type SetCoverage } from '../coverage/coverage';
import { brokenAttachment } from '../rules/attachmentRule';
import { frontmatterInvalid, naWithoutReason, noClauseSection, staleEvidence } from '../rules/documentRules';
import { commitmentMismatch } from '../rules/commitmentMismatch';
import { duplicateSection } from '../rules/duplicateSection';
import { noncanonicalId, titleMismatch, unknownClause } from '../rules/idRules';
import { missingClause } from '../rules/missingClause';
import { ratioBelowRequirement } from '../rules/ratioBelowRequirement';
import type { SetRule } from '../rules/rule';
import { weaknessRules } from '../rules/weaknessRules';
import type { ParsedDocument, SectionCandidate } from '../parse/evidenceDocument';
import type { EvidenceDiagnostic } from '../types';
import { Reporter } from './reporter';
import type { SetContext } from './setContext';

/** Rules that look at one document at a time: their results are kept per document version. */
const DOCUMENT_RULES: SetRule[] = [frontmatterInvalid, noClauseSection, unknownClause, noncanonicalId, titleMismatch, brokenAttachment, staleEvidence];
/** Rules that need the whole set. */
const SET_RULES: SetRule[] = [duplicateSection, naWithoutReason, commitmentMismatch, ratioBelowRequirement];

export interface SetResult {
  coverage: SetCoverage;
  diagnostics: EvidenceDiagnostic[];
}

interface DocumentResult {
  /** What the result depends on besides the document itself, compared by identity. */
  inputs: unknown[];
  diagnostics: EvidenceDiagnostic[];
  verdicts: Map<SectionCandidate, SectionVerdict>;
}

/**
 * Per-document results by document version. A keystroke changes one document:
 * the others keep their diagnostics (the same objects), and only the set-level
 * rules and coverage run over the whole set again.
 */
const documentResults = new WeakMap<ParsedDocument, DocumentResult>();

function documentResult(ctx: SetContext, doc: ParsedDocument): DocumentResult {
  // Not-applicable clauses are declared set-wide and exempt sections from the weakness rules.
  const inputs = [ctx.catalog, ctx.config, ctx.fs, ctx.root, ctx.locale, ctx.now.toISOString().slice(0, 10), ctx.notApplicableKey];
  const known = documentResults.get(doc);
  if (known && known.inputs.every((x, i) => x === inputs[i])) return known;
  const docCtx: SetContext = { ...ctx, documents: [doc], sections: ctx.sectionsByDoc.get(doc) ?? [] };
  const reporter = new Reporter(ctx.config, [doc]);
  for (const rule of DOCUMENT_RULES) rule(docCtx, reporter);
  const verdicts = weaknessRules(docCtx, reporter);
  const result = { inputs, diagnostics: reporter.diagnostics, verdicts };
  documentResults.set(doc, result);
  return result;
}

export function analyzeSet(ctx: SetContext): SetResult {
  const perDocument = ctx.documents.map((doc) => documentResult(ctx, doc));
  const reporter = new Reporter(ctx.config, ctx.documents);
  for (const rule of SET_RULES) rule(ctx, reporter);
  // Status depends on the weakness rules; missing-clause depends on status.
  const verdicts = new Map<SectionCandidate, SectionVerdict>();
  for (const r of perDocument) for (const [candidate, verdict] of r.verdicts) verdicts.set(candidate, verdict);
  const coverage = computeCoverage(ctx, verdicts);
  const commitments = commitmentTable(ctx);
  if (commitments.length > 0) coverage.commitments = commitments;
  missingClause(ctx, reporter, coverage, verdicts);
  return { coverage, diagnostics: [...perDocument.flatMap((r) => r.diagnostics), ...reporter.diagnostics] };
}
