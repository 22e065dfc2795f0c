// The coverage entry of spec §7 (CLI --format json, --coverage json, and the
// evidence/coverage LSP request).
import type { SetCoverage } from '../coverage/coverage';
import type { ScoreEstimate } from '../coverage/score';

export interface CoverageJson {
  standard: string;
  root: string;
  summary: SetCoverage['summary'];
  score: ScoreEstimate;
  clauses: {
    id: string;
    title: string;
    status: string;
    /** A leaf's points, or the sum of a group's applicable leaves. */
    points: number;
    earned: number;
    confidence: string;
    locations: { file: string; line: number }[];
    notApplicableReason?: string;
    countsFor?: string;
  }[];
  /** The service commitments the set states, by kind and scope, and whether they agree. */
  commitments?: {
    kind: string;
    name: string;
    clause: string;
    committed: boolean;
    agreement: 'consistent' | 'inconsistent';
    statements: { file: string; line: number; text: string; committed: boolean; agrees: boolean }[];
  }[];
}

export function coverageJson(coverage: SetCoverage, file: (path: string) => string): CoverageJson {
  return {
    standard: coverage.standard,
    root: file(coverage.root),
    summary: coverage.summary,
    score: coverage.score,
    clauses: coverage.clauses.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      points: c.points,
      earned: c.earned,
      confidence: c.confidence,
      locations: c.locations.map((l) => ({ file: file(l.path), line: l.line })),
      ...(c.notApplicableReason ? { notApplicableReason: c.notApplicableReason } : {}),
      ...(c.countsFor ? { countsFor: c.countsFor } : {}),
    })),
    ...(coverage.commitments
      ? {
          commitments: coverage.commitments.map((e) => ({
            ...e,
            statements: e.statements.map((s) => ({ file: file(s.path), line: s.line, text: s.text, committed: s.committed, agrees: s.agrees })),
          })),
        }
      : {}),
  };
}
