// Whether one file would be skipped by the folder scan (findMarkdownFiles):
// used for files reported by the watcher, which the scan did not see.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ignore from 'ignore';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export function isIgnoredPath(root: string, path: string, globs: string[]): boolean {
  const rel = posix.relative(root, path);
  if (!rel || rel.startsWith('..')) return true;
  const parts = rel.split('/');
  if (parts.some((p) => ALWAYS_SKIPPED.has(p))) return true;
  // Each prefix directory ("a/", "a/b/") and the file itself, as the scan tests them.
  const candidates = (base: string[]) => base.map((_, i) => base.slice(0, i + 1).join('/') + (i < base.length - 1 ? '/' : ''));
  if (candidates(parts).some((c) => ignore().add(globs).ignores(c))) return true;
  for (let depth = 0; depth < parts.length; depth++) {
    const dir = posix.join(root, ...parts.slice(0, depth));
    const gitignore = posix.join(dir, '.gitignore');
    if (!existsSync(gitignore)) continue;
    let rules;
    try {
      rules = ignore().add(readFileSync(gitignore, 'utf8'));
    } catch {
      continue;
    }
    if (candidates(parts.slice(depth)).some((c) => rules.ignores(c))) return true;
  }
  return false;
}
