// evidence/export: the deliverables for the certification body, made by the server
// from its own analysis with the same exporter as `evidence-lint --export`.
import { posix } from 'node:path';
import type { Locale, SetResult } from '../../core';
import type { DeliverableInput } from '../../core/report/deliverableModel';
import type { FolderIndex } from '../folderIndex';

export type DeliverableFormat = 'xlsx' | 'docx' | 'html';
/** Writes a deliverable's bytes (Node: node/export/exportDeliverable.ts, injected into the service). */
export type DeliverableWriter = (format: DeliverableFormat, input: DeliverableInput) => Promise<Buffer>;

export async function exportSet(write: DeliverableWriter, index: FolderIndex, set: SetResult, format: DeliverableFormat, locale: Locale): Promise<Buffer> {
  return write(format, {
    catalog: set.model.catalog,
    coverage: set.coverage,
    documents: set.model.documents,
    notApplicable: set.model.notApplicable,
    diagnostics: set.diagnostics,
    weakCredit: set.model.config.scoring.weakCredit,
    fs: set.model.fs,
    // The auditor receives the folder: paths relative to it.
    file: (path) => posix.relative(index.root, path),
    locale,
    now: new Date(),
  });
}
