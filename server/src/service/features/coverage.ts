// The custom protocol of spec §8 over the folders' latest analyses: coverage,
// the coverage tree, reports, inserting sections and marking a clause not
// applicable. A set is addressed by its id (or by a document or folder in it).
import { posix } from 'node:path';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import {
  coverageJson,
  coverageTree,
  htmlReport,
  insertSectionsForSet,
  markdownReport,
  notApplicableEdit,
  type CoverageJson,
  type CoverageTreeSet,
  type Locale,
  type SetResult,
} from '../../core';
import { reportDetailsOf } from '../../core/report/deliverableModel';
import { pathToUri, toWorkspaceEdit, uriToPath } from '../conversions';
import type { SetAddress } from '../../protocol/protocol';
import type { Workspaces } from '../workspaces';

/** Every analysed set of every folder, in folder order. */
export function allSets(workspaces: Workspaces): SetResult[] {
  return workspaces.all().flatMap((index) => index.result?.sets ?? []);
}

/** The sets an address names: one by id; the set of a document; every set of a folder; all without an address. */
export function setsAt(workspaces: Workspaces, address: SetAddress | null | undefined): SetResult[] {
  if (address?.setId !== undefined) return allSets(workspaces).filter((s) => s.id === address.setId);
  if (!address?.uri) return allSets(workspaces);
  const path = uriToPath(address.uri);
  const index = path ? workspaces.find(path) : undefined;
  if (!index || !path) return [];
  const own = index.setFor(path);
  return own ? [own] : (index.result?.sets ?? []);
}

export function toCoverageJson(sets: SetResult[]): CoverageJson[] {
  return sets.map((s) => coverageJson(s.coverage, pathToUri));
}

export function toCoverageTree(sets: SetResult[], locale: Locale): CoverageTreeSet[] {
  return sets.map((s) => coverageTree(s, locale, pathToUri));
}

export function coverageReport(workspaces: Workspaces, sets: SetResult[], format: 'html' | 'markdown', locale: Locale): string {
  const coverage = sets.map((s) => s.coverage);
  const display = (path: string) => {
    const index = workspaces.find(path);
    return index ? posix.relative(posix.dirname(index.root), path) : path;
  };
  const details = sets.map((s) => ({ ...reportDetailsOf(s.coverage, s.model.documents, s.model.now), diagnostics: s.diagnostics }));
  return format === 'html' ? htmlReport(coverage, locale, display, details) : markdownReport(coverage, locale, display, details);
}

/** The edit inserting sections for the given (or all) missing leaves of a set. */
export function insertSections(set: SetResult, clauses: string[] | undefined): WorkspaceEdit | null {
  const missing = set.coverage.clauses.filter((c) => c.isLeaf && c.status === 'missing').map((c) => c.id);
  const wanted = clauses?.length ? missing.filter((id) => clauses.includes(id)) : missing;
  if (wanted.length === 0) return null;
  return toWorkspaceEdit(insertSectionsForSet(set.model, wanted));
}

/** The edit recording a clause as not applicable in the set's index document. */
export function markNotApplicable(set: SetResult, clause: string, reason: string): WorkspaceEdit | null {
  const edit = notApplicableEdit(set.model.indexDocument, clause, reason);
  return edit ? toWorkspaceEdit([edit]) : null;
}
