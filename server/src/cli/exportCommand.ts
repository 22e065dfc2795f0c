// evidence-lint --export xlsx|docx|html --out FILE: the deliverables for the
// certification body, built from the same analysis the lint run just made.
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { EvidenceDiagnostic, Locale } from '../core';
import type { SetResult } from '../core';
import type { ReportDetails } from '../core/report/htmlReport';
import { reportDetailsOf } from '../core/report/deliverableModel';
import type { LintFolderResult } from '../node/lintFolder';
import { exportDeliverable, type DeliverableFormat } from '../node/export/exportDeliverable';

export interface ExportSource {
  folder: LintFolderResult;
  set: SetResult;
}

/** The bytes of the deliverable; throws a usage message when the run has no single evidence set. */
export async function exportBytes(format: DeliverableFormat, sources: ExportSource[], options: { locale: Locale; now: Date; quiet: boolean }): Promise<Buffer> {
  if (sources.length !== 1) throw new ExportError(`--export needs exactly one evidence set, found ${sources.length}`);
  const { folder, set } = sources[0];
  const catalog = folder.catalogs.resolve(set.coverage.standard);
  if (!catalog) throw new ExportError(`no catalog for ${set.coverage.standard}`);
  const documents = documentsOf(folder, set);
  const diagnostics: EvidenceDiagnostic[] = options.quiet ? set.diagnostics.filter((d) => d.severity === 'error') : set.diagnostics;
  return exportDeliverable(format, {
    catalog,
    coverage: set.coverage,
    documents,
    notApplicable: set.model.notApplicable,
    diagnostics,
    weakCredit: folder.config.scoring.weakCredit,
    fs: { exists: existsSync },
    // The auditor receives the folder, not our working directory: paths are relative to the set's folder.
    file: (path) => relative(set.coverage.root, path).split(sep).join('/'),
    locale: options.locale,
    now: options.now,
  });
}

/** Organization and date of each set, for the coverage reports' header, and its diagnostics for the reasons of weak rows. */
export function reportDetails(sources: ExportSource[], now: Date): ReportDetails[] {
  return sources.map(({ folder, set }) => ({ ...reportDetailsOf(set.coverage, documentsOf(folder, set), now), diagnostics: set.diagnostics }));
}

function documentsOf(folder: LintFolderResult, set: SetResult) {
  return folder.documents.filter((d) => folder.members.get(d.path) === set.coverage.standard);
}

export class ExportError extends Error {}
