// Which paths of a workspace folder are not read as markdown: node_modules and
// .git always, what a .gitignore (at any depth) ignores, and the config's
// ignore globs. One set of rules for the folder scan and for single files
// reported by a file watcher.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readWorkspaceText, SMALL_FILE_CAP } from './readWorkspaceFile';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export class SkipRules {
  private readonly configured: Ignore;
  private readonly gitignores = new Map<string, Ignore | null>();

  /** `root` and every path given are absolute with `/` separators. */
  constructor(
    private readonly root: string,
    globs: string[],
  ) {
    this.configured = ignore().add(globs);
  }

  private gitignoreOf(dir: string): Ignore | null {
    let rules = this.gitignores.get(dir);
    if (rules === undefined) {
      const file = posix.join(dir, '.gitignore');
      // A .gitignore that is no regular file inside the folder, or above the cap, ignores nothing.
      const read = existsSync(file) ? readWorkspaceText(file, { maxBytes: SMALL_FILE_CAP, root: this.root }) : undefined;
      rules = read?.ok ? ignore().add(read.text) : null;
      this.gitignores.set(dir, rules);
    }
    return rules;
  }

  /** Whether the entry `name` of folder `dir` is skipped, given that `dir` itself is not. */
  skipsEntry(dir: string, name: string, isDir: boolean): boolean {
    if (ALWAYS_SKIPPED.has(name)) return true;
    const full = posix.join(dir, name);
    const suffix = isDir ? '/' : '';
    // A .gitignore applies to the paths below its own folder, relative to it.
    for (let d = dir; d.length >= this.root.length; d = posix.dirname(d)) {
      if (this.gitignoreOf(d)?.ignores(posix.relative(d, full) + suffix)) return true;
      if (d === this.root) break;
    }
    return this.configured.ignores(posix.relative(this.root, full) + suffix);
  }

  /** Whether a file is skipped: it lies outside the root, or it or one of its folders is skipped. */
  skips(path: string): boolean {
    const rel = posix.relative(this.root, path);
    if (!rel || rel.startsWith('..')) return true;
    const parts = rel.split('/');
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      if (this.skipsEntry(dir, parts[i], i < parts.length - 1)) return true;
      dir = posix.join(dir, parts[i]);
    }
    return false;
  }
}
