// The secret that signs parse-cache entries, kept per user outside every
// workspace: an entry someone committed or planted in a folder cannot carry a
// valid signature, so it is never used.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readWorkspaceFile } from './readWorkspaceFile';

const KEY_BYTES = 32;

export function defaultCacheKeyFile(): string {
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' && process.env.LOCALAPPDATA) || join(homedir(), '.cache');
  return join(base, 'evidence-lint', 'cache-key');
}

/** The key in `file`, created on first use; undefined when it can be neither read nor created. */
export function loadCacheKey(file: string): Buffer | undefined {
  const existing = () => {
    const read = readWorkspaceFile(file, { maxBytes: KEY_BYTES });
    return read.ok && read.bytes.length === KEY_BYTES ? Buffer.from(read.bytes) : undefined;
  };
  const key = existing();
  if (key) return key;
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
  } catch {
    // Another process made it first (EEXIST), or there is nowhere to keep it.
  }
  return existing();
}
