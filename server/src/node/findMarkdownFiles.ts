// Lists the markdown files of a workspace folder: skips node_modules and .git,
// honours .gitignore files (at any depth) and the config's ignore globs, and
// does not follow symbolic links to directories (a link loop cannot trap it),
// and keeps a symbolic link to a file only if its target is a file inside the folder.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { SkipRules } from './skipRules';

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** A symbolic link is followed only to a regular file inside the folder (never out of it). */
export function linkStaysInside(realRoot: string, link: string): boolean {
  try {
    const target = realpathSync(link);
    return (target === realRoot || target.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) && statSync(target).isFile();
  } catch {
    return false; // dangling link or a loop
  }
}

export function findMarkdownFiles(root: string, extraIgnores: string[] = []): string[] {
  const out: string[] = [];
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
    // unreadable root: the walk below finds nothing
  }
  const rules = new SkipRules(toPosix(root), extraIgnores);
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to lint there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const isDir = entry.isDirectory();
      if (rules.skipsEntry(toPosix(dir), entry.name, isDir)) continue;
      if (isDir) walk(full);
      else if (/\.(md|markdown)$/i.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && linkStaysInside(realRoot, full)))) out.push(full);
    }
  };
  walk(root);
  return out;
}
