// evidence/export: the deliverables for the certification body, made by the server
// from its own analysis with the same exporter as `evidence-lint --export`.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import type { Locale } from '../../core';
import { exportDeliverable } from '../../node/export/exportDeliverable';
import type { ExportRequest } from '../../protocol/protocol';
import { SetView } from '../setView';
import type { Workspaces } from '../workspaces';
import { coverageSets } from './coverage';

export async function exportForClient(workspaces: Workspaces, params: ExportRequest.Params, locale: Locale): Promise<ExportRequest.Result | null> {
  const [coverage] = coverageSets(workspaces, params.uri);
  const index = coverage && workspaces.find(coverage.indexDocument);
  const catalog = index?.catalogs.resolve(coverage.standard);
  const set = index?.result?.sets.find((s) => s.coverage === coverage);
  if (!coverage || !index || !catalog || !set) return null;
  const bytes = await exportDeliverable(params.format, {
    catalog,
    coverage,
    documents: SetView.forCatalog(index, catalog).documents,
    diagnostics: set.diagnostics,
    weakCredit: index.config.scoring.weakCredit,
    fs: { exists: existsSync },
    // The auditor receives the folder: paths relative to it.
    file: (path) => posix.relative(index.root, path),
    locale,
    now: new Date(),
  });
  return { data: bytes.toString('base64') };
}
