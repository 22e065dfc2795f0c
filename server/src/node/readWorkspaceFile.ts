// The one way the front ends read a file named by a workspace: markdown,
// evidence.config.*, catalogs, .gitignore, the parse cache. A device, a FIFO,
// a huge file or a link out of the folder is refused before a byte is read:
// the path must resolve (realpath) inside the folder, the descriptor opened
// without blocking (a FIFO would block on open) must be a regular file, and
// its size must be within the cap, checked on that descriptor.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import type { Localize } from '../core';

/** Cap for config files, catalogs and .gitignore files (documented in the README). */
export const SMALL_FILE_CAP = 1024 * 1024;

export type Refusal =
  | { reason: 'outside-folder'; detail: string }
  | { reason: 'not-a-file'; detail: string }
  | { reason: 'too-large'; detail: string; limit: number }
  | { reason: 'unreadable'; detail: string; code: string };

export type FileRead = { ok: true; bytes: Buffer } | ({ ok: false } & Refusal);

export interface ReadLimits {
  /** At most this many bytes; a larger file is refused unread. */
  maxBytes: number;
  /**
   * The workspace folder the file must resolve inside. Omitted only for
   * machine-level files: the built-in catalogs, an explicit --config, the
   * editor's storage.
   */
  root?: string;
}

// O_NONBLOCK and O_NOFOLLOW do not exist on Windows (no FIFOs to block on there).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

export function isInside(realRoot: string, realPath: string): boolean {
  return realPath === realRoot || realPath.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

function unreadable(e: unknown): { ok: false } & Refusal {
  const code = errorCode(e);
  return { ok: false, reason: 'unreadable', detail: code, code };
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  if (stats.isSocket()) return 'socket';
  return 'special file';
}

/** Where `path` really is, if it may be read at all (inside `root` when given). */
function resolveReadable(path: string, root: string | undefined): { ok: true; real: string } | ({ ok: false } & Refusal) {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    return unreadable(e);
  }
  if (root !== undefined) {
    let realRoot: string;
    try {
      realRoot = realpathSync(root);
    } catch (e) {
      return unreadable(e);
    }
    if (!isInside(realRoot, real)) return { ok: false, reason: 'outside-folder', detail: real };
  }
  return { ok: true, real };
}

/** Opens the resolved file and checks the descriptor; the caller closes it. */
function openChecked(real: string, maxBytes: number): { ok: true; fd: number; size: number } | ({ ok: false } & Refusal) {
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (e) {
    return unreadable(e);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      closeSync(fd);
      return { ok: false, reason: 'not-a-file', detail: kindOf(stats) };
    }
    if (stats.size > maxBytes) {
      closeSync(fd);
      return { ok: false, reason: 'too-large', detail: `${stats.size} bytes, limit ${maxBytes}`, limit: maxBytes };
    }
    return { ok: true, fd, size: stats.size };
  } catch (e) {
    closeSync(fd);
    return unreadable(e);
  }
}

/** Whether the file could be read, without reading it (for paths named on a command line). */
export function checkWorkspaceFile(path: string, limits: ReadLimits): { ok: true } | ({ ok: false } & Refusal) {
  const where = resolveReadable(path, limits.root);
  if (!where.ok) return where;
  const opened = openChecked(where.real, limits.maxBytes);
  if (!opened.ok) return opened;
  closeSync(opened.fd);
  return { ok: true };
}

export function readWorkspaceFile(path: string, limits: ReadLimits): FileRead {
  const where = resolveReadable(path, limits.root);
  if (!where.ok) return where;
  const opened = openChecked(where.real, limits.maxBytes);
  if (!opened.ok) return opened;
  const { fd } = opened;
  try {
    // Read at most cap + 1 bytes: a file that grew past the cap since fstat is still refused.
    let buffer = Buffer.allocUnsafe(Math.min(opened.size, limits.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length < buffer.length) continue;
      if (length > limits.maxBytes) return { ok: false, reason: 'too-large', detail: `more than ${limits.maxBytes} bytes`, limit: limits.maxBytes };
      // The file grew while being read: make room, up to the cap + 1.
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limits.maxBytes + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    return unreadable(e);
  } finally {
    closeSync(fd);
  }
}

/** Reads UTF-8 text (config, catalog, .gitignore, cache). */
export function readWorkspaceText(path: string, limits: ReadLimits): { ok: true; text: string } | ({ ok: false } & Refusal) {
  const read = readWorkspaceFile(path, limits);
  return read.ok ? { ok: true, text: read.bytes.toString('utf8') } : read;
}

/** What is wrong with a refused file, as the end of a sentence ("… is not a regular file"). */
export function describeRefusal(refusal: Refusal, t: Localize): string {
  switch (refusal.reason) {
    case 'outside-folder':
      return t('read.outsideFolder');
    case 'not-a-file':
      return t('read.notAFile');
    case 'too-large':
      return t('read.tooLarge', refusal.limit);
    case 'unreadable':
      return t('read.unreadable', refusal.code);
  }
}
