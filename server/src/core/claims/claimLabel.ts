import type { ClaimKind, ClaimScope, LocalizedText } from '../catalog/catalog';
import type { Locale } from '../types';

export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? (text.en ?? text.zh) : text.zh;
}

/** 上门服务时限（市区） / On-site response time (urban area). */
export function claimLabel(kind: ClaimKind, scopes: ClaimScope[], locale: Locale): string {
  const name = localized(kind.name, locale);
  if (scopes.length === 0) return name;
  const scope = scopes.map((s) => localized(s.name, locale)).join(locale === 'en' ? ', ' : '、');
  return locale === 'en' ? `${name} (${scope})` : `${name}（${scope}）`;
}

/** A document's path relative to the set's root, as messages name it. */
export function fileLabel(root: string, path: string): string {
  return path.startsWith(root + '/') ? path.slice(root.length + 1) : path;
}
