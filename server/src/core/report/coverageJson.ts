// The coverage entry of spec §7 (CLI --format json, --coverage json, and the
// evidence/coverage LSP request).
import type { SetCoverage } from '../coverage/coverage';

export interface CoverageJson {
  standard: string;
  root: string;
  summary: SetCoverage['summary'];
  score: { value: number; level: string; label: string; estimate: true };
  clauses: {
    id: string;
    title: string;
    status: string;
    locations: { file: string; line: number }[];
    notApplicableReason?: string;
  }[];
}

export function coverageJson(coverage: SetCoverage, file: (path: string) => string): CoverageJson {
  return {
    standard: coverage.standard,
    root: file(coverage.root),
    summary: coverage.summary,
    score: { value: coverage.score.value, level: coverage.score.level, label: coverage.score.label, estimate: true },
    clauses: coverage.clauses.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      locations: c.locations.map((l) => ({ file: file(l.path), line: l.line })),
      ...(c.notApplicableReason ? { notApplicableReason: c.notApplicableReason } : {}),
    })),
  };
}
