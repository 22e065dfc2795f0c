// Claims per document version: documents are reused between edits, so are their claims.
import type { ClaimsData } from '../catalog/catalog';
import type { ParsedDocument } from '../parse/evidenceDocument';
import { extractClaims, type Claim } from './extractClaims';

const cache = new WeakMap<ParsedDocument, { data: ClaimsData; claims: Claim[] }>();

export function claimsOf(doc: ParsedDocument, data: ClaimsData): Claim[] {
  const known = cache.get(doc);
  if (known && known.data === data) return known.claims;
  const claims = extractClaims(doc, data);
  cache.set(doc, { data, claims });
  return claims;
}
