// Coverage of one evidence set (spec §3): a status per leaf, counts and points per group.
import { clauseTitle, type SetContext, type SetSection } from '../analysis/setContext';
import type { Confidence, LocalizedText } from '../catalog/catalog';
import type { CommitmentEntry } from '../claims/commitmentTable';
import type { SectionCandidate } from '../parse/evidenceDocument';
import type { ClauseStatus, Range } from '../types';
import { credit, estimateScore, leafPoints, round, type ScoreEstimate } from './score';

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

/**
 * Covered among applicable leaves as a whole percent, rounded once from the exact ratio: what every
 * human-facing view shows (tree, status bar, reports, CLI text, dossier); the JSON keeps one decimal.
 */
export function wholePercent(s: CoverageSummary): number {
  const applicable = s.leaves - s.notApplicable;
  return applicable === 0 ? 100 : Math.round((s.covered / applicable) * 100);
}

/** A group's status in words an auditor uses: covered, partly covered, missing (nothing covered or weak), not applicable. */
export function groupDisplayStatus(s: CoverageSummary): 'covered' | 'partial' | 'missing' | 'not-applicable' {
  const applicable = s.leaves - s.notApplicable;
  if (applicable === 0) return 'not-applicable';
  if (s.covered === applicable) return 'covered';
  return s.covered === 0 && s.weak === 0 ? 'missing' : 'partial';
}

export interface ClauseCoverage {
  id: string;
  title: string;
  status: ClauseStatus;
  isLeaf: boolean;
  depth: number;
  confidence: Confidence;
  /** Points of the leaf, or of a group's applicable leaves. */
  points: number;
  /** What those points earn at the current status (an estimate). */
  earned: number;
  /** Sections that are evidence for the clause (empty ones too: they are the place to write). */
  locations: ClauseLocation[];
  /** Leaf counts for groups (and the leaf itself for leaves). */
  summary: CoverageSummary;
  notApplicableReason?: string;
  /** Not a requirement of its own: its sections count for this leaf (5.1.1.3 → 5.1.1.2). */
  countsFor?: string;
}

export interface SetCoverage {
  standard: string;
  /** The standard's full title (商品售后服务评价体系), for report headers. */
  standardTitle?: LocalizedText;
  root: string;
  indexDocument: string;
  summary: CoverageSummary;
  score: ScoreEstimate;
  clauses: ClauseCoverage[];
  /** The figures the set states (service commitments) and whether they agree; absent when there are none. */
  commitments?: CommitmentEntry[];
}

const NO_LOCATIONS: ClauseLocation[] = [];
/** Locations by list of sections: a clause list kept unchanged by buildSetContext keeps its locations (and the tree its nodes' sections). */
const locationsOfList = new WeakMap<readonly SetSection[], ClauseLocation[]>();

function locationsOf(sections: readonly SetSection[] | undefined): ClauseLocation[] {
  if (!sections) return NO_LOCATIONS;
  let locations = locationsOfList.get(sections);
  if (!locations) {
    locations = sections.map((s) => ({ path: s.doc.path, line: s.candidate.heading.line, range: s.candidate.heading.range }));
    locationsOfList.set(sections, locations);
  }
  return locations;
}

/**
 * How the weakness rules judged a leaf section; sound sections have no verdict.
 * `empty`: nothing of its own (blank, the inserted stub, placeholders only) — a place to write, not evidence.
 * `container`: empty itself, with deeper sections of the same clause inside it that carry the evidence.
 */
export type SectionVerdict = 'weak' | 'empty' | 'container';

/** The status a leaf's sections give it (not-applicable is decided before). */
export function statusFromSections(sections: readonly SetSection[], verdicts: ReadonlyMap<SectionCandidate, SectionVerdict>): ClauseStatus {
  let weak = false;
  for (const s of sections) {
    const verdict = verdicts.get(s.candidate);
    if (verdict === undefined) return 'covered';
    if (verdict === 'weak') weak = true;
  }
  return weak ? 'weak' : 'missing';
}

export function computeCoverage(ctx: SetContext, verdicts: ReadonlyMap<SectionCandidate, SectionVerdict>): SetCoverage {
  const { catalog } = ctx;
  const points = leafPoints(catalog);
  const weakCredit = ctx.config.scoring.weakCredit;
  const leafStatus = new Map<string, ClauseStatus>();
  for (const leaf of catalog.leaves()) {
    const status = ctx.notApplicable.has(leaf.id) ? 'not-applicable' : statusFromSections(ctx.evidence.get(leaf.id) ?? [], verdicts);
    leafStatus.set(leaf.id, status);
  }
  const clauses: ClauseCoverage[] = catalog.clauses.map((clause) => {
    // A countsFor line mirrors the leaf it is evidence for, with no points of its own.
    const target = clause.countsFor ?? clause.id;
    const leaves = catalog.leavesUnder(target);
    const statuses = leaves.map((l) => leafStatus.get(l.id)!);
    const summary = summarize(statuses);
    const isLeaf = catalog.isLeaf(clause.id);
    let leafPointsSum = 0;
    let earned = 0;
    leaves.forEach((l, i) => {
      if (statuses[i] === 'not-applicable') return;
      leafPointsSum += points.get(l.id) ?? 0;
      earned += (points.get(l.id) ?? 0) * credit(statuses[i], weakCredit);
    });
    const own = clause.countsFor !== undefined;
    return {
      id: clause.id,
      title: clauseTitle(clause, ctx.locale),
      status: isLeaf ? leafStatus.get(target)! : groupStatus(summary),
      isLeaf,
      depth: catalog.depth(clause.id),
      confidence: clause.confidence,
      points: own ? 0 : round(isLeaf ? (points.get(clause.id) ?? 0) : leafPointsSum, 2),
      earned: own ? 0 : round(earned, 2),
      // A leaf lists the sections that are evidence for it; a group or countsFor line its own.
      locations: locationsOf(isLeaf && !own ? ctx.evidence.get(clause.id) : ctx.byClause.get(clause.id)),
      summary,
      notApplicableReason: isLeaf ? ctx.notApplicable.get(target)?.entry.reason : undefined,
      ...(own ? { countsFor: clause.countsFor } : {}),
    };
  });
  const index = ctx.indexDocument.frontmatter;
  const score = estimateScore(catalog, leafStatus, { weakCredit, deductions: index?.deductions?.length ?? 0, bonus: index?.bonus?.length ?? 0 }, ctx.locale);
  return {
    standard: catalog.id,
    standardTitle: catalog.data.standard.title,
    root: ctx.root,
    indexDocument: ctx.indexDocument.path,
    summary: summarize([...leafStatus.values()]),
    score,
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

/** How many applicable leaf requirements rest on inferred or single-source catalog content. */
export function confidenceCounts(coverage: SetCoverage): { applicable: number; inferred: number; singleSource: number } {
  const leaves = coverage.clauses.filter((c) => c.isLeaf && c.countsFor === undefined && c.status !== 'not-applicable');
  return {
    applicable: leaves.length,
    inferred: leaves.filter((c) => c.confidence === 'inferred').length,
    singleSource: leaves.filter((c) => c.confidence === 'single-source').length,
  };
}

/** `31.5/40`: points earned of the points available, as reports and the tree show them. */
export function pointsText(c: Pick<ClauseCoverage, 'earned' | 'points'>): string {
  return `${round(c.earned, 1)}/${round(c.points, 1)}`;
}
