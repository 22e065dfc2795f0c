// The custom protocol of spec §8: evidence/coverage, evidence/coverageChanged,
// evidence/coverageReport and evidence/insertSections.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import type { Connection, WorkspaceEdit } from 'vscode-languageserver/node';
import {
  coverageJson,
  htmlReport,
  insertSectionsForSet,
  markdownReport,
  notApplicableEdit,
  type CoverageJson,
  type Locale,
  type SetCoverage,
} from '../../core';
import { reportDetailsOf } from '../../core/report/deliverableModel';
import { CoverageChangedNotification, type CoverageReportRequest, type InsertSectionsRequest, type MarkNotApplicableRequest } from '../../protocol/protocol';
import { pathToUri, toWorkspaceEdit, uriToPath } from '../conversions';
import { SetView } from '../setView';
import type { Workspaces } from '../workspaces';
import type { WorkspaceIndex } from '../workspaceIndex';

/** Coverage of every set, or of the sets of one folder or document. */
export function coverageSets(workspaces: Workspaces, uri?: string): SetCoverage[] {
  const all = (index: WorkspaceIndex) => index.result?.sets.map((s) => s.coverage) ?? [];
  if (!uri) return workspaces.all().flatMap(all);
  const path = uriToPath(uri);
  const index = path ? workspaces.find(path) : undefined;
  if (!index || !path) return [];
  const doc = index.document(path);
  const catalog = doc && index.catalogOf(doc);
  return catalog ? all(index).filter((c) => c.standard === catalog.id) : all(index);
}

export function toCoverageJson(sets: SetCoverage[]): CoverageJson[] {
  return sets.map((c) => coverageJson(c, pathToUri));
}

export function coverageReport(workspaces: Workspaces, params: CoverageReportRequest.Params, locale: Locale): string {
  const sets = coverageSets(workspaces, params.uri);
  const display = (path: string) => {
    const index = workspaces.find(path);
    return index ? posix.relative(posix.dirname(index.root), path) : path;
  };
  const now = new Date();
  const details = sets.map((set) => {
    const index = workspaces.find(set.indexDocument);
    const diagnostics = index?.result?.sets.find((r) => r.coverage === set)?.diagnostics;
    return { ...reportDetailsOf(set, index?.documents() ?? [], now), diagnostics };
  });
  return params.format === 'html' ? htmlReport(sets, locale, display, details) : markdownReport(sets, locale, display, details);
}

/** The edit inserting sections for the given (or all) missing leaves of the document's set. */
export function insertSections(workspaces: Workspaces, params: InsertSectionsRequest.Params, locale: Locale): WorkspaceEdit | null {
  const path = uriToPath(params.uri);
  const index = path ? workspaces.find(path) : undefined;
  const doc = path ? index?.document(path) : undefined;
  const view = index && doc ? SetView.of(index, doc) : undefined;
  const coverage = view?.coverage;
  if (!index || !view || !coverage) return null;
  const missing = coverage.clauses.filter((c) => c.isLeaf && c.status === 'missing').map((c) => c.id);
  const wanted = params.clauses?.length ? missing.filter((id) => params.clauses!.includes(id)) : missing;
  if (wanted.length === 0) return null;
  const edits = insertSectionsForSet(
    { root: index.root, catalog: view.catalog, config: index.config, documents: view.documents, fs: { exists: existsSync }, now: new Date(), locale },
    wanted,
  );
  return toWorkspaceEdit(edits);
}

/** The edit recording a clause as not applicable in the index document of the set of `uri`. */
export function markNotApplicable(workspaces: Workspaces, params: MarkNotApplicableRequest.Params): WorkspaceEdit | null {
  const path = uriToPath(params.uri);
  const index = path ? workspaces.find(path) : undefined;
  const doc = path ? index?.document(path) : undefined;
  const indexPath = index && doc ? SetView.of(index, doc)?.coverage?.indexDocument : undefined;
  const indexDoc = indexPath ? index?.document(indexPath) : undefined;
  const edit = indexDoc ? notApplicableEdit(indexDoc, params.clause, params.reason) : undefined;
  return edit ? toWorkspaceEdit([edit]) : null;
}

/** Sends evidence/coverageChanged when the coverage of any folder changed. */
export class CoverageNotifier {
  private last = '';

  constructor(
    private readonly connection: Connection,
    private readonly workspaces: Workspaces,
  ) {}

  update(): void {
    const coverage = toCoverageJson(coverageSets(this.workspaces));
    const json = JSON.stringify(coverage);
    if (json === this.last) return;
    this.last = json;
    void this.connection.sendNotification(CoverageChangedNotification.type, { coverage });
  }
}
