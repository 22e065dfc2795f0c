// Runs every rule of spec §4 over one evidence set and computes its coverage.
import { commitmentTable } from '../claims/commitmentTable';
import { computeCoverage, type SectionVerdict, type SetCoverage } from '../coverage/coverage';
import { rulesOf } from '../rules/registry';
import type { ParsedDocument, SectionCandidate } from '../parse/evidenceDocument';
import type { EvidenceDiagnostic } from '../types';
import { judgeSections } from './judgeSections';
import { withRelatedSections } from './relatedSections';
import { Reporter } from './reporter';
import type { SetContext } from './setContext';

/** Rules that look at one document at a time: their results are kept per document version. */
const DOCUMENT_RULES = rulesOf('document');
/** Rules that need the whole set. */
const SET_RULES = rulesOf('set');
/** Rules that need the set's coverage. */
const COVERAGE_RULES = rulesOf('coverage');

export interface SetResult {
  /** Stable for the set: its folder and standard (`/root#GB/T 27922-2011`). */
  id: string;
  /** The set model the analysis built and the rules read; editor queries ask it (setQueries.ts). */
  model: SetContext;
  coverage: SetCoverage;
  diagnostics: EvidenceDiagnostic[];
}

export function setIdOf(root: string, standard: string): string {
  return `${root}#${standard}`;
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
  for (const rule of DOCUMENT_RULES) rule.check(docCtx, reporter);
  const verdicts = judgeSections(docCtx, reporter);
  const result = { inputs, diagnostics: reporter.diagnostics, verdicts };
  documentResults.set(doc, result);
  return result;
}

export function analyzeSet(ctx: SetContext): SetResult {
  const perDocument = ctx.documents.map((doc) => documentResult(ctx, doc));
  const reporter = new Reporter(ctx.config, ctx.documents);
  for (const rule of SET_RULES) rule.check(ctx, reporter);
  // Status depends on the weakness rules; missing-clause depends on status.
  const verdicts = new Map<SectionCandidate, SectionVerdict>();
  for (const r of perDocument) for (const [candidate, verdict] of r.verdicts) verdicts.set(candidate, verdict);
  const coverage = computeCoverage(ctx, verdicts);
  const commitments = commitmentTable(ctx);
  if (commitments.length > 0) coverage.commitments = commitments;
  for (const rule of COVERAGE_RULES) rule.check(ctx, reporter, coverage, verdicts);
  const diagnostics: EvidenceDiagnostic[] = [];
  for (const r of perDocument) for (const d of r.diagnostics) diagnostics.push(d);
  for (const d of reporter.diagnostics) diagnostics.push(d);
  return { id: setIdOf(ctx.root, ctx.catalog.id), model: ctx, coverage, diagnostics: withRelatedSections(ctx, diagnostics) };
}
