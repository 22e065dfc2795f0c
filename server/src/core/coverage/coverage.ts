// Coverage of one evidence set (spec §3): a status per leaf, counts per group.
import { clauseTitle, type SetContext } from '../analysis/setContext';
import type { SectionCandidate } from '../parse/evidenceDocument';
import type { ClauseStatus, Range } from '../types';
import { estimateScore, type ScoreEstimate } from './score';

export interface ClauseLocation {
  path: string;
  line: number;
  range: Range;
}

export interface CoverageSummary {
  leaves: number;
  covered: number;
  weak: number;
  missing: number;
  notApplicable: number;
  /** covered / (leaves − notApplicable) × 100, one decimal. */
  percent: number;
}

export interface ClauseCoverage {
  id: string;
  title: string;
  status: ClauseStatus;
  isLeaf: boolean;
  depth: number;
  locations: ClauseLocation[];
  /** Leaf counts for groups (and the leaf itself for leaves). */
  summary: CoverageSummary;
  notApplicableReason?: string;
}

export interface SetCoverage {
  standard: string;
  root: string;
  indexDocument: string;
  summary: CoverageSummary;
  score: ScoreEstimate;
  clauses: ClauseCoverage[];
}

export function computeCoverage(ctx: SetContext, weakSections: ReadonlySet<SectionCandidate>): SetCoverage {
  const { catalog } = ctx;
  const leafStatus = new Map<string, ClauseStatus>();
  for (const leaf of catalog.leaves()) {
    const sections = ctx.byClause.get(leaf.id) ?? [];
    let status: ClauseStatus;
    if (ctx.notApplicable.has(leaf.id)) status = 'not-applicable';
    else if (sections.length === 0) status = 'missing';
    else status = sections.every((s) => weakSections.has(s.candidate)) ? 'weak' : 'covered';
    leafStatus.set(leaf.id, status);
  }
  const clauses: ClauseCoverage[] = catalog.clauses.map((clause) => {
    const leaves = catalog.leavesUnder(clause.id);
    const summary = summarize(leaves.map((l) => leafStatus.get(l.id)!));
    const isLeaf = catalog.isLeaf(clause.id);
    return {
      id: clause.id,
      title: clauseTitle(clause, ctx.locale),
      status: isLeaf ? leafStatus.get(clause.id)! : groupStatus(summary),
      isLeaf,
      depth: catalog.depth(clause.id),
      locations: (ctx.byClause.get(clause.id) ?? []).map((s) => ({
        path: s.doc.path,
        line: s.candidate.heading.line,
        range: s.candidate.heading.range,
      })),
      summary,
      notApplicableReason: isLeaf ? ctx.notApplicable.get(clause.id) : undefined,
    };
  });
  const allLeaves = [...leafStatus.values()];
  return {
    standard: catalog.id,
    root: ctx.root,
    indexDocument: ctx.indexDocument.path,
    summary: summarize(allLeaves),
    score: estimateScore(catalog, leafStatus, ctx.locale),
    clauses,
  };
}

function summarize(statuses: ClauseStatus[]): CoverageSummary {
  const count = (s: ClauseStatus) => statuses.filter((x) => x === s).length;
  const notApplicable = count('not-applicable');
  const covered = count('covered');
  const applicable = statuses.length - notApplicable;
  return {
    leaves: statuses.length,
    covered,
    weak: count('weak'),
    missing: count('missing'),
    notApplicable,
    percent: applicable === 0 ? 100 : Math.round((covered / applicable) * 1000) / 10,
  };
}

function groupStatus(s: CoverageSummary): ClauseStatus {
  if (s.notApplicable === s.leaves) return 'not-applicable';
  if (s.covered === s.leaves - s.notApplicable) return 'covered';
  if (s.missing === s.leaves - s.notApplicable) return 'missing';
  return 'weak';
}
