import type { Locale } from '../../core';
import type { DeliverableModel } from '../../core/report/deliverableModel';

export async function evidenceDossier(model: DeliverableModel, locale: Locale): Promise<Buffer> {
  void model;
  void locale;
  throw new Error('not yet');
}
