// Lists the markdown files of a workspace folder: skips node_modules and .git,
// honours .gitignore files (at any depth) and the config's ignore globs, and
// does not follow symbolic links to directories (a link loop cannot trap it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

interface Matcher {
  base: string;
  rules: Ignore;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

export function findMarkdownFiles(root: string, extraIgnores: string[] = []): string[] {
  const out: string[] = [];
  const configured: Matcher = { base: root, rules: ignore().add(extraIgnores) };
  const walk = (dir: string, matchers: Matcher[]): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to lint there
    }
    const gitignore = join(dir, '.gitignore');
    const here = existsSync(gitignore) ? [...matchers, { base: dir, rules: ignore().add(readFileSync(gitignore, 'utf8')) }] : matchers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const full = join(dir, entry.name);
      const isDir = entry.isDirectory();
      if (here.some((m) => m.rules.ignores(toPosix(relative(m.base, full)) + (isDir ? '/' : '')))) continue;
      if (isDir) walk(full, here);
      else if ((entry.isFile() || entry.isSymbolicLink()) && /\.(md|markdown)$/i.test(entry.name)) out.push(full);
    }
  };
  walk(root, [configured]);
  return out;
}
