import { posix } from 'node:path';
import type { Reporter } from '../analysis/reporter';
import type { SetContext } from '../analysis/setContext';
import type { LinkInfo } from '../parse/evidenceDocument';

/** Resolves a relative link to a normalized absolute path (or undefined for a non-file target). */
export function resolveLinkTarget(docPath: string, url: string): string | undefined {
  let target = url.replace(/[?#].*$/, '');
  if (!target) return undefined;
  try {
    target = decodeURIComponent(target);
  } catch {
    // A stray % is a literal character in a file name.
  }
  if (target.startsWith('/')) return posix.normalize(target);
  return posix.join(posix.dirname(docPath), target);
}

export function isInside(root: string, path: string): boolean {
  const base = root.endsWith('/') ? root : root + '/';
  return path === root || path.startsWith(base);
}

/** Resolved targets per link: a document's links are resolved once, not on every analysis. */
const targets = new WeakMap<LinkInfo, string | undefined>();

function targetOf(docPath: string, link: LinkInfo): string | undefined {
  if (!targets.has(link)) targets.set(link, resolveLinkTarget(docPath, link.url));
  return targets.get(link);
}

/** Relative links to files that do not exist, or that leave the workspace folder (never read). */
export function brokenAttachment(ctx: SetContext, reporter: Reporter): void {
  for (const doc of ctx.documents) {
    for (const link of doc.links) {
      if (!link.local) continue;
      const target = targetOf(doc.path, link);
      if (!target) continue;
      if (!isInside(ctx.root, target)) {
        reporter.report('broken-attachment', { path: doc.path, range: link.range, message: ctx.t('broken-attachment.outside', link.url) });
      } else if (!ctx.fs.exists(target)) {
        reporter.report('broken-attachment', { path: doc.path, range: link.range, message: ctx.t('broken-attachment.missing', link.url) });
      }
    }
  }
}
