// What the catalog's confidence mark means for a reader, said only where it
// matters: an inferred requirement or inferred sub-items, or wording found only
// in the project's seed material. Verified and single-source wording needs no note.
import type { Clause } from '../catalog/catalog';
import type { Locale } from '../types';

const NOTES = {
  clause: { zh: '本条要求由公开资料推断，非标准原文。', en: 'This requirement is inferred from public material, not quoted from the standard.' },
  items: {
    zh: '本条细分要求由公开资料推断，非标准原文。',
    en: 'The detailed requirements of this clause are inferred from public material, not quoted from the standard.',
  },
  seed: {
    zh: '本条文字仅见于本项目的种子资料，未在公开资料中核实。',
    en: "This wording is only in the project's seed material; no public source confirms it.",
  },
};

export function confidenceNote(clause: Clause, locale: Locale): string | undefined {
  const lang = locale === 'en' ? 'en' : 'zh';
  if ((clause.items ?? []).some((i) => i.confidence === 'inferred')) return NOTES.items[lang];
  if (clause.confidence === 'inferred') return NOTES.clause[lang];
  if (clause.confidence === 'seed-only') return NOTES.seed[lang];
  return undefined;
}
