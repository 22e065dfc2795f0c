// Recognition of clause ids as people type them: full-width digits and dots,
// ideographic full stops, a trailing dot, spaces inside.
import { foldFullWidth } from '../text/normalize';

const DIGIT = '[0-9\\uFF10-\\uFF19]';
const DOT = '[.\\uFF0E\\u3002]';
/** An id as written; capture group 1 is the id text. Letters allow annex-style ids such as A.5.1. */
export const RAW_ID_SOURCE = `((?:[A-Z\\uFF21-\\uFF3A]${DOT}\\s?)?${DIGIT}+(?:\\s?${DOT}\\s?${DIGIT}+)*${DOT}?)`;

/** What may stand while an id is being typed: digits and dots, full-width too (completion). */
export const PARTIAL_ID_SOURCE = `(?:${DIGIT}|${DOT})*`;
/** Whether a typed id ends with a dot (`5.1.` asks for the children of 5.1). */
export const ENDS_WITH_DOT = new RegExp(`${DOT}$`);

const HEADING_ID = new RegExp(`^(§\\s*)?${RAW_ID_SOURCE}(?=$|[\\s\\u3000:：、,，)）*_]|[^\\x00-\\x7F\\uFF10-\\uFF19\\uFF0E])`);
export const REFERENCE_ID = new RegExp(`§\\s*${RAW_ID_SOURCE}`, 'g');

export interface RawId {
  /** As written. */
  raw: string;
  /** Canonical ASCII form. */
  id: string;
  /** Offset of the id inside the searched string. */
  offset: number;
  /** Whether the id was preceded by §. */
  section: boolean;
}

export function canonicalId(raw: string): string {
  return foldFullWidth(raw)
    .replace(/\u3002/g, '.')
    .replace(/\s+/g, '')
    .replace(/\.+$/, '');
}

/** The clause id at the start of a heading's text, if any. */
export function headingId(text: string): RawId | undefined {
  const m = HEADING_ID.exec(text);
  if (!m) return undefined;
  const raw = m[2];
  const id = canonicalId(raw);
  const offset = m[1] ? m[1].length : 0;
  // A bare number ("5月份") is a tag only when something separates it from the title.
  const next = text.charAt(offset + raw.length);
  if (!id.includes('.') && !m[1] && next !== '' && !/[\s\u3000:：、]/.test(next)) return undefined;
  return { raw, id, offset, section: Boolean(m[1]) };
}

/** Every `§ id` reference in a string. */
export function referenceIds(text: string): RawId[] {
  const out: RawId[] = [];
  for (const m of text.matchAll(REFERENCE_ID)) {
    // In running text a dot after the id ends the sentence ("见§5.1.4.1。"); it is not part of the id.
    const raw = m[1].replace(/[.\uFF0E\u3002]$/, '');
    const offset = m.index + m[0].length - m[1].length;
    out.push({ raw, id: canonicalId(raw), offset, section: true });
  }
  return out;
}

/** Clause tag comment: `<!-- clause: 5.1.3.2 -->`. */
const CLAUSE_TAG = new RegExp(`^<!--\\s*clause\\s*[:：]\\s*${RAW_ID_SOURCE}\\s*-->$`, 'i');

export function clauseTag(html: string): RawId | undefined {
  const m = CLAUSE_TAG.exec(html.trim());
  if (!m) return undefined;
  const raw = m[1];
  return { raw, id: canonicalId(raw), offset: html.indexOf(raw), section: false };
}
