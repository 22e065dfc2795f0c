// The coverage tree as the editor shows it, built once on the server: every
// node carries its parent, depth, leaf flag, typed status, points and (for
// groups) leaf counts, so a client renders it without knowing the catalog.
import type { SetResult } from '../analysis/analyzeSet';
import { clauseTitle } from '../analysis/setContext';
import { groupDisplayStatus, wholePercent, type ClauseCoverage, type ClauseLocation } from '../coverage/coverage';
import { round } from '../coverage/score';
import type { CommitmentStatement } from '../claims/commitmentTable';
import type { Locale } from '../types';
import { confidenceNote } from './confidenceNote';
import type { CoverageJson } from './coverageJson';

/** A leaf's status, or a group's: `partial` when some of its applicable leaves are covered and some are not. */
export type TreeStatus = 'covered' | 'weak' | 'missing' | 'not-applicable' | 'partial';

export interface LeafCounts {
  covered: number;
  weak: number;
  missing: number;
  notApplicable: number;
  /** Leaves that count: all minus the not-applicable ones. */
  applicable: number;
}

export interface CoverageTreeNode {
  id: string;
  /** The node above, absent for the top level shown under the set. */
  parent?: string;
  isLeaf: boolean;
  /** 0 for the top level shown. */
  depth: number;
  title: string;
  /** The standard prints the clause untitled: the title is a 简称 of ours. */
  editorialTitle: boolean;
  /** The requirement text, when the catalog has it. */
  text?: string;
  status: TreeStatus;
  /** Points of the leaf or of the group's applicable leaves, and what they earn now (one decimal). */
  points: number;
  earned: number;
  /** The clause or its sub-items are inferred from public material, not quoted from the standard. */
  inferred: boolean;
  /** What the catalog's confidence means, in plain words, where it matters (see confidenceNote). */
  confidenceNote?: string;
  countsFor?: string;
  notApplicableReason?: string;
  /** Groups only. */
  leaves?: LeafCounts;
  /** Sections that are evidence for the clause. */
  sections: { uri: string; line: number }[];
}

export interface SetFigures {
  /** Estimated clause-6 score, one decimal. */
  score: number;
  level: string;
  /** covered ÷ applicable leaves, whole percent: the one rounding every view uses. */
  coveragePercent: number;
  counts: LeafCounts;
}

export interface CoverageTreeSet {
  /** Addresses the set in requests (insert sections, mark not applicable, report, export). */
  setId: string;
  root: string;
  standard: string;
  title: string;
  indexDocument: string;
  /** Every document of the set. */
  documents: string[];
  figures: SetFigures;
  nodes: CoverageTreeNode[];
  commitments?: CoverageJson['commitments'];
}

function countsOf(c: ClauseCoverage): LeafCounts {
  const s = c.summary;
  return { covered: s.covered, weak: s.weak, missing: s.missing, notApplicable: s.notApplicable, applicable: s.leaves - s.notApplicable };
}

type TreeSections = CoverageTreeNode['sections'];
const sectionsOfLocations = new WeakMap<ClauseLocation[], { uri: (path: string) => string; sections: TreeSections }>();

/** A node's sections; the same locations (an unchanged clause) give the same array, which sameTree compares by identity. */
function sectionsOf(locations: ClauseLocation[], uri: (path: string) => string): TreeSections {
  const known = sectionsOfLocations.get(locations);
  if (known && known.uri === uri) return known.sections;
  const sections = locations.map((l) => ({ uri: uri(l.path), line: l.line }));
  sectionsOfLocations.set(locations, { uri, sections });
  return sections;
}

type TreeStatement = NonNullable<CoverageJson['commitments']>[number]['statements'][number];
const treeStatements = new WeakMap<CommitmentStatement, { uri: (path: string) => string; statement: TreeStatement }>();

/** A commitment statement on the wire; the same row (an unchanged claim) gives the same object. */
function treeStatementOf(st: CommitmentStatement, uri: (path: string) => string): TreeStatement {
  const known = treeStatements.get(st);
  if (known && known.uri === uri) return known.statement;
  const statement = { file: uri(st.path), line: st.line, text: st.text, committed: st.committed, agrees: st.agrees };
  treeStatements.set(st, { uri, statement });
  return statement;
}

export function coverageTree(set: SetResult, locale: Locale, uri: (path: string) => string): CoverageTreeSet {
  const { catalog } = set.model;
  const { coverage } = set;
  const byId = new Map(coverage.clauses.map((c) => [c.id, c]));
  // A single catalog root (GB/T 27922: "5 评价指标") adds nothing under the standard: its groups are the top level.
  const roots = catalog.clauses.filter((c) => !c.parent || !byId.has(c.parent));
  const hidden = roots.length === 1 && (catalog.children.get(roots[0].id)?.length ?? 0) > 0 ? roots[0].id : undefined;
  const nodes: CoverageTreeNode[] = [];
  for (const clause of catalog.clauses) {
    const c = byId.get(clause.id);
    if (!c || clause.id === hidden) continue;
    const parent = clause.parent && clause.parent !== hidden && byId.has(clause.parent) ? clause.parent : undefined;
    const counts = countsOf(c);
    const note = confidenceNote(clause, locale);
    const text = clause.text ? (locale === 'en' ? (clause.text.en ?? clause.text.zh) : clause.text.zh) : undefined;
    nodes.push({
      id: c.id,
      ...(parent ? { parent } : {}),
      isLeaf: c.isLeaf,
      depth: c.depth - (hidden ? 1 : 0),
      title: clauseTitle(clause, locale),
      editorialTitle: clause.editorialTitle === true,
      ...(text ? { text } : {}),
      status: c.isLeaf ? c.status : groupDisplayStatus(c.summary),
      points: round(c.points, 1),
      earned: round(c.earned, 1),
      inferred: clause.confidence === 'inferred' || (clause.items ?? []).some((i) => i.confidence === 'inferred'),
      ...(note ? { confidenceNote: note } : {}),
      ...(c.countsFor ? { countsFor: c.countsFor } : {}),
      ...(c.notApplicableReason ? { notApplicableReason: c.notApplicableReason } : {}),
      ...(c.isLeaf ? {} : { leaves: counts }),
      sections: sectionsOf(c.locations, uri),
    });
  }
  const s = coverage.summary;
  const counts: LeafCounts = { covered: s.covered, weak: s.weak, missing: s.missing, notApplicable: s.notApplicable, applicable: s.leaves - s.notApplicable };
  const commitments = coverage.commitments?.map((e) => ({ ...e, statements: e.statements.map((st) => treeStatementOf(st, uri)) }));
  return {
    setId: set.id,
    root: uri(coverage.root),
    standard: coverage.standard,
    title: locale === 'en' ? (catalog.data.standard.title.en ?? catalog.data.standard.title.zh) : catalog.data.standard.title.zh,
    indexDocument: uri(coverage.indexDocument),
    documents: set.model.documents.map((d) => uri(d.path)),
    figures: { score: coverage.score.value, level: coverage.score.level, coveragePercent: wholePercent(coverage.summary), counts },
    nodes,
    ...(commitments ? { commitments } : {}),
  };
}
