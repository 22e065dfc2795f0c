// Where a document's relative links point, and whether a link can serve as evidence.
import { posix } from 'node:path';
import type { FileSystemView } from '../analysis/setContext';
import { SAMPLE_LINK } from '../fixes/sectionStub';
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

export function targetOf(docPath: string, link: LinkInfo): string | undefined {
  if (!targets.has(link)) targets.set(link, resolveLinkTarget(docPath, link.url));
  return targets.get(link);
}

/** Why a link cannot serve as evidence, if it cannot: its file lies outside the folder or does not exist. */
export function linkProblem(ctx: { root: string; fs: FileSystemView }, docPath: string, link: LinkInfo): 'outside' | 'missing' | undefined {
  if (!link.local) return undefined;
  const target = targetOf(docPath, link);
  if (!target) return undefined;
  if (!isInside(ctx.root, target)) return 'outside';
  return ctx.fs.exists(target) ? undefined : 'missing';
}

/** The sample line an inserted section carries (`- [文件名](附件/文件名.pdf)`): it shows how to link, it links nothing. */
export function isSampleLink(link: LinkInfo): boolean {
  return link.url === SAMPLE_LINK.url;
}
