// One entry point for the three deliverables of an evidence set, used by the CLI
// (--export) and the language server (evidence/export): same model, same bytes.
import { htmlReport } from '../../core';
import { deliverableModel, type DeliverableInput } from '../../core/report/deliverableModel';

export type DeliverableFormat = 'xlsx' | 'docx' | 'html';

export async function exportDeliverable(format: DeliverableFormat, input: DeliverableInput): Promise<Buffer> {
  const model = deliverableModel(input);
  switch (format) {
    case 'xlsx':
      return (await writers()).selfAssessmentWorkbook(model, input.locale);
    case 'docx':
      return (await writers()).evidenceDossier(model, input.locale);
    case 'html':
      return Buffer.from(
        htmlReport([input.coverage], input.locale, input.file, [{ organization: model.organization, date: model.date, diagnostics: input.diagnostics }]),
        'utf8',
      );
  }
}

/** The writers (ExcelJS, docx) load on first use; in the bundles this import is dist/exporters.js. */
function writers(): Promise<typeof import('./writers')> {
  return import('./writers');
}
