// Runs the built evidence-lint as a separate process, as CI runs it, with a
// small heap (a memory blow-up fails fast instead of eating the machine) and a
// hang guard. As root, `asUser` drops to nobody so file permissions bite.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../../dist/cli.js');
const NOBODY = 65534;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, options: { asUser?: boolean; cli?: string; env?: Record<string, string>; heapMb?: number } = {}): CliRun {
  const dropRoot = options.asUser && process.getuid?.() === 0;
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', ...options.env };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const r = spawnSync(process.execPath, [`--max-old-space-size=${options.heapMb ?? 256}`, options.cli ?? CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env,
    timeout: 60000,
    maxBuffer: 256 * 1024 * 1024,
    ...(dropRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder with these files; readable by everyone, so `asUser` runs can enter it. */
const made: string[] = [];

export function tempFolder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-cli-'));
  made.push(dir);
  chmodSync(dir, 0o755);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export const FRONTMATTER = '---\nstandard: GB/T 27922-2011\n---\n';

/** Removes every folder tempFolder made (call from an `after` hook). */
export function removeTempFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
